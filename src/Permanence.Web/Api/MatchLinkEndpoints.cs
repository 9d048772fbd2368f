using Permanence.Domain.Calendar;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Matching;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;
using Permanence.Domain.Panels;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Adopters;
using Permanence.Web.Pages.Matching.Links;

namespace Permanence.Web.Api;

/// <summary>
/// Family-finding links through the API, with the pages' roles and isolation: the RAA's family
/// finders and managers work on them, the child's LA reads them (the household as presented only)
/// and its agency decision maker records the match decision.
/// </summary>
public static class MatchLinkEndpoints
{
    public sealed record PresentedHouseholdDto(string Name, string Agency, string? Area, string ApprovalRange, bool InterAgency);

    public sealed record VisitDto(Guid Id, DateOnly VisitDate, string Visitors, string? Notes);

    public sealed record LinkSummaryDto(Guid Id, Guid ChildId, string Child, PresentedHouseholdDto Household, string Status, DateOnly ShortlistedOn, bool WaitedEighteenMonths, IReadOnlyList<string> PriorityReasons);

    /// <summary>One link. <c>householdId</c> is given only to the agencies that may open the household's record (never to LA staff).</summary>
    public sealed record LinkDto(
        Guid Id, Guid ChildId, string Child, Guid? HouseholdId, PresentedHouseholdDto Household, string Status, DateOnly ShortlistedOn, string ShortlistedBy,
        IReadOnlyList<VisitDto> Visits, DateOnly? LinkingMeetingDate, string? LinkingMeetingOutcome, string? LinkingMeetingNotes, DateOnly? ProceedingOn,
        Guid? PanelAgendaItemId, DateOnly? PanelDate, string? PanelRecommendation, DateOnly? DecisionDue, string? DecisionClock,
        DateOnly? MatchDecisionDate, bool? MatchApproved, string? MatchDecisionReasons, string? MatchDecidedBy,
        DateOnly? IntroductionsStartDate, DateOnly? MovedInDate, string? DeclineReason, string? CloseNotes, DateOnly? ClosedOn,
        string FeeStatus, decimal? FeeAmount, bool WaitedEighteenMonths, IReadOnlyList<string> PriorityReasons, Guid ConcurrencyStamp);

    public sealed record ShortlistRequest(Guid? HouseholdId);

    public sealed record VisitRequest(string? VisitDate, string? Visitors, string? Notes, Guid? ConcurrencyStamp);

    public sealed record LinkingMeetingRequest(string? LinkingMeetingDate, string? Outcome, string? Notes, Guid? ConcurrencyStamp);

    public sealed record StampRequest(Guid? ConcurrencyStamp);

    /// <summary>Decline with a reason (and notes), or set <c>withdrawn</c> true with notes.</summary>
    public sealed record DeclineRequest(string? Reason, string? Notes, bool? Withdrawn, Guid? ConcurrencyStamp);

    public sealed record FeeRequest(string? FeeStatus, decimal? FeeAmount, Guid? ConcurrencyStamp);

    /// <summary><c>decision</c> is <c>Approve</c> or <c>DoNotApprove</c>.</summary>
    public sealed record DecisionRequest(string? Decision, string? DecisionDate, string? Reasons, Guid? ConcurrencyStamp);

    public sealed record IntroductionsRequest(string? IntroductionsStartDate, Guid? ConcurrencyStamp);

    public sealed record MovedInRequest(string? MovedInDate, Guid? ConcurrencyStamp);

    public static void MapMatchLinkEndpoints(this RouteGroupBuilder api)
    {
        var matching = api.MapGroup("/matching").RequireAuthorization(Policies.ViewMatchLinks);
        matching.MapGet("/links", List).WithSummary("Links in scope: mine=true for those I shortlisted or whose child I find a family for; status filters.");
        matching.MapGet("/links/{linkId:guid}", Get).WithName("GetMatchLink").WithSummary("One link: the household as presented, visits, linking meeting, panel, decision, introductions, move-in, fee.");
        matching.MapGet("/children/{childId:guid}/links", ForChild).WithSummary("A child's links, newest first.");
        matching.MapPost("/children/{childId:guid}/links", Shortlist).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Shortlist an approved household (householdId) for a waiting child.");
        matching.MapPost("/links/{linkId:guid}/visits", Visit).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Record a visit (visitDate yyyy-mm-dd, visitors, notes).");
        matching.MapPut("/links/{linkId:guid}/linking-meeting", LinkingMeeting).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Record the linking meeting (outcome ProceedToPanel, FurtherWorkNeeded or NotToProceed).");
        matching.MapPost("/links/{linkId:guid}/proceed", Proceed).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Proceed to the matching panel: the match appears in GET /api/panels/ready.");
        matching.MapPost("/links/{linkId:guid}/decline", Decline).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Decline the link with a reason, or withdraw it (withdrawn true) with notes.");
        matching.MapPut("/links/{linkId:guid}/fee", Fee).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Record the inter-agency fee status (NotApplicable, Agreed, Invoiced, Paid) and amount.");
        matching.MapPost("/links/{linkId:guid}/decision", Decide).RequireAuthorization(Policies.DecideMatch).WithSummary("The child's LA agency decision maker's match decision (Approve or DoNotApprove), after the panel.");
        matching.MapPut("/links/{linkId:guid}/introductions", Introductions).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Record the start of introductions.");
        matching.MapPut("/links/{linkId:guid}/moved-in", MovedIn).RequireAuthorization(Policies.ManageMatchLinks).WithSummary("Record the date the child moved in (recorded on the child's journey).");
    }

