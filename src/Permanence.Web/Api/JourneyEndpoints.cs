using Permanence.Domain.Calendar;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Permanence.Application.Tracker;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Children.FamilyFinder;
using Permanence.Web.Pages.Children.Journey;
using Permanence.Web.Pages.Children.Siblings;

namespace Permanence.Web.Api;

/// <summary>A child's permanence journey, siblings and family finder: what the journey pages do, as JSON.</summary>
public static class JourneyEndpoints
{
    public sealed record JourneyEventDto(
        Guid Id,
        string Type,
        string TypeName,
        DateOnly Date,
        string? Reason,
        string[] Routes,
        string EarlyPermanence,
        bool AdoptedByFosterCarers,
        DateOnly? MovedInWithFosterCarersOn,
        string Source,
        string[] Violations,
        Guid ConcurrencyStamp
    )
    {
        public static JourneyEventDto From(ChildJourneyEvent e, IEnumerable<JourneyViolation> violations) =>
            new(
                e.Id,
                e.Type.ToString(),
                e.Type.DisplayName(),
                e.Date,
                e.Reason,
                JourneyNames.Each(e.Routes).Select(r => r.ToString()).ToArray(),
                e.EarlyPermanence.ToString(),
                e.AdoptedByFosterCarers,
                e.MovedInWithFosterCarersOn,
                e.Source.ToString(),
                violations.Select(v => v.Message).ToArray(),
                e.ConcurrencyStamp
            );
    }

    public sealed record PeriodDto(DateOnly EnteredCare, DateOnly? Ended, string Stage, string? LeftCareReason, string[] PlanRoutes, string EarlyPermanence);

    public sealed record WaitDto(int Days, int ThresholdDays, string Status, bool Completed);

    public sealed record ProceedingsDto(DateOnly Issued, DateOnly? Concluded, int Weeks, int TargetWeeks, bool OverTarget);

    public sealed record SiblingDto(Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, Guid ConcurrencyStamp);

    public sealed record SiblingGroupDto(Guid Id, bool PlaceTogether, int Size, SiblingDto[] Siblings, Guid ConcurrencyStamp);

    public sealed record FamilyFinderDto(string UserId, string Name, DateOnly? AllocatedOn);

    public sealed record JourneyDto(
        Guid ChildId,
        string Stage,
        string StageName,
        bool PriorityChild,
        string[] PriorityReasons,
        bool WaitingEighteenMonthsOrMore,
        WaitDto? A1,
        WaitDto? A2,
        ProceedingsDto? CareProceedings,
        PeriodDto[] Periods,
        JourneyEventDto[] Events,
        SiblingGroupDto? SiblingGroup,
        FamilyFinderDto? FamilyFinder,
        Guid ChildConcurrencyStamp
    )
    {
        public static JourneyDto From(JourneyOverview o) =>
            new(
                o.Child.Id,
                o.Stage.ToString(),
                o.Stage.DisplayName(),
                o.PriorityReasons.Count > 0,
                o.PriorityReasons.Select(r => r.ToString()).ToArray(),
                o.WaitedEighteenMonths,
                Wait(o.A1),
                Wait(o.A2),
                o.CareProceedings is { } p ? new ProceedingsDto(p.Issued, p.Concluded, p.Weeks, Permanence.Domain.Timescales.CareProceedingsDuration.TargetWeeks, p.OverTarget) : null,
                o.Journey.Periods.Select(p => new PeriodDto(
                    p.Start, p.End, p.Stage.ToString(), p.LeftCareReason, JourneyNames.Each(p.PlanRoutes).Select(r => r.ToString()).ToArray(), p.EarlyPermanence.ToString()
                )).ToArray(),
                o.Events.Select(t => JourneyEventDto.From(t.Event, t.Violations)).ToArray(),
                Group(o.Child),
                o.Child.FamilyFinder is { } f ? new FamilyFinderDto(f.Id, f.DisplayName, o.Child.FamilyFinderAllocatedOn) : null,
                o.Child.ConcurrencyStamp
            );

        private static WaitDto? Wait(TimescaleWait? w) => w is null ? null : new(w.Days, w.ThresholdDays, w.Status.ToString(), w.Completed);
    }

