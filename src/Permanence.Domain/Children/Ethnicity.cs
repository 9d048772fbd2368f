namespace Permanence.Domain.Children;

/// <summary>The broad ethnic groups used by the DfE.</summary>
public enum EthnicGroup
{
    White,
    Mixed,
    Asian,
    Black,
    Chinese,
    Other,
    NotKnown,
}

/// <summary>One of the DfE ethnicity codes used in the SSDA903 return (for example WBRI, MWBC).</summary>
public sealed record Ethnicity(string Code, string Description, EthnicGroup Group)
{
    /// <summary>
    /// Black or minority ethnic heritage, as used for priority children: every group other than
    /// White, and not where ethnicity is refused or not yet obtained. See docs/adr/0004.
    /// </summary>
    public bool IsBlackOrMinorityEthnic => Group is not (EthnicGroup.White or EthnicGroup.NotKnown);

    public static IReadOnlyList<Ethnicity> All { get; } =
    [
        new("WBRI", "White British", EthnicGroup.White),
        new("WIRI", "White Irish", EthnicGroup.White),
        new("WIRT", "Traveller of Irish heritage", EthnicGroup.White),
        new("WROM", "Gypsy or Roma", EthnicGroup.White),
        new("WOTH", "Any other White background", EthnicGroup.White),
        new("MWBC", "White and Black Caribbean", EthnicGroup.Mixed),
        new("MWBA", "White and Black African", EthnicGroup.Mixed),
        new("MWAS", "White and Asian", EthnicGroup.Mixed),
        new("MOTH", "Any other mixed background", EthnicGroup.Mixed),
        new("AIND", "Indian", EthnicGroup.Asian),
        new("APKN", "Pakistani", EthnicGroup.Asian),
        new("ABAN", "Bangladeshi", EthnicGroup.Asian),
        new("AOTH", "Any other Asian background", EthnicGroup.Asian),
        new("BCRB", "Caribbean", EthnicGroup.Black),
        new("BAFR", "African", EthnicGroup.Black),
        new("BOTH", "Any other Black background", EthnicGroup.Black),
        new("CHNE", "Chinese", EthnicGroup.Chinese),
        new("OOTH", "Any other ethnic group", EthnicGroup.Other),
        new("REFU", "Refused", EthnicGroup.NotKnown),
        new("NOBT", "Information not yet obtained", EthnicGroup.NotKnown),
    ];

    private static readonly Dictionary<string, Ethnicity> ByCode = All.ToDictionary(
        e => e.Code,
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>Finds a code, ignoring case and surrounding spaces; null when it is not a DfE code.</summary>
    public static Ethnicity? FromCode(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var e) ? e : null;
}
