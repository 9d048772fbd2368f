namespace Permanence.Ssda903.Reading;

/// <summary>The tables of the SSDA903 children-looked-after return.</summary>
public enum Ssda903Table
{
    Header,
    Episodes,
    Reviews,
    Uasc,
    Oc2,
    Oc3,
    Ad1,
    PlacedAdoption,
    PrevPerm,
    Missing,
    SWEpisodes,
}

/// <summary>
/// A table's exact columns: a file is recognised by its column set, never by its name, because
/// LAs' case-management exports name files in every way imaginable.
/// </summary>
internal sealed record TableSchema(Ssda903Table Table, string[] Columns, string[] DateColumns, string[] CaseSensitiveColumns)
{
    public static readonly IReadOnlyList<TableSchema> All =
    [
        new(Ssda903Table.Header, ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], ["DOB", "MC_DOB"], ["CHILD"]),
        new(
            Ssda903Table.Episodes,
            ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
            ["DECOM", "DEC"],
            ["CHILD"]
        ),
        new(Ssda903Table.Reviews, ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"], ["DOB", "REVIEW"], ["CHILD"]),
        new(Ssda903Table.Uasc, ["CHILD", "SEX", "DOB", "DUC"], ["DOB", "DUC"], ["CHILD"]),
        new(
            Ssda903Table.Oc2,
            ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
            ["DOB"],
            ["CHILD"]
        ),
        new(Ssda903Table.Oc3, ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"], ["DOB"], ["CHILD"]),
        new(
            Ssda903Table.Ad1,
            ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
            ["DOB", "DATE_INT", "DATE_MATCH"],
            ["CHILD"]
        ),
        new(
            Ssda903Table.PlacedAdoption,
            ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
            ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"],
            ["CHILD"]
        ),
        // DATE_PERM may have unknown parts ("zz/zz/2015"): rule 632 checks it, not the reader.
        new(Ssda903Table.PrevPerm, ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"], ["DOB"], ["CHILD"]),
        new(Ssda903Table.Missing, ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"], ["DOB", "MIS_START", "MIS_END"], ["CHILD"]),
        new(Ssda903Table.SWEpisodes, ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"], ["DOB", "SW_DECOM", "SW_DEC"], ["CHILD", "SW_ID"]),
    ];

    public static TableSchema For(Ssda903Table table) => All[(int)table];
}
