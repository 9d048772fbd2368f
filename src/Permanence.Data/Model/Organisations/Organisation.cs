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

    /// <summary>A local authority's centre in decimal degrees (WGS84): where distances to households are measured from.</summary>
    public double? CentreLatitude { get; set; }

    public double? CentreLongitude { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The short name used in sign-ins: the LA code for LAs, else the short name.</summary>
    public string SignInSuffix => LaCode ?? ShortName;
}
