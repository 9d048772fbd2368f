using Permanence.Domain.Calendar;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Matching;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;
using Permanence.Web.Pages.Adopters;
using Permanence.Web.Pages.Children.MatchingProfile;
using Permanence.Web.Pages.Matching;

namespace Permanence.Web.Api;

/// <summary>Family finding through the API: the same rules, roles and isolation as the matching pages (ADR 0062).</summary>
public static class MatchingEndpoints
{
    public sealed record ChildDto(Guid ChildId, string? Name, DateOnly DateOfBirth, IReadOnlyList<string> Needs, string EthnicityCode, string? Religion, string? FirstLanguage);

    public sealed record RequestDto(
        Guid LeadChildId,
        int LocalAuthorityId,
        double? CentreLatitude,
        double? CentreLongitude,
        IReadOnlyList<ChildDto> Children,
        bool AvoidOwnLocalAuthority,
        string EarlyPermanenceSought,
        DateOnly EnteredCare,
        IReadOnlyList<string> PriorityReasons
    );

    public sealed record WaitingChildDto(
        Guid ChildId,
        string Name,
        string LaCode,
        string LaName,
        string? FamilyFinderId,
        string? FamilyFinderName,
        string Stage,
        DateOnly EnteredCare,
        DateOnly? AuthorityToPlaceSince,
        bool WaitedEighteenMonths,
        IReadOnlyList<string> PriorityReasons,
        IReadOnlyList<string> PlacedWith,
        RequestDto Request
    );

    public sealed record HardRuleDto(string Rule, string Name, bool Passed, string Explanation);

    public sealed record SoftScoreDto(string Consideration, string Name, double Weight, double Fraction, double Points, string Explanation);

    public sealed record HouseholdDto(Guid HouseholdId, string Name, string Agency, string? Area, bool InterAgency, bool EarlyPermanenceApproved, DateOnly ApprovedOn, double? DistanceKm);

    public sealed record RankedDto(int Place, HouseholdDto Household, double Score, IReadOnlyList<HardRuleDto> HardRules, IReadOnlyList<SoftScoreDto> SoftScores);

    public sealed record ExcludedDto(HouseholdDto Household, IReadOnlyList<HardRuleDto> Failed, IReadOnlyList<HardRuleDto> HardRules);

    public sealed record RankingDto(WaitingChildDto Child, MatchingWeights Weights, int PoolSize, int RankedCount, IReadOnlyList<RankedDto> Ranked, IReadOnlyList<ExcludedDto> Excluded);

    public sealed record PossibleChildDto(WaitingChildDto Child, double Score, IReadOnlyList<SoftScoreDto> SoftScores);

    public sealed record SufficiencyRowDto(string AgeBand, int SiblingGroupSize, bool HasNeeds, string Heritage, int WaitingRequests, int WaitingChildren, int HouseholdsThatCanMeet, int Shortfall);

    public sealed record ProfileDto(Guid ChildId, IReadOnlyList<string> Needs, string? Religion, string? FirstLanguage, bool AvoidOwnLocalAuthority, Guid ConcurrencyStamp);

    /// <summary>A child's matching profile as sent: needs by name (DevelopmentalDelay, ...), a religion and first language from the page's lists.</summary>
    public sealed record ProfileRequest(IReadOnlyList<string>? Needs, string? Religion, string? FirstLanguage, bool? AvoidOwnLocalAuthority, Guid? ConcurrencyStamp);

