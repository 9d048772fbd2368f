using System.Net;
using System.Net.Http.Json;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Adopters;

/// <summary>Its own application, because this test moves the clock to a summer night.</summary>
public sealed class SummerNightFactory : PermanenceFactory;

public class UkTodayTests(SummerNightFactory factory) : IClassFixture<SummerNightFactory>
{
    [Fact]
    public async Task At2330UtcInSummer_AnEnquiryDatedTheLondonDate_IsAccepted_AndTomorrowIsStillRefused()
    {
        // 23:30 UTC on 14 June 2027 is 00:30 on 15 June in London.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 14, 23, 30, 0, TimeSpan.Zero));
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "raa"));

        var today = await client.PostAsJsonAsync(
            "/api/adopters",
            new { name = "Summer Night Household", numberOfAdults = 2, area = "Oakbridge", enquirySource = "Website", fastTrack = false, enquiryDate = "2027-06-15" }
        );
        Assert.Equal(HttpStatusCode.Created, today.StatusCode);

        var tomorrow = await client.PostAsJsonAsync(
            "/api/adopters",
            new { name = "Summer Night Household 2", numberOfAdults = 2, area = "Oakbridge", enquirySource = "Website", fastTrack = false, enquiryDate = "2027-06-16" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, tomorrow.StatusCode);
    }
}