    private static PresentedHouseholdDto Presented(MatchLink l) => new(l.PresentedName, l.PresentedAgency, l.PresentedArea, l.PresentedApprovalRange, l.InterAgency);

    private static async Task<LinkDto> DtoAsync(MatchLinkWork work, PermanenceDbContext db, MatchLink l, ClaimsPrincipal user)
    {
        var child = await db.Children.Include(c => c.JourneyEvents).AsNoTracking().FirstAsync(c => c.Id == l.ChildId);
        var (longWait, priority) = await work.HighlightAsync(child);
        var clock = l.PanelDate is { } panel && l.PanelRecommendation is not null
            ? MatchLinkRules.DecisionClock(panel, l.MatchDecisionDate, await db.WorkingCalendarAsync(), work.Today)
            : null;
        var seesHousehold = user.GetOrganisationType() != OrganisationType.LocalAuthority;
        return new LinkDto(
            l.Id, l.ChildId, child.FullName, seesHousehold ? l.HouseholdId : null, Presented(l), l.Status.ToString(), l.ShortlistedOn, l.ShortlistedBy,
            l.Visits.OrderBy(v => v.VisitDate).Select(v => new VisitDto(v.Id, v.VisitDate, v.Visitors, v.Notes)).ToList(),
            l.LinkingMeetingDate, l.LinkingMeetingOutcome?.ToString(), l.LinkingMeetingNotes, l.ProceedingOn,
            l.PanelAgendaItemId, l.PanelDate, l.PanelRecommendation?.ToString(), clock?.Due, clock?.Status.ToString(),
            l.MatchDecisionDate, l.MatchApproved, l.MatchDecisionReasons, l.MatchDecidedBy,
            l.IntroductionsStartDate, l.MovedInDate, l.DeclineReason?.ToString(), l.CloseNotes, l.ClosedOn,
            l.FeeStatus.ToString(), l.FeeAmount, longWait, priority.Select(p => p.ToString()).ToList(), l.ConcurrencyStamp);
    }

    private static async Task<IResult> List(PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user, bool? mine, string? status)
    {
        MatchLinkStatus? s = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            s = HouseholdFields.ParseEnum<MatchLinkStatus>(status);
            if (s is null) return ApiInput.Problems(new() { ["Status"] = "Status must be one of " + string.Join(", ", Enum.GetNames<MatchLinkStatus>()) });
        }

