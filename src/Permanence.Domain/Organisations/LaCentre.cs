namespace Permanence.Domain.Organisations;

/// <summary>
/// An LA's centre, from which the ranking measures how far away a household lives (ADR 0062): both
/// coordinates or neither, and inside the United Kingdom. Messages are keyed Latitude and Longitude.
/// </summary>
public static class LaCentre
{
    public const double MinimumLatitude = 49.8, MaximumLatitude = 60.9, MinimumLongitude = -8.7, MaximumLongitude = 1.8;

    public static IEnumerable<KeyValuePair<string, string>> Problems(double? latitude, double? longitude)
    {
        var problems = new Dictionary<string, string>();
        if (latitude is null != longitude is null)
            problems[latitude is null ? "Latitude" : "Longitude"] = "Enter both the latitude and the longitude, or neither";
        if (latitude is { } lat && (!double.IsFinite(lat) || lat is < MinimumLatitude or > MaximumLatitude))
            problems["Latitude"] = "Latitude must be between 49.8 and 60.9 (in the United Kingdom)";
        if (longitude is { } lon && (!double.IsFinite(lon) || lon is < MinimumLongitude or > MaximumLongitude))
            problems["Longitude"] = "Longitude must be between -8.7 and 1.8 (in the United Kingdom)";
        return problems;
    }

    /// <summary>Four decimal places (about 11 metres) is as precise as a distance between homes needs.</summary>
    public static double? Round(double? coordinate) => coordinate is { } c ? Math.Round(c, 4) : null;
}
