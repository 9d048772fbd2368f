namespace Permanence.Domain.Children.Journey;

/// <summary>
/// One dated event of a child's journey. Only the fields its type uses are set (see
/// <see cref="JourneyRules"/>): <paramref name="Reason"/> for reversals, revocations, changes of
/// plan, disruptions and leaving care; <paramref name="Routes"/> for a plan or a change of plan;
/// the foster-carer fields for a move-in.
/// </summary>
/// <param name="Id">Identifies the event among the child's events (the database id).</param>
/// <param name="Sequence">Order of recording; breaks ties between events of the same day and type.</param>
public sealed record JourneyEvent(
    Guid Id,
    JourneyEventType Type,
    DateOnly Date,
    int Sequence = 0,
    string? Reason = null,
    PermanenceRoutes Routes = PermanenceRoutes.None,
    EarlyPermanence EarlyPermanence = EarlyPermanence.None,
    bool AdoptedByFosterCarers = false,
    DateOnly? MovedInWithFosterCarersOn = null
)
{
    /// <summary>Events in the order they happened: by date, then the type's place in a day, then the order recorded.</summary>
    public static IComparer<JourneyEvent> Chronological { get; } =
        Comparer<JourneyEvent>.Create(
            (a, b) =>
                a.Date != b.Date ? a.Date.CompareTo(b.Date)
                : a.Type != b.Type ? ((int)a.Type).CompareTo((int)b.Type)
                : a.Sequence.CompareTo(b.Sequence)
        );
}
