using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Permanence.Data;
using Permanence.Data.Demo;
using Permanence.Data.Scoping;
using Permanence.Domain.Adopters;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Data;

public class DemoAdoptersTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task DemoHouseholds_AreAtEveryStage_WithDatesThatFollowTheJourneyRules()
    {
        var options = TestDatabase.CreateEmpty();
        await using var db = new PermanenceDbContext(options.BuildOptions(), new SystemDataScope("test"), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        await db.Database.MigrateAsync();
        await new DemoGenerator(db, DemoScale.Small, 2026, Today).SeedAsync();
        var households = await db.AdopterHouseholds.Include(h => h.Pauses).Include(h => h.Checks).Include(h => h.Reviews).AsSplitQuery().ToListAsync();

        Assert.Equal(Enum.GetValues<AdopterStage>().ToHashSet(), households.Select(h => h.Stage).ToHashSet());
        Assert.All(households, h =>
        {
            Assert.Empty(AdopterJourneyRules.Problems(h.Journey, Today));
            Assert.Equal(h.Stage, AdopterJourneyRules.StageOf(h.Journey, h.Outcome));
            Assert.All(h.Checks, c => Assert.True(c.CompletedDate is null || c.CompletedDate >= c.RequestedDate));
        });
        Assert.All(households.Where(h => h.Outcome == AdopterOutcome.Approved), h =>
        {
            Assert.NotNull(h.Range);
            Assert.Empty(h.Range!.Problems());
            Assert.NotEmpty(h.Reviews);
        });
        Assert.Contains(households, h => h.FastTrack || h.Checks.Count > 0);
    }
}
