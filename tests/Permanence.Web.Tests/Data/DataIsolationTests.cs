using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Children;
using Permanence.Data.Scoping;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Data;

[Collection(WebCollection.Name)]
public class DataIsolationTests(PermanenceFactory factory)
{
    private async Task<(int Own, int Other, int Raa, int Region)> OrganisationsAsync()
    {
        await using var db = factory.SystemContext();
        var own = await db.Organisations.SingleAsync(o => o.LaCode == Demo.OwnLa);
        var other = await db.Organisations.SingleAsync(o => o.LaCode == Demo.OtherLa);
        var raa = await db.Organisations.SingleAsync(o => o.ShortName == "raa");
        return (own.Id, other.Id, raa.Id, own.RegionId);
    }

    [Fact]
    public async Task LaScope_SeesOnlyItsOwnChildren()
    {
        var (own, _, _, region) = await OrganisationsAsync();
        await using var db = factory.ContextFor(new UserDataScope("u", "la-user", own, region, RegionWide: false));
        var owners = await db.Children.Select(c => c.OwningOrganisationId).Distinct().ToListAsync();
        Assert.Equal([own], owners);
    }

    [Fact]
    public async Task RaaScope_SeesTheWholeRegion()
    {
        var (_, _, raa, region) = await OrganisationsAsync();
        await using var db = factory.ContextFor(new UserDataScope("u", "raa-user", raa, region, RegionWide: true));
        Assert.Equal(5, await db.Children.Select(c => c.OwningOrganisationId).Distinct().CountAsync());
    }

    [Fact]
    public async Task AnonymousScope_SeesNothing()
    {
        await OrganisationsAsync();
        await using var db = factory.ContextFor(UserDataScope.Anonymous);
        Assert.Equal(0, await db.Children.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task LaScope_CannotWriteAnotherLasChild()
    {
        var (own, other, _, region) = await OrganisationsAsync();
        await using var db = factory.ContextFor(new UserDataScope("u", "la-user", own, region, RegionWide: false));
        db.Children.Add(new Child { OwningOrganisationId = other, GivenName = "A", FamilyName = "B", EthnicityCode = "WBRI", DateOfBirth = new(2020, 1, 1), DateEnteredCare = new(2021, 1, 1) });
        await Assert.ThrowsAsync<OutOfScopeWriteException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AuditLog_CannotBeChangedThroughTheContext()
    {
        await OrganisationsAsync();
        await using var db = factory.SystemContext();
        var entry = await db.AuditEntries.FirstAsync();
        entry.UserName = "tampered";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AuditLog_CannotBeChangedOrDeletedInTheDatabase()
    {
        await OrganisationsAsync();
        await using var db = factory.SystemContext();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"UserName\" = 'tampered'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteDeleteAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.UserName == "tampered"));
    }

    [Fact]
    public async Task ReadingAChild_AsAUser_WritesAReadEntry()
    {
        var (own, _, _, region) = await OrganisationsAsync();
        Guid id;
        await using (var db = factory.ContextFor(new UserDataScope("u-read", "reader@test", own, region, RegionWide: false)))
        {
            id = (await db.Children.OrderBy(c => c.Id).FirstAsync()).Id;
            await db.FlushReadAuditAsync();
        }

        await using var check = factory.SystemContext();
        var entry = await check.AuditEntries.SingleAsync(a => a.UserName == "reader@test");
        Assert.Equal(AuditAction.Read, entry.Action);
        Assert.Equal(id.ToString(), entry.RecordId);
        Assert.Equal(own, entry.OwningOrganisationId);
    }
}
