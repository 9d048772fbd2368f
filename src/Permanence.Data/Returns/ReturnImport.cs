using Permanence.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Returns;
using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Ssda903.Scorecard;

namespace Permanence.Data.Returns;

/// <summary>Something of the return that was not imported: whose, which event (null for the whole child), and why.</summary>
public sealed record ImportNote(string Child, string? Event, string Reason);

/// <summary>What an import did. A re-import of the same return adds nothing: every event is already there.</summary>
public sealed record ReturnImportResult(
    int ChildrenCreated,
    int ChildrenWithNewEvents,
    int EventsAdded,
    int EventsAlreadyRecorded,
    IReadOnlyList<ImportNote> NotImported
);

/// <summary>
/// Imports a stored, readable return into the tracker (ADR 0041): the LA's children are matched on
/// their local reference (the SSDA903 CHILD id), created when missing, and given the journey
/// events the return shows through <see cref="JourneyRecorder"/>, so every rule of the journey
/// applies. An event already recorded (same type and date, from any source) is left alone; one
/// the recorder refuses is listed, never forced in. Everything is saved by one SaveChanges: one
/// transaction, so a failure leaves nothing half-imported.
/// </summary>
public static class ReturnImport
{
    /// <summary>Names are not in the return: the LA's social workers add them.</summary>
    public const string UnknownGivenName = "Child";

    /// <summary>Someone changed one of the children while the import ran: the transaction wrote nothing.</summary>
    public const string ConcurrentChangeMessage = "Someone changed a child's record while the return was being imported, so nothing was imported. Import the return again.";

    public static async Task<ReturnImportResult> ImportAsync(PermanenceDbContext db, ReturnReport report, CancellationToken cancellationToken = default)
    {
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException("A return that cannot be read is never imported.");
        }

        var upload = report.Upload;
        var owner = upload.OwningOrganisationId;
        var today = db.Clock.Today();
        var returnChildren = ReturnChildJourneys.Map(report.Current, report.Previous);
        var references = returnChildren.Select(c => c.Child).ToList();
        var existing = await db.Children
            .Include(c => c.JourneyEvents)
            .Where(c => c.OwningOrganisationId == owner && c.LocalReference != null && references.Contains(c.LocalReference))
            .AsSplitQuery()
            .ToDictionaryAsync(c => c.LocalReference!, StringComparer.Ordinal, cancellationToken);

        var notes = new List<ImportNote>();
        int created = 0, touched = 0, added = 0, already = 0;
        foreach (var rc in returnChildren)
        {
            notes.AddRange(rc.NotMapped.Select(reason => new ImportNote(rc.Child, null, reason)));
            var isNew = !existing.TryGetValue(rc.Child, out var child);
            if (isNew)
            {
                child = NewChild(rc, owner, notes);
                if (child is null)
                {
                    continue;
                }
            }

            var addedHere = 0;
            foreach (var e in rc.Events)
            {
                if (child!.JourneyEvents.Any(x => x.Type == e.Type && x.Date == e.Date))
                {
                    already++;
                    continue;
                }

                var result = JourneyRecorder.Record(
                    child,
                    new JourneyEvent(Guid.Empty, e.Type, e.Date, 0, e.Reason, AdoptedByFosterCarers: e.AdoptedByFosterCarers, MovedInWithFosterCarersOn: e.MovedInWithFosterCarersOn),
                    JourneyEventSource.Ssda903Return,
                    today
                );
                if (result.Succeeded)
                {
                    addedHere++;
                }
                else
                {
                    notes.Add(new ImportNote(rc.Child, $"{e.Type.DisplayName()} on {e.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", string.Join("; ", result.Errors.Select(x => x.Message).Distinct())));
                }
            }

            if (isNew)
            {
                if (!child!.JourneyEvents.Any(x => x.Type == JourneyEventType.EnteredCare))
                {
                    notes.Add(new ImportNote(rc.Child, null, "Not created: the date the child entered care could not be recorded"));
                    continue;
                }

                db.Children.Add(child);
                created++;
            }
            else if (addedHere > 0)
            {
                touched++;
            }

            added += addedHere;
        }

        if (added > 0 || created > 0)
        {
            var tracked = await db.ReturnUploads.SingleAsync(u => u.Id == upload.Id, cancellationToken);
            tracked.ImportedAtUtc ??= db.Clock.GetUtcNow().UtcDateTime;
            tracked.ImportedByName ??= db.Scope.ActorName;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ReturnImportResult(created, touched, added, already, notes);
    }

    private static Child? NewChild(ReturnChild rc, int owner, List<ImportNote> notes)
    {
        var missing = new List<string>();
        if (rc.DateOfBirth is null) missing.Add("a date of birth");
        if (rc.Sex is null) missing.Add("the child's sex (M or F)");
        if (Ethnicity.FromCode(rc.EthnicityCode) is null) missing.Add("a known ethnicity code");
        if (!rc.Events.Any(e => e.Type == JourneyEventType.EnteredCare)) missing.Add("the date the child entered care");
        if (rc.Child.Length > 10) missing.Add("a CHILD id of 10 characters or fewer");
        if (missing.Count > 0)
        {
            notes.Add(new ImportNote(rc.Child, null, $"Not created: the return does not give {string.Join(", ", missing)}"));
            return null;
        }

        return new Child
        {
            OwningOrganisationId = owner,
            LocalReference = rc.Child,
            GivenName = UnknownGivenName,
            FamilyName = rc.Child,
            DateOfBirth = rc.DateOfBirth!.Value,
            Sex = rc.Sex!.Value,
            EthnicityCode = rc.EthnicityCode,
            DateEnteredCare = rc.Events.First(e => e.Type == JourneyEventType.EnteredCare).Date,
        };
    }
}
