using Permanence.Domain.Calendar;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Adopters;
using Permanence.Web.Pages.Panels;

namespace Permanence.Web.Api;

/// <summary>The adopter household journey through the API: the same rules, roles and isolation as the pages.</summary>
public static class AdopterEndpoints
{
    public sealed record HouseholdSummaryDto(Guid Id, string Name, string Agency, string Stage, bool FastTrack, string EnquirySource, DateOnly EnquiryDate, DateOnly? ApprovalDate);

    public sealed record ClockDto(string Kind, string Timescale, DateOnly Start, DateOnly Due, DateOnly? CompletedOn, string Status, int PausedDays);

    public sealed record CheckDto(Guid Id, string Kind, string Subject, DateOnly RequestedDate, DateOnly? CompletedDate, string? Outcome);

    public sealed record PauseDto(Guid Id, DateOnly StartDate, DateOnly? EndDate, string Reason);

    public sealed record RangeDto(int? MinimumChildren, int? MaximumChildren, int? MinimumAgeYears, int? MaximumAgeYears, bool? SiblingGroups, string? HealthNeeds, string? HeritageConsiderations, string? Location)
    {
        /// <summary>The structured range the matching rules read (the household's current one; on a review, the needs and early permanence then recorded).</summary>
        public MatchingRangeDto? Matching { get; init; }
    }

    /// <summary>
    /// What the matching rules read from an approval range. On a review, send it to replace the
    /// household's (leave it out to keep it): needs by name (DevelopmentalDelay, ...), DfE ethnicity
    /// codes of the adults, a religion and languages from the lists on the review page, the id of
    /// the region's LA the household lives in, latitude and longitude in decimal degrees.
    /// </summary>
    public sealed record MatchingRangeDto(
        IReadOnlyList<string>? NeedsCanMeet,
        IReadOnlyList<string>? EthnicityCodes,
        string? Religion,
        IReadOnlyList<string>? Languages,
        int? LivesInLocalAuthorityId,
        double? Latitude,
        double? Longitude,
        bool? EarlyPermanenceApproved
    );

    public sealed record ReviewDto(Guid Id, DateOnly ReviewDate, RangeDto Range, string? Notes);

    public sealed record HouseholdDto(
        Guid Id,
        string Name,
        string Agency,
        int NumberOfAdults,
        string? Area,
        string Stage,
        string EnquirySource,
        bool FastTrack,
        DateOnly EnquiryDate,
        DateOnly? InformationPackSent,
        DateOnly? InitialVisit,
        DateOnly? RegistrationOfInterest,
        DateOnly? StageOneStarted,
        DateOnly? StageOneCompleted,
        DateOnly? StageTwoStarted,
        DateOnly? TargetPanelDate,
        DateOnly? PreparationTrainingCompleted,
        DateOnly? ReportCompleted,
        DateOnly? PanelDate,
        string? PanelRecommendation,
        DateOnly? DecisionDate,
        string? Outcome,
        string? OutcomeReason,
        DateOnly? EndedDate,
        DateOnly? IndependentReviewRequestDate,
        DateOnly? ApprovalDate,
        DateOnly? RegisterReferralDate,
        DateOnly? LinkedDate,
        DateOnly? LastReviewDate,
        RangeDto? ApprovalRange,
        IReadOnlyList<ClockDto> Clocks,
        IReadOnlyList<CheckDto> Checks,
        IReadOnlyList<PauseDto> Pauses,
        IReadOnlyList<ReviewDto> Reviews,
        IReadOnlyList<HouseholdTimeline.Event> Timeline,
        Guid ConcurrencyStamp
    );

    /// <summary>A household as sent by a client. Dates are ISO 8601 (yyyy-mm-dd); outcome is Approved, NotApproved or Withdrawn.</summary>
    public sealed record HouseholdRequest(
        string? Name,
        int? NumberOfAdults,
        string? Area,
        string? EnquirySource,
        bool? FastTrack,
        string? EnquiryDate,
        string? InformationPackSent,
        string? InitialVisit,
        string? RegistrationOfInterest,
        string? StageOneStarted,
        string? StageOneCompleted,
        string? StageTwoStarted,
        string? TargetPanelDate,
        string? PreparationTrainingCompleted,
        string? ReportCompleted,
        string? PanelDate,
        string? PanelRecommendation,
        string? DecisionDate,
        string? Outcome,
        string? OutcomeReason,
        string? EndedDate,
        string? IndependentReviewRequestDate,
        string? RegisterReferralDate,
        string? LinkedDate,
        Guid? ConcurrencyStamp
    );

