using System.Globalization;
using Permanence.Application;
using Permanence.Application.Admin.Calendar;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Operations;

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

    private static async Task<IResult> List(BankHolidayOperations holidays) =>
        Results.Ok((await holidays.ListAsync()).Select(b => new BankHolidayDto(b.Date, b.Name)).ToList());

    private static async Task<IResult> Add(BankHolidayRequest r, BankHolidayOperations holidays)
    {
        var unreadable = new FieldErrors();
        var date = ApiInput.ReadDate(r.Date, nameof(AddBankHoliday.Date), "Date", unreadable);
        var result = await holidays.AddAsync(new AddBankHoliday(date, r.Name), unreadable);
        return result.ToHttpResult(day => Results.Created("/api/bank-holidays", new BankHolidayDto(day.Date, day.Name)));
    }

    private static async Task<IResult> Remove(string date, BankHolidayOperations holidays)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return OperationResult.NotFound("That date is not a bank holiday.").ToProblem();
        }

        var result = await holidays.RemoveAsync(d);
        return result.Succeeded ? Results.NoContent() : result.ToProblem();
    }
}
