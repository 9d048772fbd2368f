namespace Permanence.Domain.Children;

public static class Age
{
    /// <summary>
    /// Completed years of age on <paramref name="asAt"/>. A child born on 29 February has their
    /// birthday on 1 March in years that are not leap years (the rule in English law for
    /// attaining an age: the Family Law Reform Act 1969 s9 counts the anniversary, and the
    /// anniversary of 29 February in a common year is taken as 1 March).
    /// </summary>
    public static int InYears(DateOnly dateOfBirth, DateOnly asAt)
    {
        if (asAt < dateOfBirth)
        {
            throw new ArgumentException("The date is before the date of birth.", nameof(asAt));
        }

        var years = asAt.Year - dateOfBirth.Year;
        var birthdayThisYear = BirthdayIn(dateOfBirth, asAt.Year);
        return asAt < birthdayThisYear ? years - 1 : years;
    }

    /// <summary>The date of the birthday in the given year (1 March for a 29 February birthday in a common year).</summary>
    public static DateOnly BirthdayIn(DateOnly dateOfBirth, int year) =>
        dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);

    /// <summary>
    /// The cut-off for "younger than <paramref name="years"/> on <paramref name="asAt"/>": a child is
    /// younger exactly when their date of birth is after the returned date. Lets a database count
    /// children by age with one comparison, agreeing with <see cref="InYears"/> on leap-day birthdays.
    /// </summary>
    public static DateOnly YoungerThanCutoff(int years, DateOnly asAt) => asAt.AddYears(-years);
}
