using System.Net;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Api;

/// <summary>A client's typo must never look like a server fault: every JSON endpoint answers a body it cannot read with 400.</summary>
[Collection(WebCollection.Name)]
public class MalformedBodyTests(PermanenceFactory factory)
{
    public static TheoryData<string> Bodies => new() { "{", "[]", "null", "{\"name\":", "\"text\"", "42", "{\"enquiryDate\": 20260101}" };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task EveryJsonEndpoint_AnswersAnUnreadableBodyWith400AndAProblem(string body)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Route: Fill(e.RoutePattern.RawText!))))
            .ToList();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} JSON endpoints found");

        // The RAA's team manager may call most routes; the administrator the rest. A route neither may call is skipped by its 403.
        var clients = new[] { await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "raa")), await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, "raa")) };
        var checkedRoutes = 0;
        foreach (var (method, route) in endpoints)
        {
            foreach (var client in clients)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Forbidden) continue;
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{method} {route} with {body}: {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
                }

                checkedRoutes++;
                break;
            }
        }

        Assert.True(checkedRoutes >= endpoints.Count / 2, $"only {checkedRoutes} of {endpoints.Count} routes could be called");
    }

    [Fact]
    public async Task Token_WithATruncatedBody_Answers400()
    {
        var response = await factory.NewClient().PostAsync("/api/token", new StringContent("{\"userName\":\"a@b\",\"pass", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request could not be read", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    // Route values that exist in no database: a body that can't be read must be refused before the record is looked for.
    private static string Fill(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{([^}:]+)(:[^}]*)?}", m => m.Groups[2].Value.Contains("int", StringComparison.Ordinal) ? "999999" : Guid.NewGuid().ToString());
}
