using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using Permanence.Web.Tests.Children;

namespace Permanence.Web.Tests.Matching;

/// <summary>Children waiting for a family and approved households made for one test each.</summary>
public static class MatchingTestData
{
    /// <summary>A child of <paramref name="laCode"/> with a placement order (waiting for a family), optionally with a match decision too.</summary>
    public static async Task<Guid> WaitingChildAsync(this PermanenceFactory factory, string laCode, string givenName, string dateOfBirth = "2023-03-10", bool matched = false)
    {
        var child = await factory.NewChildAsync(laCode, enteredCare: "2024-11-04", dateOfBirth: dateOfBirth, givenName: givenName);
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, laCode));
        await api.RecordAllAsync(child,
            ("IdentifiedForAdoption", "2024-12-01", null),
            ("PermanencePlanMade", "2025-01-05", new { routes = new[] { "Adoption" }, earlyPermanence = "None" }),
            ("ShouldBePlacedDecision", "2025-02-01", null),
            ("PlacementOrderGranted", "2025-05-01", null));
        if (matched)
        {
            await api.RecordAllAsync(child, ("MatchDecision", "2025-09-01", null));
        }

        return child;
    }

    /// <summary>Links <paramref name="children"/> as siblings, placed together or apart.</summary>
    public static async Task LinkSiblingsAsync(this PermanenceFactory factory, string laCode, bool placeTogether, params Guid[] children)
    {
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, laCode));
        foreach (var other in children.Skip(1))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/children/{children[0]}/siblings", new { siblingId = other })).StatusCode);
        }

        var group = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/children/{children[0]}/siblings")).GetProperty("siblingGroup");
        if (!placeTogether)
        {
            var put = await api.PutAsJsonAsync($"/api/children/{children[0]}/siblings", new { placeTogether = false, concurrencyStamp = group.GetProperty("concurrencyStamp").GetGuid() });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
    }

    /// <summary>An approved household of the demo RAA (or a VAA), waiting, with the range given.</summary>
    public static async Task<Guid> ApprovedHouseholdAsync(
        this PermanenceFactory factory,
        string name,
        int maximumAge = 10,
        string? needs = null,
        bool vaa = false,
        bool earlyPermanence = false,
        double? latitude = null,
        double? longitude = null
    )
    {
        await using var db = factory.SystemContext();
        var agency = await db.Organisations.FirstAsync(o => o.Type == (vaa ? OrganisationType.VoluntaryAdoptionAgency : OrganisationType.RegionalAdoptionAgency) && o.Region!.Name == global::Permanence.Data.Demo.DemoRegion.RegionName);
        var h = new AdopterHousehold
        {
            OwningOrganisationId = agency.Id,
            Name = name,
            NumberOfAdults = 2,
            EnquiryDate = new DateOnly(2025, 1, 6),
            DecisionDate = new DateOnly(2025, 9, 1),
            ApprovalDate = new DateOnly(2025, 9, 1),
            Outcome = AdopterOutcome.Approved,
            Stage = AdopterStage.Approved,
            Area = "Kingsmere",
            RangeMinimumChildren = 1,
            RangeMaximumChildren = 2,
            RangeMinimumAgeYears = 0,
            RangeMaximumAgeYears = maximumAge,
            RangeSiblingGroups = true,
            RangeLocation = "Kingsmere",
            RangeNeedsCanMeet = needs,
            EthnicityCodes = "WBRI,WBRI",
            Languages = "English",
            EarlyPermanenceApproved = earlyPermanence,
            Latitude = latitude,
            Longitude = longitude,
        };
        db.AdopterHouseholds.Add(h);
        await db.SaveChangesAsync();
        return h.Id;
    }
}
