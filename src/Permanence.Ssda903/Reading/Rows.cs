namespace Permanence.Ssda903.Reading;

// One all-string row class per SSDA903 table, as the return defines it. Values are trimmed;
// every column except CHILD and SW_ID is upper-cased on reading because codes are
// case-insensitive. RowNumber is the CSV record number with the header as row 1, as a
// spreadsheet shows it. Field names follow the DfE column names.

/// <summary>What every row has: where it is, and whose it is.</summary>
public interface ISsda903Row
{
    int RowNumber { get; }
    string Child { get; }
}

public sealed record HeaderRow(int RowNumber, string Child, string Sex, string Dob, string Ethnic, string Upn, string Mother, string McDob) : ISsda903Row;

public sealed record EpisodeRow(
    int RowNumber,
    string Child,
    string Decom,
    string Rne,
    string Ls,
    string Cin,
    string Place,
    string PlaceProvider,
    string Dec,
    string Rec,
    string ReasonPlaceChange,
    string HomePost,
    string PlPost,
    string Urn
) : ISsda903Row;

public sealed record ReviewRow(int RowNumber, string Child, string Dob, string Review, string ReviewCode) : ISsda903Row;

public sealed record UascRow(int RowNumber, string Child, string Sex, string Dob, string Duc) : ISsda903Row;

public sealed record Oc2Row(
    int RowNumber,
    string Child,
    string Dob,
    string SdqScore,
    string SdqReason,
    string Convicted,
    string HealthCheck,
    string Immunisations,
    string TeethCheck,
    string HealthAssessment,
    string SubstanceMisuse,
    string InterventionReceived,
    string InterventionOffered
) : ISsda903Row;

public sealed record Oc3Row(int RowNumber, string Child, string Dob, string InTouch, string Activ, string Accom) : ISsda903Row;

/// <summary>AD1: children adopted in the year (decision and match dates, adopters).</summary>
public sealed record Ad1Row(
    int RowNumber,
    string Child,
    string Dob,
    string DateInt,
    string DateMatch,
    string FosterCare,
    string NbAdoptr,
    string SexAdoptr,
    string LsAdoptr
) : ISsda903Row;

/// <summary>Children for whom the decision that they should be placed for adoption was made.</summary>
public sealed record PlacedAdoptionRow(
    int RowNumber,
    string Child,
    string Dob,
    string DatePlaced,
    string DatePlacedCeased,
    string ReasonPlacedCeased
) : ISsda903Row;

public sealed record PrevPermRow(int RowNumber, string Child, string Dob, string PrevPerm, string LaPerm, string DatePerm) : ISsda903Row;

public sealed record MissingRow(int RowNumber, string Child, string Dob, string Missing, string MisStart, string MisEnd) : ISsda903Row;

public sealed record SocialWorkerEpisodeRow(int RowNumber, string Child, string Dob, string SwId, string SwDecom, string SwDec, string SwReason) : ISsda903Row;
