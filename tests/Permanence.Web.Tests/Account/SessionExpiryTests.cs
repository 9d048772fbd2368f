using System.Net;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Account;

/// <summary>Its own application, because these tests move the clock.</summary>
public sealed class ClockFactory : PermanenceFactory;

public class SessionExpiryTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task Session_EndsAfterThirtyMinutesWithoutActivity_ButNotWhileInUse()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BearerToken_ExpiresAfterAnHour()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.PerformanceOfficer, Demo.OwnLa));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/dashboard")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var response = await client.GetAsync("/api/dashboard");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
