using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Children;

/// <summary>Children made for one test each, so tests never share a journey; and forms for events.</summary>
public static class JourneyTestData
{
    /// <summary>A new child of <paramref name="laCode"/>, entered care on <paramref name="enteredCare"/>; its id.</summary>
    public static async Task<Guid> NewChildAsync(
        this PermanenceFactory factory,
        string laCode,
        string enteredCare = "2024-11-04",
        string dateOfBirth = "2024-01-10",
        string ethnicityCode = "WBRI",
        bool hasDisability = false,
        string givenName = "Journey"
    )
    {
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, laCode));
        var response = await api.PostAsJsonAsync(
            "/api/children",
            new
            {
                givenName,
                familyName = "Tester",
                localReference = "J" + Guid.NewGuid().ToString("N")[..9],
                dateOfBirth,
                sex = "Female",
                ethnicityCode,
                hasDisability,
                dateEnteredCare = enteredCare,
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The form fields of an event's date, from yyyy-mm-dd.</summary>
    public static Dictionary<string, string> DateFields(string iso, string name = "Input.Date")
    {
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd");
        return new() { [$"{name}.Day"] = d.Day.ToString(), [$"{name}.Month"] = d.Month.ToString(), [$"{name}.Year"] = d.Year.ToString() };
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string key, string value)
    {
        fields[key] = value;
        return fields;
    }

    /// <summary>Records an event through the API; the response (201 when recorded).</summary>
    public static Task<HttpResponseMessage> RecordAsync(this HttpClient api, Guid child, string type, string date, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["type"] = type, ["date"] = date };
        if (extra is not null)
        {
            foreach (var p in extra.GetType().GetProperties())
            {
                body[p.Name] = p.GetValue(extra);
            }
        }

        return api.PostAsJsonAsync($"/api/children/{child}/journey/events", body);
    }

    /// <summary>Records events that must all succeed, in the order given.</summary>
    public static async Task RecordAllAsync(this HttpClient api, Guid child, params (string Type, string Date, object? Extra)[] events)
    {
        foreach (var (type, date, extra) in events)
        {
            var response = await api.RecordAsync(child, type, date, extra);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{type} on {date}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<JsonElement> JourneyAsync(this HttpClient api, Guid child) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/children/{child}/journey");

    public static async Task<JsonElement> ProblemErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}
