namespace Permanence.Data.Model.Organisations;

/// <summary>A region served by one regional adoption agency and its partner organisations.</summary>
public class Region
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<Organisation> Organisations { get; set; } = [];
}
