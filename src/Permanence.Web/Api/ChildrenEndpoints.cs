using Permanence.Domain.Calendar;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Pages.Children;

namespace Permanence.Web.Api;

public static class ChildrenEndpoints
{
    public sealed record ChildDto(
        Guid Id,
        string LaCode,
        string LaName,
        string? LocalReference,
        string GivenName,
        string FamilyName,
        DateOnly DateOfBirth,
        int AgeInYears,
        string Sex,
        string EthnicityCode,
        string Ethnicity,
        bool HasDisability,
        DateOnly DateEnteredCare,
        Guid ConcurrencyStamp
    )
    {
        public static ChildDto From(Child c, DateOnly today) =>
            new(
                c.Id,
                c.OwningOrganisation?.LaCode ?? "",
                c.OwningOrganisation?.Name ?? "",
                c.LocalReference,
                c.GivenName,
                c.FamilyName,
                c.DateOfBirth,
                Age.InYears(c.DateOfBirth, today < c.DateOfBirth ? c.DateOfBirth : today),
                c.Sex.ToString(),
                c.EthnicityCode,
                Domain.Children.Ethnicity.FromCode(c.EthnicityCode)?.Description ?? c.EthnicityCode,
                c.HasDisability,
                c.DateEnteredCare,
                c.ConcurrencyStamp
            );
    }

    /// <summary>A child's record as sent by a client. Dates are ISO 8601 (yyyy-mm-dd).</summary>
    public sealed record ChildRequest(
        string? GivenName,
        string? FamilyName,
        string? LocalReference,
        string? DateOfBirth,
        string? Sex,
        string? EthnicityCode,
        bool? HasDisability,
        string? DateEnteredCare,
        Guid? ConcurrencyStamp
    );

    public static void MapChildrenEndpoints(this RouteGroupBuilder api)
    {
        var children = api.MapGroup("/children").RequireAuthorization(Policies.ViewPersonalRecords);
        children.MapGet("/", List).WithSummary("Children looked after that you may see, a page at a time.");
        children.MapGet("/{id:guid}", Get).WithName("GetChild").WithSummary("One child's record.");
        children.MapPost("/", Create).RequireAuthorization(Policies.EditChildren).WithSummary("Record a child looked after by your LA.");
        children.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.EditChildren).WithSummary("Change a child's record; send the concurrencyStamp you read.");
    }

    private static DateOnly Today(TimeProvider clock) => clock.Today();

    private static async Task<IResult> List(
        PermanenceDbContext db,
        TimeProvider clock,
        int? page,
        int? pageSize,
        string? laCode,
        string? search
    )
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(page ?? 1, 1);
        var query = ChildSearch.Apply(db.Children, laCode, search);
        var total = await query.CountAsync();
        var items = await query
            .Include(c => c.OwningOrganisation)
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip((number - 1) * size).Take(size)
            .AsNoTracking()
            .ToListAsync();
        var today = Today(clock);
        return Results.Ok(new Paged<ChildDto>(number, size, total, items.Select(c => ChildDto.From(c, today)).ToList()));
    }

    private static async Task<IResult> Get(Guid id, PermanenceDbContext db, TimeProvider clock)
    {
        var child = await db.Children.Include(c => c.OwningOrganisation).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        return child is null ? NotFound() : Results.Ok(ChildDto.From(child, Today(clock)));
    }

    private static async Task<IResult> Create(ChildRequest request, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var (fields, problems) = Read(request);
        var today = Today(clock);
        var result = new ChildFieldsValidator(today).Validate(fields);
        var errors = result.ToProblemErrors();
        foreach (var p in problems) errors[p.Key] = [p.Value];
        var owner = user.GetOrganisationId()!.Value;
        if (errors.Count == 0 && await ChildSearch.ReferenceTakenAsync(db, owner, fields.LocalReference, null))
        {
            errors["localReference"] = ["A child with this local reference is already recorded"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var child = new Child { OwningOrganisationId = owner, GivenName = "", FamilyName = "", EthnicityCode = "" };
        fields.ApplyTo(child);
        JourneyRecorder.AlignWithRecord(child, child.DateOfBirth, today); // the first event: entered care
        db.Children.Add(child);
        await db.SaveChangesAsync();
        await db.Entry(child).Reference(c => c.OwningOrganisation).LoadAsync();
        return Results.CreatedAtRoute("GetChild", new { id = child.Id }, ChildDto.From(child, today));
    }

    private static async Task<IResult> Update(Guid id, ChildRequest request, PermanenceDbContext db, TimeProvider clock)
    {
        var child = await db.Children.Include(c => c.OwningOrganisation).Include(c => c.JourneyEvents).FirstOrDefaultAsync(c => c.Id == id);
        if (child is null)
        {
            return NotFound();
        }

        var (fields, problems) = Read(request);
        var today = Today(clock);
        var errors = new ChildFieldsValidator(today).Validate(fields).ToProblemErrors();
        foreach (var p in problems) errors[p.Key] = [p.Value];
        if (request.ConcurrencyStamp is null) errors["concurrencyStamp"] = ["Send the concurrencyStamp of the record you changed"];
        if (errors.Count == 0 && await ChildSearch.ReferenceTakenAsync(db, child.OwningOrganisationId, fields.LocalReference, child.Id))
        {
            errors["localReference"] = ["A child with this local reference is already recorded"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        db.Entry(child).Property(c => c.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp!.Value;
        var previousDateOfBirth = child.DateOfBirth;
        fields.ApplyTo(child);
        var journey = JourneyRecorder.AlignWithRecord(child, previousDateOfBirth, today);
        if (!journey.Succeeded)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["dateEnteredCare"] = journey.Errors.Select(e => e.Message).ToArray() });
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        return Results.Ok(ChildDto.From(child, today));
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no child with that id that you can see.");

    private static IResult Conflict() =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The record has changed",
            detail: "Someone else changed this child's record after you read it. Read it again and reapply your change."
        );

    private static (ChildFields Fields, Dictionary<string, string> Problems) Read(ChildRequest r)
    {
        var problems = new Dictionary<string, string>();
        var dob = ParseDate(r.DateOfBirth, "dateOfBirth", "Date of birth", problems);
        var entered = ParseDate(r.DateEnteredCare, "dateEnteredCare", "Date entered care", problems);
        return (new ChildFields(r.GivenName, r.FamilyName, r.LocalReference, dob, r.Sex, r.EthnicityCode, r.HasDisability, entered), problems);
    }

    internal static DateOnly? ParseDate(string? value, string key, string label, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems[key] = $"{label} must be a real date written as yyyy-mm-dd";
        return null;
    }
}

/// <summary>Filters shared by the children page and API.</summary>
public static class ChildSearch
{
    public static IQueryable<Child> Apply(IQueryable<Child> children, string? laCode, string? search)
    {
        if (!string.IsNullOrWhiteSpace(laCode))
        {
            var code = laCode.Trim();
            children = children.Where(c => c.OwningOrganisation!.LaCode == code);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            children = children.Where(c =>
                (c.GivenName + " " + c.FamilyName).ToUpper().Contains(term)
                || (c.LocalReference != null && c.LocalReference.ToUpper() == term)
            );
        }

        return children;
    }

    public static Task<bool> ReferenceTakenAsync(PermanenceDbContext db, int owner, string? reference, Guid? except) =>
        string.IsNullOrWhiteSpace(reference)
            ? Task.FromResult(false)
            : db.Children.AnyAsync(c =>
                c.OwningOrganisationId == owner && c.LocalReference == reference.Trim() && (except == null || c.Id != except)
            );
}