    /// <summary>An event as a client sends it. Dates are ISO 8601 (yyyy-mm-dd); routes and enums by name.</summary>
    public sealed record JourneyEventRequest(
        string? Type,
        string? Date,
        string? Reason,
        string[]? Routes,
        string? EarlyPermanence,
        bool? AdoptedByFosterCarers,
        string? MovedInWithFosterCarersOn,
        Guid? ConcurrencyStamp
    );

    public sealed record SiblingLinkRequest(Guid? SiblingId);

    public sealed record SiblingPlanRequest(bool? PlaceTogether, Guid? ConcurrencyStamp);

    public sealed record FamilyFinderRequest(string? UserId, Guid? ConcurrencyStamp);

    public sealed record FamilyFinderAllocationDto(Guid ChildId, FamilyFinderDto? FamilyFinder, bool MayHaveFamilyFinder, FamilyFinderDto[] Candidates, Guid ChildConcurrencyStamp);

    public static void MapJourneyEndpoints(this RouteGroupBuilder api)
    {
        var child = api.MapGroup("/children/{id:guid}").RequireAuthorization(Policies.ViewPersonalRecords);
        child.MapGet("/journey", GetJourney).WithName("GetChildJourney").WithSummary("The child's permanence journey: events, periods of care, stage, priority, waits so far.");
        child.MapPost("/journey/events", RecordEvent).RequireAuthorization(Policies.RecordJourney)
            .WithSummary("Record an event of the child's journey; checked against the other events.");
        child.MapPut("/journey/events/{eventId:guid}", ChangeEvent).RequireAuthorization(Policies.RecordJourney)
            .WithSummary("Change an event's date or details; send the concurrencyStamp you read.");
        child.MapDelete("/journey/events/{eventId:guid}", RemoveEvent).RequireAuthorization(Policies.RecordJourney)
            .WithSummary("Remove an event recorded by mistake (?concurrencyStamp=); refused when other events depend on it.");

        child.MapGet("/siblings", GetSiblings).WithSummary("The child's sibling group, if any.");
        child.MapPost("/siblings", LinkSibling).RequireAuthorization(Policies.EditChildren).WithSummary("Link a child of the same LA as a sibling.");
        child.MapPut("/siblings", SetSiblingPlan).RequireAuthorization(Policies.EditChildren)
            .WithSummary("Whether the siblings are to be placed together; send the group's concurrencyStamp.");
        child.MapDelete("/siblings/{siblingId:guid}", UnlinkSibling).RequireAuthorization(Policies.EditChildren)
            .WithSummary("Take a sibling out of the child's group (?concurrencyStamp= of that sibling).");

        child.MapGet("/family-finder", GetFamilyFinder).WithSummary("The family finder allocated to the child (and, for RAA managers, who may be allocated).");
        child.MapPut("/family-finder", AllocateFamilyFinder).RequireAuthorization(Policies.AllocateFamilyFinder)
            .WithSummary("Allocate or reallocate a family finder of the RAA; send the child's concurrencyStamp.");
        child.MapDelete("/family-finder", UnallocateFamilyFinder).RequireAuthorization(Policies.AllocateFamilyFinder)
            .WithSummary("Remove the allocation (?concurrencyStamp= of the child).");
    }

    private static DateOnly Today(TimeProvider clock) => clock.Today();

    private static async Task<IResult> GetJourney(Guid id, PermanenceDbContext db, TimeProvider clock, IOptions<TrackerOptions> thresholds) =>
        await JourneyOverview.LoadAsync(db, id, Today(clock), thresholds.Value) is { } overview ? Results.Ok(JourneyDto.From(overview)) : NotFound();