        var rows = await LinkList.LoadAsync(db, user, mine == true, s, clock.Today());
        return Results.Ok(rows.Select(r => new LinkSummaryDto(r.Link.Id, r.Link.ChildId, r.Link.Child!.FullName, Presented(r.Link), r.Link.Status.ToString(), r.Link.ShortlistedOn, r.LongWait, r.Priority.Select(p => p.ToString()).ToList())).ToList());
    }

    private static async Task<IResult> Get(Guid linkId, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user)
    {
        var work = new MatchLinkWork(db, clock, options);
        var link = await work.LoadAsync(linkId);
        return link is null ? NotFound() : Results.Ok(await DtoAsync(work, db, link, user));
    }

    private static async Task<IResult> ForChild(Guid childId, PermanenceDbContext db)
    {
        if (!await db.Children.AnyAsync(c => c.Id == childId)) return NotFound();
        var links = await db.MatchLinks.Where(l => l.ChildId == childId).OrderByDescending(l => l.ShortlistedOn).AsNoTracking().ToListAsync();
        return Results.Ok(links.Select(l => new { l.Id, Household = Presented(l), Status = l.Status.ToString(), l.ShortlistedOn }).ToList());
    }

    private static async Task<IResult> Shortlist(Guid childId, ShortlistRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user)
    {
        var child = await db.Children.Include(c => c.JourneyEvents).Include(c => c.OwningOrganisation).FirstOrDefaultAsync(c => c.Id == childId);
        if (child is null) return NotFound();
        var work = new MatchLinkWork(db, clock, options);
        var (errors, link) = await work.ShortlistAsync(child, r.HouseholdId, user);
        if (errors.Count > 0 || link is null) return ApiInput.Problems(errors);
        await db.SaveChangesAsync();
        var saved = await work.LoadAsync(link.Id);
        return Results.CreatedAtRoute("GetMatchLink", new { linkId = link.Id }, await DtoAsync(work, db, saved!, user));
    }

    /// <summary>Validates, then saves a change to a link against the concurrency stamp the client read.</summary>
    private static async Task<IResult> OnLinkAsync(Guid linkId, Guid? stamp, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user, Func<MatchLinkWork, MatchLink, Dictionary<string, string>, Task<Dictionary<string, string>>> change, bool decision = false)
    {
        var work = new MatchLinkWork(db, clock, options);
        var link = await work.LoadAsync(linkId, tracking: true);
        if (link is null) return NotFound();
        var parse = new Dictionary<string, string>();
        var problems = await change(work, link, parse);
        foreach (var (k, v) in parse) problems[k] = v;
        if (stamp is null) problems["ConcurrencyStamp"] = "Send the concurrencyStamp of the link you read";
        if (problems.Count > 0) return ApiInput.Problems(problems);
        db.Entry(link).Property(l => l.ConcurrencyStamp).OriginalValue = stamp!.Value;
        db.Entry(link).Property(l => l.UpdatedAtUtc).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        if (decision) await work.MarkHouseholdLinkedAsync(link, user.GetDisplayName());
        db.ChangeTracker.Clear();
        return Results.Ok(await DtoAsync(work, db, (await work.LoadAsync(linkId))!, user));
    }

    private static Task<IResult> Visit(Guid linkId, VisitRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, (w, l, parse) =>
        {
            var date = ApiInput.ParseDate(r.VisitDate, "VisitDate", "Date of the visit", parse);
            return Task.FromResult(parse.Count > 0 ? new Dictionary<string, string>() : w.RecordVisit(l, date, r.Visitors, r.Notes));
        });

    private static Task<IResult> LinkingMeeting(Guid linkId, LinkingMeetingRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, (w, l, parse) =>
        {
            var date = ApiInput.ParseDate(r.LinkingMeetingDate, "LinkingMeetingDate", "Date of the linking meeting", parse);
            var errors = w.RecordLinkingMeeting(l, date, HouseholdFields.ParseEnum<LinkingMeetingOutcome>(r.Outcome), r.Notes);
            if (errors.Remove("LinkingMeetingOutcome", out var outcome)) errors["Outcome"] = outcome;
            return Task.FromResult(errors);
        });

    private static Task<IResult> Proceed(Guid linkId, StampRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, (w, l, _) => w.ProceedAsync(l));

    private static Task<IResult> Decline(Guid linkId, DeclineRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, (w, l, parse) =>
        {
            var reason = HouseholdFields.ParseEnum<DeclineReason>(r.Reason);
            if (reason == DeclineReason.NotApprovedByDecisionMaker) parse["Reason"] = "Only the agency decision maker's decision gives that reason";
            if (!string.IsNullOrWhiteSpace(r.Reason) && reason is null) parse["Reason"] = "Reason must be one of " + string.Join(", ", Enum.GetNames<DeclineReason>());
            var errors = w.Close(l, r.Withdrawn == true, reason, r.Notes);
            if (errors.Remove("DeclineReason", out var m)) errors["Reason"] = m;
            if (errors.Remove("CloseNotes", out var n)) errors["Notes"] = n;
            return Task.FromResult(errors);
        });

    private static Task<IResult> Fee(Guid linkId, FeeRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, (w, l, _) => Task.FromResult(w.SetFee(l, HouseholdFields.ParseEnum<InterAgencyFeeStatus>(r.FeeStatus), r.FeeAmount)));

    private static Task<IResult> Decide(Guid linkId, DecisionRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, async (w, l, parse) =>
        {
            var date = ApiInput.ParseDate(r.DecisionDate, "DecisionDate", "Decision date", parse);
            bool? approve = r.Decision switch { "Approve" => true, "DoNotApprove" => false, _ => null };
            if (!string.IsNullOrWhiteSpace(r.Decision) && approve is null) parse["Decision"] = "Decision must be Approve or DoNotApprove";
            if (parse.Count > 0) return [];
            var errors = await w.DecideAsync(l, approve, date, r.Reasons, user.GetDisplayName());
            if (errors.Remove("DecisionReasons", out var m)) errors["Reasons"] = m;
            return errors;
        }, decision: true);

    private static Task<IResult> Introductions(Guid linkId, IntroductionsRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, (w, l, parse) =>
        {
            var date = ApiInput.ParseDate(r.IntroductionsStartDate, "IntroductionsStartDate", "Date introductions started", parse);
            return Task.FromResult(parse.Count > 0 ? new Dictionary<string, string>() : w.StartIntroductions(l, date));
        });

    private static Task<IResult> MovedIn(Guid linkId, MovedInRequest r, PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, ClaimsPrincipal user) =>
        OnLinkAsync(linkId, r.ConcurrencyStamp, db, clock, options, user, async (w, l, parse) =>
        {
            var date = ApiInput.ParseDate(r.MovedInDate, "MovedInDate", "Date the child moved in", parse);
            return parse.Count > 0 ? [] : await w.MovedInAsync(l, date);
        });

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no link or child with that id that you can see.");

    private static IResult Conflict() =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The record has changed", detail: "Someone else changed this link after you read it. Read it again and reapply your change.");
}
