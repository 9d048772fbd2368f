using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Permanence.Data;
using Permanence.Data.Demo;
using Permanence.Data.Scoping;
using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Scorecard;
using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Data;

public class DemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static async Task<(PermanenceDbContext Db, DemoSeedResult Result)> SeedAsync(int seed)
    {
        var options = TestDatabase.CreateEmpty();
        var db = new PermanenceDbContext(options.BuildOptions(), new SystemDataScope("test"), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        await db.Database.MigrateAsync();
        var result = await new DemoGenerator(db, DemoScale.Small, seed, Today).SeedAsync();
        return (db, result);
    }

    private static Task<List<string>> FingerprintAsync(PermanenceDbContext db) =>
        db.Children.OrderBy(c => c.LocalReference)
            .Select(c => c.LocalReference + c.GivenName + c.FamilyName + c.DateOfBirth + c.EthnicityCode + c.DateEnteredCare)
            .ToListAsync();

    [Fact]
    public async Task SameSeed_GivesTheSameRegion_AnotherSeedDoesNot()
    {
        var (first, _) = await SeedAsync(7);
        var (second, _) = await SeedAsync(7);
        var (other, _) = await SeedAsync(8);
        await using (first)
        await using (second)
        await using (other)
        {
            var a = await FingerprintAsync(first);
            Assert.Equal(a, await FingerprintAsync(second));
            Assert.NotEqual(a, await FingerprintAsync(other));
        }
    }

    [Fact]
    public async Task DemoRegion_HasOneRaaFiveLasTwoVaas_OneUserPerRolePerOrganisation_AndPlausibleChildren()
    {
        var (db, result) = await SeedAsync(2026);
        await using (db)
        {
            var types = await db.Organisations.GroupBy(o => o.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
            Assert.Equal(1, types[OrganisationType.RegionalAdoptionAgency]);
            Assert.Equal(5, types[OrganisationType.LocalAuthority]);
            Assert.Equal(2, types[OrganisationType.VoluntaryAdoptionAgency]);
            Assert.Equal(8 * StaffRoles.All.Count, result.Users);
            Assert.Equal(result.Users, await db.UserRoles.CountAsync());

            var children = await db.Children.Include(c => c.OwningOrganisation).ToListAsync();
            Assert.Equal(result.Children, children.Count);
            Assert.All(children, c =>
            {
                Assert.Equal(OrganisationType.LocalAuthority, c.OwningOrganisation!.Type);
                Assert.InRange(Age.InYears(c.DateOfBirth, Today), 0, 17);
                Assert.InRange(c.DateEnteredCare, c.DateOfBirth, Today);
                Assert.NotNull(Ethnicity.FromCode(c.EthnicityCode));
            });
            Assert.Equal(5, children.Select(c => c.OwningOrganisationId).Distinct().Count());
            Assert.True(result.AdopterHouseholds >= 20);
            Assert.False(await db.AdopterHouseholds.AnyAsync(h => h.OwningOrganisation!.Type == OrganisationType.LocalAuthority));
        }
    }

    [Fact]
    public async Task Seeding_ANonEmptyDatabase_IsRefused()
    {
        var (db, _) = await SeedAsync(1);
        await using (db)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => new DemoGenerator(db, DemoScale.Small, 1, Today).SeedAsync());
        }
    }

    [Fact]
    public async Task EveryDemoJourney_ReplaysWithoutViolations_AndEveryLaHasEveryTrackedStageAndAdoptionsInEachOfTheLastThreeYears()
    {
        var (db, _) = await SeedAsync(2026);
        await using (db)
        {
            var children = await db.Children.Include(c => c.JourneyEvents).Include(c => c.OwningOrganisation).AsNoTracking().ToListAsync();
            var violations = new List<string>();
            var stages = new HashSet<(string La, JourneyStage Stage)>();
            var adoptions = new HashSet<(string La, int YearEnding)>();
            var variety = new HashSet<string>();
            foreach (var child in children)
            {
                var journey = ChildJourney.Replay(child.JourneyEvents.Select(e => e.ToDomain()), child.DateOfBirth, Today);
                violations.AddRange(journey.Violations.Select(v => $"{child.LocalReference}: {v.Message}"));
                var la = child.OwningOrganisation!.LaCode!;
                stages.Add((la, journey.Stage));
                Assert.Equal(journey.Current!.Start, child.DateEnteredCare);
                foreach (var adoption in journey.AdoptionJourneys(child.Id.ToString(), la))
                {
                    adoptions.Add((la, adoption.AdoptionOrder.Month > 3 ? adoption.AdoptionOrder.Year + 1 : adoption.AdoptionOrder.Year));
                    if (adoption.Relinquished) variety.Add("relinquished");
                    if (adoption.AdoptedByFosterCarers) variety.Add("foster carers");
                }

                if (journey.Current.Disruptions.Count > 0 && journey.Stage == JourneyStage.Adopted) variety.Add("disruption then adopted");
                if (journey.Current.IdentifiedForAdoption is not null)
                {
                    Assert.NotNull(child.FamilyFinderId);
                }
            }

            Assert.Empty(violations);
            var tracked = Enum.GetValues<JourneyStage>().Where(s => s.IsTracked()).ToList();
            foreach (var la in children.Select(c => c.OwningOrganisation!.LaCode!).Distinct())
            {
                Assert.All(tracked, stage => Assert.Contains((la, stage), stages));
                Assert.All([2024, 2025, 2026], year => Assert.Contains((la, year), adoptions));
            }

            Assert.Contains("relinquished", variety);
            Assert.Contains("foster carers", variety);
            Assert.True(await db.SiblingGroups.AnyAsync());
            var finders = await db.Children.Where(c => c.FamilyFinderId != null).Select(c => c.FamilyFinder!.Organisation!.Type).Distinct().ToListAsync();
            Assert.Equal([OrganisationType.RegionalAdoptionAgency], finders);
        }
    }
}
