using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Calendar;

namespace Permanence.Data.Calendar;

public static class WorkingCalendarQueries
{
    /// <summary>The working-day calendar as the administrators keep it: every clock reads this.</summary>
    public static async Task<WorkingDayCalendar> WorkingCalendarAsync(this PermanenceDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.BankHolidays.AsNoTracking().Select(b => b.Date).ToListAsync(cancellationToken));
}

/// <summary>Administrators keep the bank holidays; each change is written to the audit log.</summary>
public static class BankHolidayChanges
{
    public static Dictionary<string, string> Problems(IReadOnlyCollection<DateOnly> existing, DateOnly? date, string? name)
    {
        var errors = new Dictionary<string, string>();
        if (date is not { } d) errors["Date"] = "Enter the date of the bank holiday";
        else if (Domain.Calendar.WorkingDayCalendar.IsWeekend(d)) errors["Date"] = "A bank holiday must be a weekday: enter the substitute day";
        else if (existing.Contains(d)) errors["Date"] = "That date is already a bank holiday";
        else if (d.Year is < 2000 or > 2100) errors["Date"] = "Date must be between 2000 and 2100";
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Enter the name of the bank holiday";
        else if (name.Trim().Length > 100) errors["Name"] = "Name must be 100 characters or fewer";
        return errors;
    }

    public static Model.Calendar.BankHolidayDay Add(PermanenceDbContext db, DateOnly date, string name)
    {
        var day = new Model.Calendar.BankHolidayDay { Date = date, Name = name.Trim() };
        db.BankHolidays.Add(day);
        db.AuditEntries.Add(Audit(db, Model.Audit.AuditAction.Create, date, "Date,Name"));
        return day;
    }

    public static void Remove(PermanenceDbContext db, Model.Calendar.BankHolidayDay day)
    {
        db.BankHolidays.Remove(day);
        db.AuditEntries.Add(Audit(db, Model.Audit.AuditAction.Delete, day.Date, null));
    }

    private static Model.Audit.AuditEntry Audit(PermanenceDbContext db, Model.Audit.AuditAction action, DateOnly date, string? fields) =>
        new()
        {
            OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserId = db.Scope.UserId,
            UserName = db.Scope.ActorName,
            UserOrganisationId = db.Scope.OrganisationId,
            RecordType = "BankHoliday",
            RecordId = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ChangedFields = fields,
            Context = db.Scope.Context,
        };
}
