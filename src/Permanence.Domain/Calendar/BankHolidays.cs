namespace Permanence.Domain.Calendar;

public sealed record BankHoliday(DateOnly Date, string Name);

/// <summary>
/// England and Wales bank holidays 2024-2028 (GOV.UK "UK bank holidays"), including substitute
/// days when the holiday falls at a weekend. The seed of the editable calendar: administrators add
/// later years and any extra holiday (a coronation, a state funeral) in the service.
/// </summary>
public static class BankHolidays
{
    public static IReadOnlyList<BankHoliday> EnglandAndWales { get; } =
    [
        new(new(2024, 1, 1), "New Year's Day"),
        new(new(2024, 3, 29), "Good Friday"),
        new(new(2024, 4, 1), "Easter Monday"),
        new(new(2024, 5, 6), "Early May bank holiday"),
        new(new(2024, 5, 27), "Spring bank holiday"),
        new(new(2024, 8, 26), "Summer bank holiday"),
        new(new(2024, 12, 25), "Christmas Day"),
        new(new(2024, 12, 26), "Boxing Day"),
        new(new(2025, 1, 1), "New Year's Day"),
        new(new(2025, 4, 18), "Good Friday"),
        new(new(2025, 4, 21), "Easter Monday"),
        new(new(2025, 5, 5), "Early May bank holiday"),
        new(new(2025, 5, 26), "Spring bank holiday"),
        new(new(2025, 8, 25), "Summer bank holiday"),
        new(new(2025, 12, 25), "Christmas Day"),
        new(new(2025, 12, 26), "Boxing Day"),
        new(new(2026, 1, 1), "New Year's Day"),
        new(new(2026, 4, 3), "Good Friday"),
        new(new(2026, 4, 6), "Easter Monday"),
        new(new(2026, 5, 4), "Early May bank holiday"),
        new(new(2026, 5, 25), "Spring bank holiday"),
        new(new(2026, 8, 31), "Summer bank holiday"),
        new(new(2026, 12, 25), "Christmas Day"),
        new(new(2026, 12, 28), "Boxing Day (substitute day)"),
        new(new(2027, 1, 1), "New Year's Day"),
        new(new(2027, 3, 26), "Good Friday"),
        new(new(2027, 3, 29), "Easter Monday"),
        new(new(2027, 5, 3), "Early May bank holiday"),
        new(new(2027, 5, 31), "Spring bank holiday"),
        new(new(2027, 8, 30), "Summer bank holiday"),
        new(new(2027, 12, 27), "Christmas Day (substitute day)"),
        new(new(2027, 12, 28), "Boxing Day (substitute day)"),
        new(new(2028, 1, 3), "New Year's Day (substitute day)"),
        new(new(2028, 4, 14), "Good Friday"),
        new(new(2028, 4, 17), "Easter Monday"),
        new(new(2028, 5, 1), "Early May bank holiday"),
        new(new(2028, 5, 29), "Spring bank holiday"),
        new(new(2028, 8, 28), "Summer bank holiday"),
        new(new(2028, 12, 25), "Christmas Day"),
        new(new(2028, 12, 26), "Boxing Day"),
    ];
}
