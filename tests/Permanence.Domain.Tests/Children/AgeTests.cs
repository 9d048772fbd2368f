using Permanence.Domain.Children;

namespace Permanence.Domain.Tests.Children;

public class AgeTests
{
    [Theory]
    [InlineData("2020-06-15", "2020-06-15", 0)] // born today
    [InlineData("2020-06-15", "2024-06-14", 3)] // the day before the 4th birthday
    [InlineData("2020-06-15", "2024-06-15", 4)] // on the 4th birthday
    [InlineData("2020-02-29", "2021-02-28", 0)] // leap-day birthday, common year: not yet 1
    [InlineData("2020-02-29", "2021-03-01", 1)] // ... 1 on 1 March
    [InlineData("2020-02-29", "2024-02-28", 3)] // leap year: birthday is 29 February
    [InlineData("2020-02-29", "2024-02-29", 4)]
    [InlineData("2019-12-31", "2020-01-01", 0)] // year end
    [InlineData("2008-03-01", "2026-03-01", 18)]
    public void Age_in_completed_years_counts_the_birthday(string dob, string asAt, int expected)
    {
        Assert.Equal(expected, Age.InYears(DateOnly.Parse(dob), DateOnly.Parse(asAt)));
    }

    [Fact]
    public void Age_before_birth_is_an_error()
    {
        Assert.Throws<ArgumentException>(() =>
            Age.InYears(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1))
        );
    }

    [Theory]
    [InlineData("2025-02-28")]
    [InlineData("2025-03-01")]
    [InlineData("2024-02-29")]
    [InlineData("2024-03-01")]
    [InlineData("2026-11-23")]
    public void YoungerThanCutoff_AgreesWithAgeInYears_ForEveryBirthDateAroundIt(string asAt)
    {
        var today = DateOnly.Parse(asAt);
        var cutoff = Age.YoungerThanCutoff(5, today);
        for (var dob = cutoff.AddDays(-400); dob <= cutoff.AddDays(400); dob = dob.AddDays(1))
        {
            Assert.Equal(Age.InYears(dob, today) < 5, dob > cutoff);
        }
    }
}
