using Permanence.Domain.Children.Journey;

namespace Permanence.Domain.Timescales;

/// <summary>
/// Care proceedings against the 26-week limit (Children Act 1989 s32(1)(a), as amended by the
/// Children and Families Act 2014): from the day proceedings were issued to the day they
/// concluded, or to today while they are open. Proceedings concluded on day 182 (26 weeks to the
/// day) are within the limit.
/// </summary>
public sealed record CareProceedingsDuration(DateOnly Issued, DateOnly? Concluded, int Days)
{
    public const int TargetWeeks = 26;

    /// <summary>Completed weeks since the proceedings were issued.</summary>
    public int Weeks => Days / 7;

    public bool OverTarget => Days > TargetWeeks * 7;

    /// <summary>The latest proceedings in the child's events (in chronological order), or null when none were issued.</summary>
    public static CareProceedingsDuration? Latest(IReadOnlyList<JourneyEvent> events, DateOnly today)
    {
        var issued = events.LastOrDefault(e => e.Type == JourneyEventType.CareProceedingsIssued);
        if (issued is null)
        {
            return null;
        }

        var concluded = events.FirstOrDefault(e => e.Type == JourneyEventType.CareProceedingsConcluded && e.Date >= issued.Date)?.Date;
        return new CareProceedingsDuration(issued.Date, concluded, (concluded ?? today).DayNumber - issued.Date.DayNumber);
    }
}
