namespace Permanence.Data.Demo;

/// <summary>How much demo data to make.</summary>
public enum DemoScale
{
    /// <summary>The demo region with a few dozen children per LA: for fast tests.</summary>
    Small,

    /// <summary>The demo region with hundreds of children per LA: the default demo.</summary>
    Region,

    /// <summary>The demo region plus 29 more, about 80,000 looked-after children: for benchmarks.</summary>
    National,
}

public sealed record DemoSeedResult(int Regions, int Organisations, int Users, int Children, int AdopterHouseholds);
