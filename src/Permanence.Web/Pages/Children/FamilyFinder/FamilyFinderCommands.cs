using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Identity;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;
using Permanence.Web.Pages.Children.Journey;

namespace Permanence.Web.Pages.Children.FamilyFinder;

/// <summary>
/// The RAA allocates one of its family finders to each child identified as possibly needing
/// adoption (ADR 0051): only family finders of the RAA of the child's region, only while the
/// child's journey is followed by the tracker (an adoption plan or a possible one).
/// </summary>
public static class FamilyFinderCommands
{
    public const string FamilyFinderField = "FamilyFinderId";

    /// <summary>The child with its LA, events and family finder, tracked.</summary>
    public static Task<Child?> LoadAsync(PermanenceDbContext db, Guid childId) =>
        db.Children.Include(c => c.OwningOrganisation).Include(c => c.JourneyEvents).Include(c => c.FamilyFinder).FirstOrDefaultAsync(c => c.Id == childId);

    /// <summary>Active family finders of the RAA of the region, by name.</summary>
    public static async Task<IReadOnlyList<ApplicationUser>> CandidatesAsync(PermanenceDbContext db, int regionId)
    {
        var role = nameof(StaffRole.FamilyFinder).ToUpperInvariant();
        var users = await db
            .Users.Where(u =>
                u.Organisation!.RegionId == regionId
                && u.Organisation.Type == OrganisationType.RegionalAdoptionAgency
                && u.Organisation.IsActive
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role))
            )
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .AsNoTracking()
            .ToListAsync();
        return users.Where(u => u.LockoutEnd != DateTimeOffset.MaxValue).ToList(); // disabled accounts (leavers) are locked out for ever
    }

    public static bool MayHaveFamilyFinder(Child child, DateOnly today) => JourneyRecorder.Journey(child, today).Stage.IsTracked();

    public static async Task<CommandOutcome> AllocateAsync(PermanenceDbContext db, Child child, string? userId, Guid? childStamp, DateOnly today)
    {
        if (childStamp is null)
        {
            return CommandOutcome.Refused("ConcurrencyStamp", "Send the concurrencyStamp of the child");
        }

        if (!MayHaveFamilyFinder(child, today))
        {
            return CommandOutcome.Refused(FamilyFinderField, "A family finder is allocated only to a child with an adoption plan or a possible one: record that the child was identified as possibly needing adoption first");
        }

        if (string.IsNullOrWhiteSpace(userId))
        {
            return CommandOutcome.Refused(FamilyFinderField, "Select the family finder");
        }

        var candidates = await CandidatesAsync(db, child.OwningOrganisation!.RegionId);
        if (candidates.All(u => u.Id != userId))
        {
            return CommandOutcome.Refused(FamilyFinderField, "Select a family finder of the regional adoption agency");
        }

        if (child.FamilyFinderId == userId)
        {
            return CommandOutcome.Done();
        }

        db.Entry(child).Property(c => c.ConcurrencyStamp).OriginalValue = childStamp.Value;
        child.FamilyFinderId = userId;
        child.FamilyFinder = null;
        child.FamilyFinderAllocatedOn = today;
        return await SaveAsync(db) ? CommandOutcome.Done() : CommandOutcome.Stale;
    }

    public static async Task<CommandOutcome> UnallocateAsync(PermanenceDbContext db, Child child, Guid? childStamp)
    {
        if (childStamp is null)
        {
            return CommandOutcome.Refused("ConcurrencyStamp", "Send the concurrencyStamp of the child");
        }

        if (child.FamilyFinderId is null)
        {
            return CommandOutcome.Refused(FamilyFinderField, "No family finder is allocated to the child");
        }

        db.Entry(child).Property(c => c.ConcurrencyStamp).OriginalValue = childStamp.Value;
        child.FamilyFinderId = null;
        child.FamilyFinder = null;
        child.FamilyFinderAllocatedOn = null;
        return await SaveAsync(db) ? CommandOutcome.Done() : CommandOutcome.Stale;
    }

    private static async Task<bool> SaveAsync(PermanenceDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
