using Permanence.Domain.Organisations;

namespace Permanence.Domain.Tests.Organisations;

public class LaCentreTests
{
    [Theory]
    [InlineData(53.9612, -1.0801)]
    [InlineData(null, null)]
    [InlineData(49.8, 1.8)]
    public void A_centre_in_the_UK_or_none_is_accepted(double? latitude, double? longitude) =>
        Assert.Empty(LaCentre.Problems(latitude, longitude));

    [Theory]
    [InlineData(53.96, null, "Longitude")]
    [InlineData(null, -1.08, "Latitude")]
    public void A_centre_needs_both_coordinates_or_neither(double? latitude, double? longitude, string missing) =>
        Assert.Equal("Enter both the latitude and the longitude, or neither", LaCentre.Problems(latitude, longitude).ToDictionary()[missing]);

    [Theory]
    [InlineData(48.0, -1.0, "Latitude")]
    [InlineData(61.0, -1.0, "Latitude")]
    [InlineData(53.0, 12.5, "Longitude")]
    [InlineData(53.0, double.NaN, "Longitude")]
    public void A_centre_is_inside_the_United_Kingdom(double latitude, double longitude, string field) =>
        Assert.Contains("(in the United Kingdom)", LaCentre.Problems(latitude, longitude).ToDictionary()[field], StringComparison.Ordinal);

    [Fact]
    public void A_centre_is_kept_to_four_decimal_places() => Assert.Equal(53.9612, LaCentre.Round(53.96123456));
}
