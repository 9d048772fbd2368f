using Permanence.Application.Tracker;
using Permanence.Domain.Children.Journey;

namespace Permanence.Web.Infrastructure.Exports;

/// <summary>The tracker as a table for download, the same from the page and the API.</summary>
public static class TrackerExport
{
    public static ExportTable ToExport(IEnumerable<TrackerRow> rows) =>
        new(
            "adoption-tracker",
            [
                "Child", "Local reference", "Child id", "LA code", "Local authority", "Stage", "Family finder", "Priority reasons",
                "Waited 18 months", "Entered care", "Days entered care to moved in", "A1 status", "Placement order",
                "Days placement order to match", "A2 status",
            ],
            rows.Select(r => (IReadOnlyList<object?>)
                [
                    r.ChildName, r.LocalReference, r.ChildId.ToString(), r.LaCode, r.LaName, r.Stage.DisplayName(), r.FamilyFinderName,
                    string.Join("; ", r.PriorityReasons.Select(p => p.DisplayName())), r.WaitedEighteenMonths, r.EnteredCare,
                    r.DaysEnteredCareToMovedIn, r.A1Status.StatusName(), r.PlacementOrder, r.DaysPlacementOrderToMatch, r.A2Status?.StatusName(),
                ])
                .ToList()
        );
}
