using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Web.Pages.Children.Journey;

namespace Permanence.Web.Pages.Children.Siblings;

/// <summary>
/// Linking brothers and sisters of one LA into a sibling group, and whether the plan is to place
/// them together (ADR 0052). The group's size feeds the priority-child flag.
/// </summary>
public static class SiblingCommands
{
    public const string SiblingField = "SiblingId";
    public const string PlaceTogetherField = "PlaceTogether";

    /// <summary>The child with its sibling group and the group's children, tracked.</summary>
    public static Task<Child?> LoadAsync(PermanenceDbContext db, Guid childId) =>
        db.Children.Include(c => c.SiblingGroup!).ThenInclude(g => g.Children).FirstOrDefaultAsync(c => c.Id == childId);

    public static async Task<CommandOutcome> LinkAsync(PermanenceDbContext db, Child child, Guid? siblingId)
    {
        if (siblingId is null)
        {
            return CommandOutcome.Refused(SiblingField, "Select the child to link as a sibling");
        }

        if (siblingId == child.Id)
        {
            return CommandOutcome.Refused(SiblingField, "A child can't be linked as their own sibling");
        }

        var sibling = await LoadAsync(db, siblingId.Value);
        if (sibling is null || sibling.OwningOrganisationId != child.OwningOrganisationId)
        {
            return CommandOutcome.Refused(SiblingField, "Select a child of the same local authority");
        }

        if (child.SiblingGroupId is not null && child.SiblingGroupId == sibling.SiblingGroupId)
        {
            return CommandOutcome.Refused(SiblingField, $"{sibling.FullName} is already linked as a sibling");
        }

        if (child.SiblingGroup is not null && sibling.SiblingGroup is not null)
        {
            return CommandOutcome.Refused(SiblingField, $"{sibling.FullName} is in another sibling group: remove them from it first");
        }

        // Siblings are placed together unless the plan says otherwise.
        var group = child.SiblingGroup ?? sibling.SiblingGroup ?? new SiblingGroup { OwningOrganisationId = child.OwningOrganisationId, PlaceTogether = true };
        if (group.Children.Count == 0)
        {
            db.SiblingGroups.Add(group);
        }

        foreach (var member in new[] { child, sibling }.Where(m => m.SiblingGroup != group))
        {
            member.SiblingGroup = group;
            group.Children.Add(member);
        }

        return await SaveAsync(db) ? CommandOutcome.Done(group.Id) : CommandOutcome.Stale;
    }

    /// <summary>Takes <paramref name="member"/> out of its group; a group left with one child is dissolved.</summary>
    public static async Task<CommandOutcome> UnlinkAsync(PermanenceDbContext db, Child member, Guid? memberStamp)
    {
        if (memberStamp is null)
        {
            return CommandOutcome.Refused("ConcurrencyStamp", "Send the concurrencyStamp of the child you are removing from the group");
        }

        if (member.SiblingGroup is not { } group)
        {
            return CommandOutcome.Refused(SiblingField, $"{member.FullName} is not in a sibling group");
        }

        db.Entry(member).Property(c => c.ConcurrencyStamp).OriginalValue = memberStamp.Value;
        member.SiblingGroupId = null;
        member.SiblingGroup = null;
        group.Children.Remove(member);
        if (group.Children.Count < 2)
        {
            foreach (var last in group.Children.ToList())
            {
                last.SiblingGroupId = null;
                last.SiblingGroup = null;
            }

            group.Children.Clear();
            db.SiblingGroups.Remove(group);
        }

        return await SaveAsync(db) ? CommandOutcome.Done() : CommandOutcome.Stale;
    }

    public static async Task<CommandOutcome> SetPlaceTogetherAsync(PermanenceDbContext db, Child child, bool? placeTogether, Guid? groupStamp)
    {
        if (child.SiblingGroup is not { } group)
        {
            return CommandOutcome.Refused(SiblingField, "Link the child with a sibling first");
        }

        if (placeTogether is null)
        {
            return CommandOutcome.Refused(PlaceTogetherField, "Select yes if the siblings are to be placed together");
        }

        if (groupStamp is null)
        {
            return CommandOutcome.Refused("ConcurrencyStamp", "Send the concurrencyStamp of the sibling group you changed");
        }

        db.Entry(group).Property(g => g.ConcurrencyStamp).OriginalValue = groupStamp.Value;
        group.PlaceTogether = placeTogether.Value;
        return await SaveAsync(db) ? CommandOutcome.Done(group.Id) : CommandOutcome.Stale;
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
