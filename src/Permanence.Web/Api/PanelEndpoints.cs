using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Panels;

namespace Permanence.Web.Api;

/// <summary>Panels through the API: the panel adviser runs them, the agency decision maker decides.</summary>
public static class PanelEndpoints
{
    public sealed record MemberDto(Guid Id, string Name, string Role, bool Independent, int? SocialWorkYearsQualified, bool Active, string Agency);

    public sealed record ItemDto(Guid Id, string Kind, Guid? HouseholdId, string? Household, Guid? ChildId, Guid? MatchLinkId, string Title, string? Recommendation, string? RecommendationNotes, DateOnly DecisionDue, DateOnly? DecisionDate, string? Decision, string? DecisionReasons, string? DecidedBy, Guid ConcurrencyStamp);

    public sealed record MeetingDto(Guid Id, string Type, DateOnly MeetingDate, string Agency, bool Quorate, IReadOnlyList<string> QuorumShortfalls, IReadOnlyList<MemberDto> Present, IReadOnlyList<ItemDto> Agenda, string? Minutes, Guid ConcurrencyStamp);

    /// <summary>A ready case: <c>caseId</c> is the household (approval, review), the link (match) or the child (disruption report).</summary>
    public sealed record ReadyDto(string Kind, Guid CaseId, string Title, Guid? HouseholdId, Guid? ChildId, Guid? MatchLinkId, string Why);

    public sealed record MeetingRequest(string? Type, string? MeetingDate);

    public sealed record MemberRequest(string? Name, string? Role, bool? Independent, int? SocialWorkYearsQualified);

    public sealed record MeetingChange(IReadOnlyList<Guid>? MemberIds, string? Minutes, Guid? ConcurrencyStamp);

    /// <summary>Name the case by householdId (approval, review), matchLinkId (match) or childId (disruption report).</summary>
    public sealed record ItemRequest(string? Kind, Guid? HouseholdId, Guid? ConcurrencyStamp, Guid? MatchLinkId = null, Guid? ChildId = null);

    public sealed record RecommendationRequest(string? Recommendation, string? Notes, Guid? ConcurrencyStamp);

    public sealed record DecisionRequest(string? Decision, string? DecisionDate, string? Reasons, Guid? ConcurrencyStamp);

    public static void MapPanelEndpoints(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/panel-members").RequireAuthorization(Policies.ViewAdopters);
        members.MapGet("/", ListMembers).WithSummary("The central list of panel members.");
        members.MapPost("/", AddMember).RequireAuthorization(Policies.RunPanels).WithSummary("Add a member to the central list.");

        var panels = api.MapGroup("/panels").RequireAuthorization(Policies.ViewAdopters);
        panels.MapGet("/", List).WithSummary("Panel meetings, latest first.");
        panels.MapGet("/ready", Ready).RequireAuthorization(Policies.RunPanels).WithSummary("Cases ready for panel: approvals, reviews of approval, matches and disruption reports.");
        panels.MapGet("/{id:guid}", Get).WithName("GetPanelMeeting").WithSummary("One meeting: quorum, attendance, agenda and minutes.");
        panels.MapPost("/", Schedule).RequireAuthorization(Policies.RunPanels).WithSummary("Schedule a meeting (type Adoption or Fostering).");
        panels.MapPut("/{id:guid}", Change).RequireAuthorization(Policies.RunPanels).WithSummary("Record attendance (memberIds) and minutes; send the concurrencyStamp you read.");
        panels.MapPost("/{id:guid}/items", AddItem).RequireAuthorization(Policies.RunPanels).WithSummary("Add a case that is ready for panel to the agenda (householdId, matchLinkId or childId by kind).");
        panels.MapPut("/{id:guid}/items/{itemId:guid}/recommendation", Recommend).RequireAuthorization(Policies.RunPanels).WithSummary("Record the panel's recommendation (the meeting must be quorate).");
        panels.MapPost("/{id:guid}/items/{itemId:guid}/decision", Decide).RequireAuthorization(Policies.DecideAfterPanel).WithSummary("Record the agency decision maker's decision.");
        panels.MapGet("/{id:guid}/items/{itemId:guid}/letter", Letter).WithSummary("The decision letter as a PDF.");
    }