    public static void MapMatchingEndpoints(this RouteGroupBuilder api)
    {
        var matching = api.MapGroup("/matching");
        matching.MapGet("/children", Waiting).RequireAuthorization(Policies.RankHouseholds)
            .WithSummary("Children in scope waiting for a family (SHOBPA decision or authority to place, not matched), longest wait first; filter by laCode and familyFinder (a user id, mine or none).");
        matching.MapGet("/children/{childId:guid}", Rank).RequireAuthorization(Policies.RankHouseholds)
            .WithSummary("The region's approved households ranked for a waiting child (with siblings placed together), each rule and score explained, and those that fail a requirement; filter with search, interAgencyOnly, earlyPermanenceOnly, maxDistanceKm.");
        matching.MapGet("/households/{id:guid}/children", ChildrenFor).RequireAuthorization(Policies.RankHouseholds)
            .WithSummary("The waiting children an approved household could be linked with, best fit first.");
        matching.MapGet("/sufficiency", SufficiencyGapOf).RequireAuthorization(Policies.ViewSufficiency)
            .WithSummary("The region's sufficiency gap: waiting requests by profile against the households that can meet them; format=xlsx or csv to download.");
        api.MapGet("/children/{id:guid}/matching-profile", GetProfile).RequireAuthorization(Policies.ViewPersonalRecords)
            .WithSummary("A child's matching profile: needs, religion, first language, whether to avoid the child's own LA.");
        api.MapPut("/children/{id:guid}/matching-profile", PutProfile).RequireAuthorization(Policies.EditMatchingProfile)
            .WithSummary("Change a child's matching profile; send the concurrencyStamp you read.");
    }

    private static DateOnly Today(TimeProvider clock) => clock.Today();

    private static ChildDto ToDto(ChildForMatching c) =>
        new(c.ChildId, c.Name, c.DateOfBirth, c.Needs.Order().Select(n => n.ToString()).ToList(), c.EthnicityCode, c.Religion, c.FirstLanguage);

    private static RequestDto ToDto(PlacementRequest r) =>
        new(r.LeadChildId, r.LocalAuthorityId, r.LocalAuthorityCentre?.Latitude, r.LocalAuthorityCentre?.Longitude, r.Children.Select(ToDto).ToList(), r.AvoidOwnLocalAuthority,
            r.EarlyPermanenceSought.ToString(), r.EnteredCare, r.PriorityReasons.Select(p => p.ToString()).ToList());

    private static WaitingChildDto ToDto(WaitingChild c) =>
        new(c.ChildId, c.Name, c.LaCode, c.LaName, c.FamilyFinderId, c.FamilyFinderName, c.Stage.ToString(), c.EnteredCare, c.AuthorityToPlaceSince, c.WaitedEighteenMonths,
            c.PriorityReasons.Select(p => p.ToString()).ToList(), c.PlacedWith, ToDto(c.Request));

    private static HardRuleDto ToDto(HardRuleResult r) => new(r.Rule.ToString(), r.Rule.DisplayName(), r.Passed, r.Explanation);

    private static SoftScoreDto ToDto(SoftScore s) => new(s.Consideration.ToString(), s.Consideration.DisplayName(), s.Weight, s.Fraction, s.Points, s.Explanation);

    private static HouseholdDto ToDto(HouseholdForMatching h, HouseholdShown shown, GeoPoint? centre) =>
        new(h.HouseholdId, h.Name, shown.AgencyName, shown.Area, h.InterAgency, h.EarlyPermanenceApproved, h.ApprovedOn, Ranking.Distance(h, centre) is { } d ? Math.Round(d, 1) : null);

    private static async Task<IResult> Waiting(PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user, string? laCode, string? familyFinder, CancellationToken cancellationToken)
    {
        var all = await MatchingQueries.WaitingChildrenAsync(db, Today(clock), cancellationToken);
        var rows = new WaitingFilter(laCode, familyFinder).Apply(all, user.FindFirstValue(ClaimTypes.NameIdentifier)).ToList();
        await MatchingQueries.AuditShownAsync(db, rows.Select(r => r.ChildId).ToList(), [], cancellationToken);
        return Results.Ok(rows.Select(ToDto).ToList());
    }

