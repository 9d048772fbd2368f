namespace Permanence.Data.Model.Calendar;

/// <summary>A bank holiday of the editable working-day calendar (England and Wales), seeded for 2024-2028.</summary>
public class BankHolidayDay
{
    public DateOnly Date { get; set; }

    public required string Name { get; set; }
}
