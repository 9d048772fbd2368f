using System.Collections.Frozen;

namespace Permanence.Ssda903.Rules;

/// <summary>
/// Code lists of the SSDA903 return that several rules share. Glossary: LS legal status, PLACE
/// placement type, REC reason episode ceased, RNE reason for new episode, CIN category of need.
/// </summary>
public static class Codes
{
    public static FrozenSet<string> Set(params string[] codes) => codes.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Placed for adoption: A3/A4 with parental consent, A5/A6 under a placement order; A3/A5 with the current foster carers.</summary>
    public static readonly FrozenSet<string> PlacedForAdoption = Set("A3", "A4", "A5", "A6");

    public static readonly FrozenSet<string> PlacedWithCurrentFosterCarers = Set("A3", "A5");

    public static readonly FrozenSet<string> PlacedWithNewAdopters = Set("A4", "A6");

    /// <summary>REC E11 (adopted, unopposed) and E12 (adopted, consent dispensed with).</summary>
    public static readonly FrozenSet<string> Adopted = Set("E11", "E12");

    public static readonly FrozenSet<string> Temporary = Set("T0", "T1", "T2", "T3", "T4");

    public static readonly FrozenSet<string> FosterPlacements = Set("U1", "U2", "U3", "U4", "U5", "U6");

    public static readonly FrozenSet<string> LongTermFoster = Set("U1", "U4");

    /// <summary>Short breaks (respite): V3 single, V4 series.</summary>
    public static readonly FrozenSet<string> Respite = Set("V3", "V4");

    /// <summary>Placement order (E1) or a historic freeing order (D1).</summary>
    public static readonly FrozenSet<string> PlacementOrder = Set("E1", "D1");

    public static readonly FrozenSet<string> LegalStatus = Set("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3");

    public static readonly FrozenSet<string> ReasonEpisodeCeased = Set(
        "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9",
        "E14", "E15", "E16", "E17", "X1");

    public static readonly FrozenSet<string> ReasonNewEpisode = Set("S", "P", "L", "T", "U", "B");

    public static readonly FrozenSet<string> CategoryOfNeed = Set("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    public static readonly FrozenSet<string> Ethnicity = Set(
        "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR",
        "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static readonly FrozenSet<string> Sex = Set("M", "F", "U");

    public static readonly FrozenSet<string> ReasonPlacedCeased = Set("RD1", "RD2", "RD3", "RD4");

    public static readonly FrozenSet<string> NumberOfAdopters = Set("1", "2");

    public static readonly FrozenSet<string> SexOfAdopters = Set("M1", "F1", "MM", "FF", "MF");

    public static readonly FrozenSet<string> Couple = Set("MM", "FF", "MF");

    public static readonly FrozenSet<string> SameSexCouple = Set("MM", "FF");

    /// <summary>L0 single; L11/L12 different/same-sex married; L2 unmarried couple; L3/L4 different/same-sex civil partners.</summary>
    public static readonly FrozenSet<string> LegalStatusOfAdopters = Set("L0", "L11", "L12", "L2", "L3", "L4");

    public static readonly FrozenSet<string> ZeroOrOne = Set("0", "1");

    public static readonly FrozenSet<string> PlacementProvider = Set("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
}
