using Permanence.Data.Model.Organisations;
using Permanence.Domain.Children.Journey;

namespace Permanence.Data.Model.Children;

/// <summary>
/// One dated event of a child's permanence journey (see <see cref="JourneyEventType"/>). Recorded
/// and changed only through <see cref="Journeys.JourneyRecorder"/>, which checks it against the
/// child's other events. Owned by the child's LA.
/// </summary>
public class ChildJourneyEvent : IPersonalRecord, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ChildId { get; set; }

    public Child? Child { get; set; }

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public JourneyEventType Type { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Order of recording among the child's events; breaks ties within a day.</summary>
    public int Sequence { get; set; }

    public string? Reason { get; set; }

    public PermanenceRoutes Routes { get; set; }

    public EarlyPermanence EarlyPermanence { get; set; }

    public bool AdoptedByFosterCarers { get; set; }

    public DateOnly? MovedInWithFosterCarersOn { get; set; }

    /// <summary>Where the event came from: recorded by staff, or imported from an SSDA903 return.</summary>
    public JourneyEventSource Source { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Audited under the child's id: a page showing a journey writes one read entry for the
    /// child's events rather than one per event, and every change names the child it touched.
    /// </summary>
    string IPersonalRecord.AuditId => ChildId.ToString();

    public JourneyEvent ToDomain() =>
        new(Id, Type, Date, Sequence, Reason, Routes, EarlyPermanence, AdoptedByFosterCarers, MovedInWithFosterCarersOn);
}

public enum JourneyEventSource
{
    Recorded,
    Ssda903Return,
}
