using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Api;

/// <summary>Its own application with a low limit: three sign-in attempts a minute from one address.</summary>
public sealed class LowRateLimitFactory : PermanenceFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:SignIn:PermitLimit", "3");
    }
}

public class SignInRateLimitTests(LowRateLimitFactory factory) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task SignInAttempts_OverTheLimit_Answer429WithRetryAfter_ForTheTokenAndTheSignInPage()
    {
        var client = factory.NewClient();
        var name = Demo.User(StaffRole.ReadOnly, "992");
        for (var i = 0; i < 3; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/token", new { userName = name, password = $"not-the-password-{i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/token", new { userName = name, password = Browsing.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);

        // The sign-in page still shows (reading it is not an attempt), but posting it is refused with a GOV.UK page.
        var page = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = name, ["Input.Password"] = Browsing.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("Too many attempts", (await page.ReadHtmlAsync()).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
