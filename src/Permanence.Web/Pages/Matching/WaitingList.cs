using Permanence.Data.Matching;

namespace Permanence.Web.Pages.Matching;

/// <summary>The waiting list's filters, as the page's query string and the API take them.</summary>
public sealed record WaitingFilter(string? La, string? FamilyFinder)
{
    public const string Mine = "mine";
    public const string Unallocated = "none";

    public IEnumerable<WaitingChild> Apply(IEnumerable<WaitingChild> rows, string? userId)
    {
        if (!string.IsNullOrWhiteSpace(La))
        {
            rows = rows.Where(r => r.LaCode == La);
        }

        if (!string.IsNullOrWhiteSpace(FamilyFinder))
        {
            rows = FamilyFinder switch
            {
                Unallocated => rows.Where(r => r.FamilyFinderId is null),
                Mine => rows.Where(r => r.FamilyFinderId == userId),
                var id => rows.Where(r => r.FamilyFinderId == id),
            };
        }

        // The longest waits first: the children the inter-agency fee fund and the scorecard worry about.
        return rows.OrderBy(r => r.EnteredCare).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ChildId);
    }

    /// <summary>"1 year 3 months", "5 months", "12 days": how long since <paramref name="from"/>.</summary>
    public static string Duration(DateOnly from, DateOnly today)
    {
        if (today < from) return "0 days";
        var months = (today.Year - from.Year) * 12 + today.Month - from.Month - (today.Day < from.Day ? 1 : 0);
        if (months <= 0)
        {
            var days = today.DayNumber - from.DayNumber;
            return days == 1 ? "1 day" : $"{days} days";
        }

        var (years, rest) = (months / 12, months % 12);
        var parts = new List<string>();
        if (years > 0) parts.Add(years == 1 ? "1 year" : $"{years} years");
        if (rest > 0) parts.Add(rest == 1 ? "1 month" : $"{rest} months");
        return string.Join(' ', parts);
    }
}