    private static MemberDto ToDto(PanelMember m) => new(m.Id, m.Name, m.Role.ToString(), m.Independent, m.SocialWorkYearsQualified, m.Active, m.OwningOrganisation?.Name ?? "");

    private static async Task<MeetingDto> DtoAsync(PermanenceDbContext db, PanelMeeting m)
    {
        var due = AdopterTimescales.DecisionDue(m.MeetingDate, await db.WorkingCalendarAsync());
        var shortfalls = PanelWork.QuorumShortfalls(m);
        return new MeetingDto(
            m.Id, m.Type.ToString(), m.MeetingDate, m.OwningOrganisation?.Name ?? "", shortfalls.Count == 0, shortfalls,
            m.Attendance.Where(a => a.Member is not null).Select(a => ToDto(a.Member!)).ToList(),
            m.Items.Select(i => new ItemDto(i.Id, i.Kind.ToString(), i.HouseholdId, i.Household?.Name, i.ChildId, i.MatchLinkId, i.Title(), i.Recommendation?.ToString(), i.RecommendationNotes, due, i.DecisionDate, i.Decision?.ToString(), i.DecisionReasons, i.DecidedBy, i.ConcurrencyStamp)).ToList(),
            m.Minutes, m.ConcurrencyStamp);
    }

    private static async Task<IResult> ListMembers(PermanenceDbContext db) =>
        Results.Ok((await db.PanelMembers.Include(m => m.OwningOrganisation).OrderBy(m => m.Role).ThenBy(m => m.Name).AsNoTracking().ToListAsync()).Select(ToDto).ToList());

    private static async Task<IResult> AddMember(MemberRequest r, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var work = new PanelWork(db, clock);
        var errors = work.CheckMember(r.Name, r.Role, r.Independent, r.SocialWorkYearsQualified);
        if (errors.Count > 0) return ApiInput.Problems(errors);
        var member = work.AddMember(user.GetOrganisationId()!.Value, r.Name!, r.Role!, r.Independent!.Value, r.SocialWorkYearsQualified);
        await db.SaveChangesAsync();
        return Results.Created($"/api/panel-members", ToDto(member));
    }

    private static async Task<IResult> List(PermanenceDbContext db)
    {
        var meetings = await db.PanelMeetings.Include(m => m.OwningOrganisation).OrderByDescending(m => m.MeetingDate).Take(200).AsNoTracking().ToListAsync();
        return Results.Ok(meetings.Select(m => new { m.Id, Type = m.Type.ToString(), m.MeetingDate, Agency = m.OwningOrganisation?.Name }).ToList());
    }

    private static async Task<IResult> Ready(PermanenceDbContext db, TimeProvider clock) =>
        Results.Ok((await new PanelWork(db, clock).ReadyForPanelAsync()).Select(c => new ReadyDto(c.Kind.ToString(), c.CaseId, c.Title, c.HouseholdId, c.ChildId, c.MatchLinkId, c.Why)).ToList());

    private static async Task<IResult> Get(Guid id, PermanenceDbContext db, TimeProvider clock)
    {
        var m = await new PanelWork(db, clock).LoadAsync(id);
        return m is null ? NotFound() : Results.Ok(await DtoAsync(db, m));
    }

    private static async Task<IResult> Schedule(MeetingRequest r, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var work = new PanelWork(db, clock);
        var problems = new Dictionary<string, string>();
        var date = ApiInput.ParseDate(r.MeetingDate, "MeetingDate", "Date of the meeting", problems);
        var errors = work.CheckSchedule(r.Type, date);
        foreach (var (k, v) in problems) errors[k] = v;
        if (errors.Count > 0) return ApiInput.Problems(errors);
        var meeting = work.Schedule(user.GetOrganisationId()!.Value, r.Type!, date!.Value);
        await db.SaveChangesAsync();
        var saved = await work.LoadAsync(meeting.Id);
        return Results.CreatedAtRoute("GetPanelMeeting", new { id = meeting.Id }, await DtoAsync(db, saved!));
    }

