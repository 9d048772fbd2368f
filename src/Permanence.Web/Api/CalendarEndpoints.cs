using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Api;

/// <summary>The working-day calendar: anyone signed in reads it; the RAA's administrators change it.</summary>
public static class CalendarEndpoints
{
    public sealed record BankHolidayDto(DateOnly Date, string Name);

    public sealed record BankHolidayRequest(string? Date, string? Name);

    public static void MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var holidays = api.MapGroup("/bank-holidays");
        holidays.MapGet("/", List).WithSummary("The bank holidays every working-day clock counts with.");
        holidays.MapPost("/", Add).RequireAuthorization(Policies.AdministerRegion).WithSummary("Add a bank holiday (a weekday).");
        holidays.MapDelete("/{date}", Remove).RequireAuthorization(Policies.AdministerRegion).WithSummary("Remove a bank holiday (date as yyyy-mm-dd).");
    }

    private static async Task<IResult> List(PermanenceDbContext db) =>
        Results.Ok((await db.BankHolidays.OrderBy(b => b.Date).AsNoTracking().ToListAsync()).Select(b => new BankHolidayDto(b.Date, b.Name)).ToList());

    private static async Task<IResult> Add(BankHolidayRequest r, PermanenceDbContext db)
    {
        DateOnly? date = null;
        var unreadable = false;
        if (!string.IsNullOrWhiteSpace(r.Date))
        {
            if (DateOnly.TryParseExact(r.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
            else unreadable = true;
        }

        var existing = await db.BankHolidays.Select(b => b.Date).ToListAsync();
        var errors = BankHolidayChanges.Problems(existing, date, r.Name);
        if (unreadable) errors["Date"] = "Date must be a real date written as yyyy-mm-dd";
        if (errors.Count > 0) return Results.ValidationProblem(errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }));
        BankHolidayChanges.Add(db, date!.Value, r.Name!);
        await db.SaveChangesAsync();
        return Results.Created("/api/bank-holidays", new BankHolidayDto(date.Value, r.Name!.Trim()));
    }

    private static async Task<IResult> Remove(string date, PermanenceDbContext db)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || await db.BankHolidays.FirstOrDefaultAsync(b => b.Date == d) is not { } day)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "That date is not a bank holiday.");
        }

        BankHolidayChanges.Remove(db, day);
        await db.SaveChangesAsync();
        return Results.NoContent();
    }
}
