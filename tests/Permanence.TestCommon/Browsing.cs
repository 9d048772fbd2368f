using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Permanence.TestCommon;

/// <summary>Signing in and filling in forms over HTTP, as a browser without JavaScript would.</summary>
public static class Browsing
{
    public const string Password = Permanence.Data.Demo.DemoRegion.Password;

    public static HttpClient NewClient(this PermanenceFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.ReadHtmlAsync();
    }

    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Posts a form found on the page at <paramref name="url"/>, with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form on {url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!fields.ContainsKey(hidden.Name!)) values.Add(new(hidden.Name!, hidden.Value));
        }

        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<HttpClient> SignedInClientAsync(this PermanenceFactory factory, string email)
    {
        var client = factory.NewClient();
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = email, ["Input.Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        }

        return client;
    }

    public static async Task<string> TokenAsync(this PermanenceFactory factory, string email)
    {
        var client = factory.NewClient();
        var response = await client.PostAsJsonAsync("/api/token", new { userName = email, password = Password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public static async Task<HttpClient> ApiClientAsync(this PermanenceFactory factory, string email)
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync(email));
        return client;
    }
}