    private static Task<IResult> Change(Guid id, MeetingChange r, PermanenceDbContext db, TimeProvider clock) =>
        OnMeetingAsync(id, r.ConcurrencyStamp, db, clock, async (work, m) =>
        {
            var errors = r.MemberIds is null ? [] : await work.SetAttendanceAsync(m, r.MemberIds);
            foreach (var (k, v) in work.CheckMinutes(r.Minutes)) errors[k] = v;
            if (errors.Count == 0 && r.Minutes is not null) m.Minutes = string.IsNullOrWhiteSpace(r.Minutes) ? null : r.Minutes.Trim();
            return errors;
        });

    private static Task<IResult> AddItem(Guid id, ItemRequest r, PermanenceDbContext db, TimeProvider clock) =>
        OnMeetingAsync(id, r.ConcurrencyStamp, db, clock, (work, m) => work.AddItemAsync(m, r.Kind, r.Kind switch
        {
            nameof(Permanence.Domain.Panels.AgendaItemKind.Match) => r.MatchLinkId,
            nameof(Permanence.Domain.Panels.AgendaItemKind.DisruptionReport) => r.ChildId,
            _ => r.HouseholdId,
        }));

    private static Task<IResult> Recommend(Guid id, Guid itemId, RecommendationRequest r, PermanenceDbContext db, TimeProvider clock) =>
        OnMeetingAsync(id, r.ConcurrencyStamp, db, clock, (work, m) =>
            Task.FromResult(m.Items.FirstOrDefault(i => i.Id == itemId) is { } item
                ? work.Recommend(m, item, r.Recommendation, r.Notes)
                : new Dictionary<string, string> { ["ItemId"] = "There is no such case on this meeting's agenda" }));

    /// <summary>Validates, then saves a change to a meeting against the concurrency stamp the client read.</summary>
    private static async Task<IResult> OnMeetingAsync(Guid id, Guid? stamp, PermanenceDbContext db, TimeProvider clock, Func<PanelWork, PanelMeeting, Task<Dictionary<string, string>>> change)
    {
        var work = new PanelWork(db, clock);
        var meeting = await work.LoadAsync(id, tracking: true);
        if (meeting is null) return NotFound();
        if (stamp is null) return ApiInput.Problems(new() { ["ConcurrencyStamp"] = "Send the concurrencyStamp of the meeting you read" });
        var errors = await change(work, meeting);
        if (errors.Count > 0) return ApiInput.Problems(errors);
        db.Entry(meeting).Property(m => m.ConcurrencyStamp).OriginalValue = stamp.Value;
        db.Entry(meeting).Property(m => m.UpdatedAtUtc).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        return Results.Ok(await DtoAsync(db, (await work.LoadAsync(id))!));
    }

    private static async Task<IResult> Decide(Guid id, Guid itemId, DecisionRequest r, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var work = new PanelWork(db, clock);
        var meeting = await work.LoadAsync(id, tracking: true);
        var item = meeting?.Items.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item is null) return NotFound();
        var problems = new Dictionary<string, string>();
        var date = ApiInput.ParseDate(r.DecisionDate, "DecisionDate", "Decision date", problems);
        var errors = await work.DecideAsync(meeting, item, r.Decision, date, r.Reasons, user.GetDisplayName());
        foreach (var (k, v) in problems) errors[k] = v;
        if (r.ConcurrencyStamp is null) errors["ConcurrencyStamp"] = "Send the concurrencyStamp of the case you read";
        if (errors.Count > 0) return ApiInput.Problems(errors);
        db.Entry(item).Property(i => i.ConcurrencyStamp).OriginalValue = r.ConcurrencyStamp!.Value;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        return Results.Ok(await DtoAsync(db, (await work.LoadAsync(id))!));
    }

    private static async Task<IResult> Letter(Guid id, Guid itemId, PermanenceDbContext db, TimeProvider clock)
    {
        var meeting = await new PanelWork(db, clock).LoadAsync(id);
        var item = meeting?.Items.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item?.Decision is null) return NotFound();
        return Results.File(DecisionLetter.Build(meeting, item, meeting.OwningOrganisation?.Name ?? "", item.Household?.Name ?? ""), "application/pdf", $"decision-{item.DecisionDate:yyyy-MM-dd}.pdf");
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no panel meeting or case with that id that you can see.");

    private static IResult Conflict() =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The record has changed", detail: "Someone else changed this meeting or case after you read it. Read it again and reapply your change.");
}
