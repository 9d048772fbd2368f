using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Calendar;

namespace Permanence.Data.Calendar;

public static class WorkingCalendarQueries
{
    /// <summary>The working-day calendar as the administrators keep it: every clock reads this.</summary>
    public static async Task<WorkingDayCalendar> WorkingCalendarAsync(this PermanenceDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.BankHolidays.AsNoTracking().Select(b => b.Date).ToListAsync(cancellationToken));
}
