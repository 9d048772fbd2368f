using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Model.Returns;

/// <summary>
/// An LA's SSDA903 return as a performance officer uploaded it: the raw files are kept so that
/// the validation report and the import can be done in later requests, on any instance. Only
/// readable returns are stored. The files hold children's data, so the upload is a personal
/// record: owned by the LA, every read and change audited.
/// </summary>
public class ReturnUpload : IPersonalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The local authority whose return it is.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    /// <summary>The collection year, by the year it ends in (2026 = 1 April 2025 to 31 March 2026).</summary>
    public int YearEnding { get; set; }

    public string? UploadedByUserId { get; set; }

    /// <summary>The user name at the time of upload.</summary>
    public required string UploadedByName { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>Children in the Header table of the year's return.</summary>
    public int ChildCount { get; set; }

    public int EpisodeCount { get; set; }

    /// <summary>Validation errors found when uploaded (the report re-runs the rules).</summary>
    public int ErrorCount { get; set; }

    /// <summary>How many distinct rules the return broke when uploaded.</summary>
    public int RulesBroken { get; set; }

    public bool HasPreviousYear { get; set; }

    /// <summary>When the return was first imported into the tracker (a re-import changes nothing, this included).</summary>
    public DateTime? ImportedAtUtc { get; set; }

    public string? ImportedByName { get; set; }

    public List<ReturnUploadFile> Files { get; set; } = [];

    string IPersonalRecord.AuditId => Id.ToString();
}

/// <summary>One uploaded CSV file, gzip-compressed (CSV shrinks about tenfold).</summary>
public class ReturnUploadFile : IPersonalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UploadId { get; set; }

    /// <summary>The upload's LA, repeated so that the query filter guards the files on their own too.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    /// <summary>True for a file of the previous year's return (for the rules that compare years).</summary>
    public bool PreviousYear { get; set; }

    public required string FileName { get; set; }

    /// <summary>The SSDA903 table the file was recognised as.</summary>
    public required string Table { get; set; }

    /// <summary>Size as uploaded, in bytes.</summary>
    public int Length { get; set; }

    public required byte[] CompressedContent { get; set; }

    string IPersonalRecord.AuditId => Id.ToString();
}
