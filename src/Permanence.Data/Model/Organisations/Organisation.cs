using Permanence.Domain.Organisations;

namespace Permanence.Data.Model.Organisations;

public class Organisation : IConcurrencyStamped
{
    public int Id { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public OrganisationType Type { get; set; }

    public required string Name { get; set; }

    /// <summary>A short lower-case name used in sign-in names, e.g. "raa" or "oakfield-vaa".</summary>
    public required string ShortName { get; set; }

    /// <summary>The DfE three-digit code; local authorities only.</summary>
    public string? LaCode { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The short name used in sign-ins: the LA code for LAs, else the short name.</summary>
    public string SignInSuffix => LaCode ?? ShortName;
}
