using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Account;

/// <summary>The application with OpenID Connect switched on by configuration alone.</summary>
public sealed class OidcFactory : PermanenceFactory
{
    public const string Authority = "https://login.example.test/tenant/v2.0";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", Authority);
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "permanence-test");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "secret");
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Microsoft");
        // No network here: give the handler the provider's metadata instead of fetching it.
        builder.ConfigureServices(services =>
            services.PostConfigure<OpenIdConnectOptions>("oidc", o =>
            {
                o.Configuration = new OpenIdConnectConfiguration { AuthorizationEndpoint = "https://login.example.test/authorize", Issuer = Authority };
                o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
            }));
    }
}

public class OpenIdConnectTests(OidcFactory factory) : IClassFixture<OidcFactory>
{
    [Fact]
    public async Task SignInPage_OffersTheConfiguredProvider_AndRedirectsToIt()
    {
        var client = factory.NewClient();
        var page = await client.GetPageAsync("/account/sign-in");
        Assert.Contains("Sign in with Microsoft", page.Body!.TextContent, StringComparison.Ordinal);

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>(), "form[action*=External]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://login.example.test/authorize", location, StringComparison.Ordinal);
        Assert.Contains("client_id=permanence-test", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", location, StringComparison.Ordinal);
        Assert.Contains("https://login.example.test", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalCallback_WithoutAProviderSignIn_SaysSoAndSignsNobodyIn()
    {
        var client = factory.NewClient();
        var page = await client.GetPageAsync("/account/external-callback");
        Assert.Contains("did not complete", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
