using Permanence.Data;
using Permanence.Data.Matching;
using Permanence.Domain.Children;
using Permanence.Domain.Matching;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Matching;

/// <summary>
/// The region's sufficiency gap: the waiting requests by profile against the approved households
/// that could take at least one of them. Figures only: no child or household is named, so nothing
/// personal is shown (and nothing is audited as read).
/// </summary>
public static class Sufficiency
{
    public static async Task<IReadOnlyList<SufficiencyRow>> ComputeAsync(PermanenceDbContext db, int? regionId, DateOnly today, CancellationToken cancellationToken)
    {
        var waiting = await MatchingQueries.WaitingAsync(db, today, cancellationToken);
        var households = await MatchingQueries.ApprovedHouseholdsAsync(db, regionId, cancellationToken);
        return SufficiencyGap.Compute(waiting, households, today);
    }

    public static string HeritageName(EthnicGroup group) =>
        group switch
        {
            EthnicGroup.NotKnown => "Not known",
            EthnicGroup.Mixed => "Mixed or multiple",
            _ => group.ToString(),
        };

    public static ExportTable ToExport(IReadOnlyList<SufficiencyRow> rows) =>
        new(
            "sufficiency-gap",
            ["Age band", "Children together", "Health or disability needs", "Heritage", "Waiting requests", "Waiting children", "Households that can meet them", "Shortfall"],
            rows.Select(r => (IReadOnlyList<object?>)
                [r.Profile.AgeBand.DisplayName(), r.Profile.SiblingGroupDisplay, r.Profile.HasNeeds, HeritageName(r.Profile.Heritage), r.WaitingRequests, r.WaitingChildren, r.HouseholdsThatCanMeet, r.Shortfall]
            ).ToList()
        );
}
