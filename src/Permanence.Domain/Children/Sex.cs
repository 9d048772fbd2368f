namespace Permanence.Domain.Children;

/// <summary>Sex as recorded in the SSDA903 return (1 = male, 2 = female).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