    private static async Task<IResult> RecordEvent(Guid id, JourneyEventRequest request, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var child = await JourneyCommands.LoadAsync(db, id);
        if (child is null)
        {
            return NotFound();
        }

        if (JourneyEventFields.ParseType(request.Type) is not { } type)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["Select the event to record"] });
        }

        if (!user.MayRecord(type))
        {
            return Forbidden(type);
        }

        var (input, problems) = Read(request);
        var today = Today(clock);
        var outcome = problems.Count > 0 ? new CommandOutcome(problems) : await JourneyCommands.RecordAsync(db, child, type, input, today);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        var overview = JourneyOverview.From(child, today, new TrackerOptions()); // only the event is returned
        var recorded = overview.Events.Single(e => e.Event.Id == outcome.Id);
        return Results.CreatedAtRoute("GetChildJourney", new { id }, JourneyEventDto.From(recorded.Event, recorded.Violations));
    }

    private static async Task<IResult> ChangeEvent(Guid id, Guid eventId, JourneyEventRequest request, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var child = await JourneyCommands.LoadAsync(db, id);
        var entity = child?.JourneyEvents.FirstOrDefault(e => e.Id == eventId);
        if (child is null || entity is null)
        {
            return NotFound();
        }

        if (!user.MayRecord(entity.Type))
        {
            return Forbidden(entity.Type);
        }

        var (input, problems) = Read(request);
        if (request.Type is not null && JourneyEventFields.ParseType(request.Type) != entity.Type)
        {
            problems.Add(new("Type", "The type of an event can't be changed: remove the event and record the right one"));
        }

        var today = Today(clock);
        var outcome = problems.Count > 0 ? new CommandOutcome(problems) : await JourneyCommands.ChangeAsync(db, child, entity, input, request.ConcurrencyStamp, today);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        var changed = JourneyOverview.From(child, today, new TrackerOptions()).Events.Single(e => e.Event.Id == eventId);
        return Results.Ok(JourneyEventDto.From(changed.Event, changed.Violations));
    }

    private static async Task<IResult> RemoveEvent(Guid id, Guid eventId, Guid? concurrencyStamp, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var child = await JourneyCommands.LoadAsync(db, id);
        var entity = child?.JourneyEvents.FirstOrDefault(e => e.Id == eventId);
        if (child is null || entity is null)
        {
            return NotFound();
        }

        if (!user.MayRecord(entity.Type))
        {
            return Forbidden(entity.Type);
        }

        var outcome = await JourneyCommands.RemoveAsync(db, child, entity, concurrencyStamp, Today(clock));
        return outcome.Succeeded ? Results.Ok(new { removed = eventId }) : Failed(outcome);
    }

    private static async Task<IResult> GetSiblings(Guid id, PermanenceDbContext db)
    {
        var child = await SiblingCommands.LoadAsync(db, id);
        return child is null ? NotFound() : Results.Ok(new { childId = id, siblingGroup = Group(child) });
    }

    private static async Task<IResult> LinkSibling(Guid id, SiblingLinkRequest request, PermanenceDbContext db)
    {
        var child = await SiblingCommands.LoadAsync(db, id);
        if (child is null)
        {
            return NotFound();
        }

        var outcome = await SiblingCommands.LinkAsync(db, child, request.SiblingId);
        return outcome.Succeeded ? Results.Ok(new { childId = id, siblingGroup = Group(child) }) : Failed(outcome);
    }

    private static async Task<IResult> SetSiblingPlan(Guid id, SiblingPlanRequest request, PermanenceDbContext db)
    {
        var child = await SiblingCommands.LoadAsync(db, id);
        if (child is null)
        {
            return NotFound();
        }

        var outcome = await SiblingCommands.SetPlaceTogetherAsync(db, child, request.PlaceTogether, request.ConcurrencyStamp);
        return outcome.Succeeded ? Results.Ok(new { childId = id, siblingGroup = Group(child) }) : Failed(outcome);
    }

    private static async Task<IResult> UnlinkSibling(Guid id, Guid siblingId, Guid? concurrencyStamp, PermanenceDbContext db)
    {
        var child = await SiblingCommands.LoadAsync(db, id);
        var member = child?.SiblingGroup?.Children.FirstOrDefault(c => c.Id == siblingId);
        if (child is null || member is null)
        {
            return NotFound();
        }

        var outcome = await SiblingCommands.UnlinkAsync(db, member, concurrencyStamp);
        return outcome.Succeeded ? Results.Ok(new { childId = id, siblingGroup = Group(child) }) : Failed(outcome);
    }

    private static async Task<IResult> GetFamilyFinder(Guid id, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var child = await FamilyFinderCommands.LoadAsync(db, id);
        if (child is null)
        {
            return NotFound();
        }

        var mayAllocate = (await authorization.AuthorizeAsync(user, Policies.AllocateFamilyFinder)).Succeeded;
        var candidates = mayAllocate ? await FamilyFinderCommands.CandidatesAsync(db, child.OwningOrganisation!.RegionId) : [];
        return Results.Ok(Allocation(child, Today(clock), candidates.Select(u => new FamilyFinderDto(u.Id, u.DisplayName, null)).ToArray()));
    }

    private static async Task<IResult> AllocateFamilyFinder(Guid id, FamilyFinderRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var child = await FamilyFinderCommands.LoadAsync(db, id);
        if (child is null)
        {
            return NotFound();
        }

        var today = Today(clock);
        var outcome = await FamilyFinderCommands.AllocateAsync(db, child, request.UserId, request.ConcurrencyStamp, today);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        await db.Entry(child).Reference(c => c.FamilyFinder).LoadAsync();
        return Results.Ok(Allocation(child, today, []));
    }

    private static async Task<IResult> UnallocateFamilyFinder(Guid id, Guid? concurrencyStamp, PermanenceDbContext db, TimeProvider clock)
    {
        var child = await FamilyFinderCommands.LoadAsync(db, id);
        if (child is null)
        {
            return NotFound();
        }

        var outcome = await FamilyFinderCommands.UnallocateAsync(db, child, concurrencyStamp);
        return outcome.Succeeded ? Results.Ok(Allocation(child, Today(clock), [])) : Failed(outcome);
    }

    private static FamilyFinderAllocationDto Allocation(Child child, DateOnly today, FamilyFinderDto[] candidates) =>
        new(
            child.Id,
            child.FamilyFinder is { } f ? new FamilyFinderDto(f.Id, f.DisplayName, child.FamilyFinderAllocatedOn) : null,
            FamilyFinderCommands.MayHaveFamilyFinder(child, today),
            candidates,
            child.ConcurrencyStamp
        );

    private static SiblingGroupDto? Group(Child child) =>
        child.SiblingGroup is { } g
            ? new SiblingGroupDto(
                g.Id,
                g.PlaceTogether,
                g.Children.Count,
                g.Children.Where(c => c.Id != child.Id).OrderBy(c => c.DateOfBirth)
                    .Select(c => new SiblingDto(c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.ConcurrencyStamp)).ToArray(),
                g.ConcurrencyStamp
            )
            : null;

    private static (JourneyEventInput Input, List<JourneyError> Problems) Read(JourneyEventRequest r)
    {
        var problems = new Dictionary<string, string>();
        var date = ChildrenEndpoints.ParseDate(r.Date, ChildJourney.DateField, "Date", problems);
        var withCarers = ChildrenEndpoints.ParseDate(r.MovedInWithFosterCarersOn, ChildJourney.FosterCarersField, "Date the child moved in with the foster carers", problems);
        var input = new JourneyEventInput(date, null, r.Reason, r.Routes, r.EarlyPermanence, r.AdoptedByFosterCarers, withCarers, null);
        return (input, problems.Select(p => new JourneyError(p.Key, p.Value)).ToList());
    }

    /// <summary>Validation problems keyed by the camelCase field; a conflict for a stale stamp.</summary>
    private static IResult Failed(CommandOutcome outcome) =>
        outcome.Conflict
            ? Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The record has changed",
                detail: "Someone else changed this child's journey, siblings or allocation after you read it. Read it again and reapply your change."
            )
            : Results.ValidationProblem(
                outcome.Errors.GroupBy(e => string.IsNullOrEmpty(e.Field) ? "" : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray())
            );

    private static IResult Forbidden(JourneyEventType type) =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: $"Your role may not record a {type.DisplayName().ToLowerInvariant()}."
        );

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no child or event with that id that you can see.");
}