    public sealed record CheckRequest(string? Kind, string? Subject, string? RequestedDate, string? CompletedDate, string? Outcome);

    public sealed record PauseRequest(string? StartDate, string? EndDate, string? Reason);

    public sealed record ResumeRequest(string? EndDate);

    public sealed record ReviewRequest(
        string? ReviewDate,
        int? MinimumChildren,
        int? MaximumChildren,
        int? MinimumAgeYears,
        int? MaximumAgeYears,
        bool? SiblingGroups,
        string? HealthNeeds,
        string? HeritageConsiderations,
        string? Location,
        string? Notes,
        Guid? ConcurrencyStamp,
        MatchingRangeDto? Matching = null
    );

    public sealed record WorklistDto(Guid HouseholdId, string Household, string Agency, string Stage, ClockDto Clock);

    public static void MapAdopterEndpoints(this RouteGroupBuilder api)
    {
        var adopters = api.MapGroup("/adopters").RequireAuthorization(Policies.ViewAdopters);
        adopters.MapGet("/", List).WithSummary("Adopter households of your agency (RAA: the region's agencies), a page at a time; filter by stage.");
        adopters.MapGet("/worklist", Worklist).RequireAuthorization(Policies.AdopterWorklist).WithSummary("Overdue and due-soon statutory clocks, most overdue first.");
        adopters.MapGet("/{id:guid}", Get).WithName("GetAdopterHousehold").WithSummary("One household: its journey, clocks, checks, pauses, approval range and timeline.");
        adopters.MapGet("/{id:guid}/letter", Letter).WithSummary("The decision letter for the approval decision recorded on the household's journey, as a PDF.");
        adopters.MapPost("/", Create).RequireAuthorization(Policies.EditAdopters).WithSummary("Record an enquiry.");
        adopters.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.EditAdopters).WithSummary("Record the household's journey; send the concurrencyStamp you read.");
        adopters.MapPost("/{id:guid}/checks", AddCheck).RequireAuthorization(Policies.EditAdopters).WithSummary("Record a Stage 1 statutory check.");
        adopters.MapPost("/{id:guid}/pauses", AddPause).RequireAuthorization(Policies.EditAdopters).WithSummary("Record a pause the household asked for.");
        adopters.MapPut("/{id:guid}/pauses/{pauseId:guid}", Resume).RequireAuthorization(Policies.EditAdopters).WithSummary("Record the day an open pause ended.");
        adopters.MapPost("/{id:guid}/reviews", AddReview).RequireAuthorization(Policies.EditAdopters).WithSummary("Record a review of approval, setting the approval range; send the concurrencyStamp you read.");
    }

    private static DateOnly Today(TimeProvider clock) => clock.Today();

    private static async Task<IResult> List(PermanenceDbContext db, int? page, int? pageSize, string? stage, string? search)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(page ?? 1, 1);
        var query = HouseholdSearch.Apply(db.AdopterHouseholds, stage, search);
        var total = await query.CountAsync();
        var items = await query
            .Include(h => h.OwningOrganisation)
            .OrderBy(h => h.Name).ThenBy(h => h.Id)
            .Skip((number - 1) * size).Take(size)
            .AsNoTracking()
            .ToListAsync();
        return Results.Ok(new Paged<HouseholdSummaryDto>(number, size, total, items.Select(h =>
            new HouseholdSummaryDto(h.Id, h.Name, h.OwningOrganisation?.Name ?? "", h.Stage.ToString(), h.FastTrack, h.EnquirySource.ToString(), h.EnquiryDate, h.ApprovalDate)).ToList()));
    }

    private static async Task<IResult> Worklist(PermanenceDbContext db, TimeProvider clock)
    {
        var items = await HouseholdSearch.WorklistAsync(db, Today(clock));
        return Results.Ok(items.Select(i => new WorklistDto(i.HouseholdId, i.Household, i.Agency, i.Stage.ToString(), ToDto(i.Clock))).ToList());
    }

    private static ClockDto ToDto(StatutoryClock c) => new(c.Kind.ToString(), c.Kind.Timescale(), c.Start, c.Due, c.CompletedOn, c.Status.ToString(), c.PausedDays);

    private static RangeDto ToDto(ApprovalRange r) => new(r.MinimumChildren, r.MaximumChildren, r.MinimumAgeYears, r.MaximumAgeYears, r.SiblingGroups, r.HealthNeeds, r.HeritageConsiderations, r.Location);

    private static async Task<HouseholdDto> DtoAsync(PermanenceDbContext db, AdopterHousehold h, DateOnly today)
    {
        var clocks = AdopterTimescales.Clocks(h.Journey, await db.WorkingCalendarAsync(), today);
        return new HouseholdDto(
            h.Id, h.Name, h.OwningOrganisation?.Name ?? "", h.NumberOfAdults, h.Area, h.Stage.ToString(), h.EnquirySource.ToString(), h.FastTrack,
            h.EnquiryDate, h.InformationPackSentDate, h.InitialVisitDate, h.RegistrationOfInterestDate, h.StageOneStartDate, h.StageOneCompletedDate,
            h.StageTwoStartDate, h.TargetPanelDate, h.PreparationTrainingCompletedDate, h.ReportCompletedDate, h.PanelDate, h.PanelRecommendation,
            h.DecisionDate, h.Outcome?.ToString(), h.OutcomeReason, h.EndedDate, h.IndependentReviewRequestDate, h.ApprovalDate, h.RegisterReferralDate,
            h.LinkedDate, h.LastReviewDate, h.Range is { } r ? ToDto(r) with { Matching = MatchingDto(h) } : null,
            clocks.Select(ToDto).ToList(),
            h.Checks.Select(c => new CheckDto(c.Id, c.Kind.ToString(), c.Subject, c.RequestedDate, c.CompletedDate, c.Outcome?.ToString())).ToList(),
            h.Pauses.Select(p => new PauseDto(p.Id, p.StartDate, p.EndDate, p.Reason)).ToList(),
            h.Reviews.Select(v => new ReviewDto(v.Id, v.ReviewDate, new RangeDto(v.MinimumChildren, v.MaximumChildren, v.MinimumAgeYears, v.MaximumAgeYears, v.SiblingGroups, v.HealthNeeds, v.HeritageConsiderations, v.Location)
            {
                Matching = new MatchingRangeDto(Domain.Matching.MatchingVocabulary.Split(v.NeedsCanMeet), null, null, null, null, null, null, v.EarlyPermanenceApproved),
            }, v.Notes)).ToList(),
            HouseholdTimeline.Of(h),
            h.ConcurrencyStamp
        );
    }

    private static MatchingRangeDto MatchingDto(AdopterHousehold h)
    {
        var m = MatchingRangeFields.From(h);
        return new MatchingRangeDto(m.NeedsCanMeet, m.EthnicityCodes, m.Religion, m.Languages, m.LivesInLocalAuthorityId, m.Latitude, m.Longitude, m.EarlyPermanenceApproved);
    }

    private static async Task<IResult> Get(Guid id, PermanenceDbContext db, TimeProvider clock)
    {
        var h = await HouseholdSearch.LoadAsync(db, id);
        return h is null ? NotFound() : Results.Ok(await DtoAsync(db, h, Today(clock)));
    }

    private static async Task<IResult> Letter(Guid id, PermanenceDbContext db)
    {
        var h = await db.AdopterHouseholds.Include(x => x.OwningOrganisation).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        return h is null || !DecisionLetter.HasHouseholdDecision(h)
            ? NotFound()
            : Results.File(DecisionLetter.ForHousehold(h, h.OwningOrganisation?.Name ?? ""), "application/pdf", $"decision-{h.DecisionDate:yyyy-MM-dd}.pdf");
    }

    private static async Task<IResult> Create(HouseholdRequest request, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var today = Today(clock);
        var (fields, errors) = Read(request);
        foreach (var (k, v) in fields.Problems(today, [], null)) errors.TryAdd(Json(k), [v]);
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var h = new AdopterHousehold { OwningOrganisationId = user.GetOrganisationId()!.Value, Name = "" };
        fields.ApplyTo(h);
        db.AdopterHouseholds.Add(h);
        await db.SaveChangesAsync();
        var saved = await HouseholdSearch.LoadAsync(db, h.Id);
        return Results.CreatedAtRoute("GetAdopterHousehold", new { id = h.Id }, await DtoAsync(db, saved!, today));
    }

    private static async Task<IResult> Update(Guid id, HouseholdRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var h = await HouseholdSearch.LoadAsync(db, id, tracking: true);
        if (h is null) return NotFound();
        var today = Today(clock);
        var (fields, errors) = Read(request);
        foreach (var (k, v) in fields.Problems(today, h.Pauses.Select(p => new Pause(p.StartDate, p.EndDate)).ToList(), h.LastReviewDate)) errors.TryAdd(Json(k), [v]);
        if (request.ConcurrencyStamp is null) errors["concurrencyStamp"] = ["Send the concurrencyStamp of the record you changed"];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        db.Entry(h).Property(x => x.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp!.Value;
        fields.ApplyTo(h);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        return Results.Ok(await DtoAsync(db, h, today));
    }

    private static async Task<IResult> AddCheck(Guid id, CheckRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var h = await HouseholdSearch.LoadAsync(db, id);
        if (h is null) return NotFound();
        var errors = new Dictionary<string, string[]>();
        var fields = new CheckFields(request.Kind, request.Subject, ParseDate(request.RequestedDate, "requestedDate", "Date requested", errors), ParseDate(request.CompletedDate, "completedDate", "Date completed", errors), request.Outcome);
        foreach (var (k, v) in fields.Problems(h, Today(clock))) errors.TryAdd(Json(k), [v]);
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        var check = fields.ToCheck(h);
        db.AdopterChecks.Add(check);
        await db.SaveChangesAsync();
        return Results.Created($"/api/adopters/{h.Id}", new CheckDto(check.Id, check.Kind.ToString(), check.Subject, check.RequestedDate, check.CompletedDate, check.Outcome?.ToString()));
    }

    private static async Task<IResult> AddPause(Guid id, PauseRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var h = await HouseholdSearch.LoadAsync(db, id);
        if (h is null) return NotFound();
        var errors = new Dictionary<string, string[]>();
        var fields = new PauseFields(ParseDate(request.StartDate, "startDate", "Start date", errors), ParseDate(request.EndDate, "endDate", "Date resumed", errors), request.Reason);
        foreach (var (k, v) in fields.Problems(h, Today(clock))) errors.TryAdd(Json(k), [v]);
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        var pause = new AdopterPause { HouseholdId = h.Id, OwningOrganisationId = h.OwningOrganisationId, StartDate = fields.StartDate!.Value, EndDate = fields.EndDate, Reason = fields.Reason!.Trim() };
        db.AdopterPauses.Add(pause);
        await db.SaveChangesAsync();
        return Results.Created($"/api/adopters/{h.Id}", new PauseDto(pause.Id, pause.StartDate, pause.EndDate, pause.Reason));
    }

    private static async Task<IResult> Resume(Guid id, Guid pauseId, ResumeRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var h = await HouseholdSearch.LoadAsync(db, id, tracking: true);
        var pause = h?.Pauses.FirstOrDefault(p => p.Id == pauseId && p.EndDate is null);
        if (h is null || pause is null) return NotFound();
        var errors = new Dictionary<string, string[]>();
        var end = ParseDate(request.EndDate, "endDate", "Date resumed", errors);
        if (end is null && errors.Count == 0) errors["endDate"] = ["Enter the date the household resumed"];
        var fields = new PauseFields(pause.StartDate, end, pause.Reason);
        foreach (var (k, v) in fields.Problems(h, Today(clock), pause.Id)) errors.TryAdd(Json(k), [v]);
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        pause.EndDate = end;
        await db.SaveChangesAsync();
        return Results.Ok(new PauseDto(pause.Id, pause.StartDate, pause.EndDate, pause.Reason));
    }

    private static async Task<IResult> AddReview(Guid id, ReviewRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var h = await HouseholdSearch.LoadAsync(db, id, tracking: true);
        if (h is null) return NotFound();
        var today = Today(clock);
        var errors = new Dictionary<string, string[]>();
        var range = new ApprovalRange(request.MinimumChildren, request.MaximumChildren, request.MinimumAgeYears, request.MaximumAgeYears, request.SiblingGroups, request.HealthNeeds, request.HeritageConsiderations, request.Location);
        var m = request.Matching;
        var matching = m is null ? null : new MatchingRangeFields(m.NeedsCanMeet, m.EthnicityCodes, m.Religion, m.Languages, m.LivesInLocalAuthorityId, m.Latitude, m.Longitude, m.EarlyPermanenceApproved);
        var localAuthorities = matching is null ? [] : (await MatchingRangeFields.LocalAuthoritiesAsync(db, h.OwningOrganisationId)).Select(l => l.Id).ToList();
        var fields = new ReviewFields(ParseDate(request.ReviewDate, "reviewDate", "Review date", errors), range, request.Notes, matching);
        var matchingFields = typeof(MatchingRangeFields).GetProperties().Select(p => p.Name).ToHashSet();
        foreach (var (k, v) in fields.Problems(h, today, localAuthorities)) errors.TryAdd(matchingFields.Contains(k) ? "matching." + Json(k) : Json(k), [v]);
        if (request.ConcurrencyStamp is null) errors["concurrencyStamp"] = ["Send the concurrencyStamp of the household you reviewed"];
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        db.Entry(h).Property(x => x.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp!.Value;
        fields.ApplyTo(h, r => db.ApprovalReviews.Add(r));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        return Results.Ok(await DtoAsync(db, h, today));
    }

    private static (HouseholdFields Fields, Dictionary<string, string[]> Errors) Read(HouseholdRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? D(string? value, string field) => ParseDate(value, Json(field), HouseholdFields.Label(field), errors);
        var fields = new HouseholdFields(
            r.Name, r.NumberOfAdults, r.Area, r.EnquirySource, r.FastTrack,
            D(r.EnquiryDate, nameof(HouseholdFields.Enquiry)), D(r.InformationPackSent, nameof(HouseholdFields.InformationPackSent)), D(r.InitialVisit, nameof(HouseholdFields.InitialVisit)),
            D(r.RegistrationOfInterest, nameof(HouseholdFields.RegistrationOfInterest)), D(r.StageOneStarted, nameof(HouseholdFields.StageOneStarted)), D(r.StageOneCompleted, nameof(HouseholdFields.StageOneCompleted)),
            D(r.StageTwoStarted, nameof(HouseholdFields.StageTwoStarted)), D(r.TargetPanelDate, nameof(HouseholdFields.TargetPanelDate)), D(r.PreparationTrainingCompleted, nameof(HouseholdFields.PreparationTrainingCompleted)),
            D(r.ReportCompleted, nameof(HouseholdFields.ReportCompleted)), D(r.PanelDate, nameof(HouseholdFields.PanelDate)), r.PanelRecommendation, D(r.DecisionDate, nameof(HouseholdFields.DecisionDate)),
            r.Outcome, r.OutcomeReason, D(r.EndedDate, nameof(HouseholdFields.EndedDate)), D(r.IndependentReviewRequestDate, nameof(HouseholdFields.IndependentReviewRequestDate)),
            D(r.RegisterReferralDate, nameof(HouseholdFields.RegisterReferralDate)), D(r.LinkedDate, nameof(HouseholdFields.LinkedDate))
        );
        return (fields, errors);
    }

    /// <summary>The JSON name of a field: the request calls the enquiry date "enquiryDate".</summary>
    private static string Json(string field) => field == nameof(HouseholdFields.Enquiry) ? "enquiryDate" : char.ToLowerInvariant(field[0]) + field[1..];

    private static DateOnly? ParseDate(string? value, string key, string label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[key] = [$"{label} must be a real date written as yyyy-mm-dd"];
        return null;
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no adopter household with that id that you can see.");

    private static IResult Conflict() =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The record has changed",
            detail: "Someone else changed this household's record after you read it. Read it again and reapply your change."
        );
}

/// <summary>The recruitment funnel through the API, with the same exports as the page.</summary>
public static class FunnelEndpoints
{
    public sealed record StepDto(string Step, int Households, double? PercentOfEnquiries);

    public sealed record SourceDto(string Source, IReadOnlyList<int> Counts);

    public sealed record FunnelDto(DateOnly From, DateOnly To, IReadOnlyList<StepDto> Steps, IReadOnlyList<SourceDto> BySource, IReadOnlyList<Domain.Adopters.RecruitmentFunnel.StageDuration> MedianDays, IReadOnlyList<TimelinessDto> Timeliness);

    public sealed record TimelinessDto(string Clock, int Completed, int OnTime, double? Percent);

    public static void MapFunnelEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/adopters/funnel", Get).RequireAuthorization(Policies.ViewFunnel)
            .WithSummary("The recruitment funnel for a period (from, to as yyyy-mm-dd; default the last 12 months); format=xlsx or csv to download.");
    }

    private static async Task<IResult> Get(PermanenceDbContext db, TimeProvider clock, string? from, string? to, string? format)
    {
        var today = clock.Today();
        var (start, end, errors) = FunnelReport.Period(from, to, today);
        if (format is not (null or "json" or "xlsx" or "csv")) errors["format"] = "Format must be json, xlsx or csv";
        if (errors.Count > 0) return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        var r = await FunnelReport.ComputeAsync(db, start, end, today);
        var name = $"recruitment-funnel-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}";
        return format switch
        {
            "xlsx" => Results.File(FunnelReport.Excel(r), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            "csv" => Results.File(FunnelReport.Csv(r), "text/csv", name + ".csv"),
            _ => Results.Ok(new FunnelDto(
                r.From, r.To,
                Domain.Adopters.RecruitmentFunnel.Steps.Select((s, i) => new StepDto(s, r.Counts[i], r.CohortConversion[i])).ToList(),
                r.BySource.Select(b => new SourceDto(b.Source.ToString(), b.Counts)).ToList(),
                r.MedianDays,
                r.Timeliness.Select(t => new TimelinessDto(t.Clock.ToString(), t.Completed, t.OnTime, t.Percent)).ToList())),
        };
    }
}
