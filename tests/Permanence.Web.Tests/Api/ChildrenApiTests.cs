using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Api;

[Collection(WebCollection.Name)]
public class ChildrenApiTests(PermanenceFactory factory)
{
    private static object Body(string reference, string dob = "2021-06-01") =>
        new
        {
            givenName = "Api",
            familyName = "Child",
            localReference = reference,
            dateOfBirth = dob,
            sex = "Male",
            ethnicityCode = "WBRI",
            hasDisability = true,
            dateEnteredCare = "2025-01-10",
        };

    [Fact]
    public async Task Post_Token_WithWrongPassword_ReturnsProblemDetails401()
    {
        var response = await factory.NewClient().PostAsJsonAsync("/api/token", new { userName = Demo.User(StaffRole.SocialWorker, "991"), password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Children_AsLaUser_ReturnsOnlyOwnLa_WithLaCode()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var page = await client.GetFromJsonAsync<JsonElement>("/api/children?pageSize=500");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, c => Assert.Equal(Demo.OwnLa, c.GetProperty("laCode").GetString()));
        await using var db = factory.SystemContext();
        Assert.Equal(await db.Children.CountAsync(c => c.OwningOrganisation!.LaCode == Demo.OwnLa), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Get_Children_AsRaaUser_FiltersByLaCode()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));
        var all = await client.GetFromJsonAsync<JsonElement>("/api/children?pageSize=1");
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/children?pageSize=1&laCode={Demo.OtherLa}");
        Assert.True(all.GetProperty("total").GetInt32() > one.GetProperty("total").GetInt32());
        Assert.Equal(Demo.OtherLa, one.GetProperty("items")[0].GetProperty("laCode").GetString());
    }

    [Fact]
    public async Task Get_OtherLaChild_ReturnsNotFound()
    {
        var id = await factory.AnyChildOfAsync(Demo.OtherLa);
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var response = await client.GetAsync($"/api/children/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_Child_Valid_Creates_ThenPutWithStaleStampConflicts()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "992"));
        var created = await client.PostAsJsonAsync("/api/children", Body("API992A"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var child = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("992", child.GetProperty("laCode").GetString());
        var id = child.GetProperty("id").GetGuid();
        var stamp = child.GetProperty("concurrencyStamp").GetGuid();

        var update = new Dictionary<string, object?>
        {
            ["givenName"] = "Renamed", ["familyName"] = "Child", ["localReference"] = "API992A", ["dateOfBirth"] = "2021-06-01",
            ["sex"] = "Male", ["ethnicityCode"] = "WBRI", ["hasDisability"] = false, ["dateEnteredCare"] = "2025-01-10", ["concurrencyStamp"] = stamp,
        };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/children/{id}", update)).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/children/{id}", update);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        await using var db = factory.SystemContext();
        var audit = await db.AuditEntries.Where(a => a.RecordId == id.ToString() && a.Action == AuditAction.Update).SingleAsync();
        Assert.Equal("GivenName,HasDisability", audit.ChangedFields);
    }

    [Theory]
    [InlineData("dateOfBirth", "01/06/2021", "Date of birth must be a real date written as yyyy-mm-dd")]
    [InlineData("dateOfBirth", "2030-01-01", "Date of birth must be today or in the past")]
    [InlineData("sex", "3", "Select the child's sex")]
    public async Task Post_Child_Invalid_Returns400ValidationProblemAndSavesNothing(string field, string value, string message)
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "992"));
        var body = JsonSerializer.SerializeToNode(Body("BADAPI"))!.AsObject();
        body[field] = value;
        var response = await client.PostAsJsonAsync("/api/children", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        await using var db = factory.SystemContext();
        Assert.False(await db.Children.AnyAsync(c => c.LocalReference == "BADAPI"));
    }

    [Fact]
    public async Task Api_RejectsThePageCookie()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/children")).StatusCode);
    }
}
