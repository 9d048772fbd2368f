using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Calendar;

namespace Permanence.Application.Admin.Calendar;

/// <summary>A bank holiday to add, as read at the boundary (a form's date parts or a JSON body's ISO date).</summary>
public sealed record AddBankHoliday(DateOnly? Date, string? Name);

/// <summary>The working-day calendar every clock reads: anyone signed in lists it; the RAA's administrators change it.</summary>
public sealed class BankHolidayOperations(PermanenceDbContext db) : IApplicationService
{
    public async Task<IReadOnlyList<BankHolidayDay>> ListAsync() => await db.BankHolidays.OrderBy(b => b.Date).AsNoTracking().ToListAsync();

    /// <param name="input">The holiday to add.</param>
    /// <param name="unreadable">What the boundary could not read (its message wins for that field).</param>
    public async Task<OperationResult<BankHolidayDay>> AddAsync(AddBankHoliday input, FieldErrors? unreadable = null)
    {
        var errors = unreadable ?? new FieldErrors();
        var existing = await db.BankHolidays.Select(b => b.Date).ToListAsync();
        errors.AddRange(BankHolidayChanges.Problems(existing, input.Date, input.Name));
        if (!errors.IsEmpty) return OperationResult<BankHolidayDay>.Invalid(errors);

        var day = BankHolidayChanges.Add(db, input.Date!.Value, input.Name!);
        await db.SaveChangesAsync();
        return OperationResult<BankHolidayDay>.Ok(day);
    }

    public async Task<OperationResult> RemoveAsync(DateOnly date)
    {
        if (await db.BankHolidays.FirstOrDefaultAsync(b => b.Date == date) is not { } day) return OperationResult.NotFound("That date is not a bank holiday.");
        BankHolidayChanges.Remove(db, day);
        await db.SaveChangesAsync();
        return OperationResult.Ok();
    }
}