    private static async Task<IResult> Rank(
        Guid childId,
        PermanenceDbContext db,
        TimeProvider clock,
        MatchingWeights weights,
        string? search,
        bool? interAgencyOnly,
        bool? earlyPermanenceOnly,
        string? maxDistanceKm,
        CancellationToken cancellationToken
    )
    {
        var filter = new RankingFilter(search, interAgencyOnly ?? false, earlyPermanenceOnly ?? false, maxDistanceKm);
        var (km, errors) = filter.Read();
        if (errors.Count > 0) return Results.ValidationProblem(errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }));
        var ranking = await Ranking.LoadAsync(db, childId, filter, km, weights, Today(clock), cancellationToken);
        if (ranking is null)
        {
            var inScope = await db.Children.AnyAsync(c => c.Id == childId, cancellationToken);
            return inScope
                ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not waiting for a family", detail: "Households are ranked for a child with a SHOBPA decision or authority to place who is not yet matched.")
                : NotFound("There is no child with that id that you can see.");
        }

        var centre = ranking.Child.Request.LocalAuthorityCentre;
        return Results.Ok(new RankingDto(
            ToDto(ranking.Child),
            ranking.Weights,
            ranking.PoolSize,
            ranking.RankedCount,
            ranking.Ranked.Select(r => new RankedDto(r.Place, ToDto(r.Household, ranking.Shown[r.Household.HouseholdId], centre), r.Score, r.HardRules.Select(ToDto).ToList(), r.SoftScores.Select(ToDto).ToList())).ToList(),
            ranking.Excluded.Select(e => new ExcludedDto(ToDto(e.Household, ranking.Shown[e.Household.HouseholdId], centre), e.Failed.Select(ToDto).ToList(), e.HardRules.Select(ToDto).ToList())).ToList()
        ));
    }

    private static async Task<IResult> ChildrenFor(Guid id, PermanenceDbContext db, TimeProvider clock, MatchingWeights weights, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.AdopterHouseholds.AnyAsync(h => h.Id == id, cancellationToken)) return NotFound("There is no adopter household with that id that you can see.");
        var children = await PossibleChildren.LoadAsync(db, id, user.GetRegionId(), weights, Today(clock), null, cancellationToken);
        if (children is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not in the pool", detail: "Only an approved household with an approval range, not yet linked with a child, can be linked with a waiting child.");
        }

        return Results.Ok(children.Select(c => new PossibleChildDto(ToDto(c.Child), c.Fit.Score, c.Fit.SoftScores.Select(ToDto).ToList())).ToList());
    }

    private static async Task<IResult> SufficiencyGapOf(PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "json") && !TableExport.IsFormat(format))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Format must be json, xlsx or csv"] });
        }

        var today = Today(clock);
        var rows = await Sufficiency.ComputeAsync(db, user.GetRegionId(), today, cancellationToken);
        if (TableExport.IsFormat(format)) return TableExport.File(Sufficiency.ToExport(rows), format!, today);
        return Results.Ok(rows.Select(r => new SufficiencyRowDto(r.Profile.AgeBand.ToString(), r.Profile.SiblingGroupSize, r.Profile.HasNeeds, r.Profile.Heritage.ToString(), r.WaitingRequests, r.WaitingChildren, r.HouseholdsThatCanMeet, r.Shortfall)).ToList());
    }

    private static ProfileDto ToDto(Data.Model.Children.Child c) =>
        new(c.Id, MatchingVocabulary.Split(c.MatchingNeeds), c.Religion, c.FirstLanguage, c.AvoidOwnLocalAuthority, c.ConcurrencyStamp);

    private static async Task<IResult> GetProfile(Guid id, PermanenceDbContext db)
    {
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        return child is null ? NotFound("There is no child with that id that you can see.") : Results.Ok(ToDto(child));
    }

    private static async Task<IResult> PutProfile(Guid id, ProfileRequest request, PermanenceDbContext db)
    {
        var child = await MatchingProfileFields.LoadAsync(db, id);
        if (child is null) return NotFound("There is no child with that id that you can see.");
        var fields = new MatchingProfileFields(request.Needs, request.Religion, request.FirstLanguage, request.AvoidOwnLocalAuthority);
        var errors = fields.Problems().ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value });
        if (request.ConcurrencyStamp is null) errors["concurrencyStamp"] = ["Send the concurrencyStamp of the child you changed"];
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        db.Entry(child).Property(c => c.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp!.Value;
        fields.ApplyTo(child);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The record has changed", detail: "Someone else changed this child's record after you read it. Read it again and reapply your change.");
        }

        return Results.Ok(ToDto(child));
    }

    private static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
