using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;
using Permanence.Domain.Staff;

namespace Permanence.Application.Admin.Users;

/// <summary>A user to add to an organisation the administrator manages, as read at the boundary.</summary>
public sealed record AddUser(string? Email, string? DisplayName, int? OrganisationId, string[]? Roles, string? Password);

/// <summary>A change to a user: their name, the full set of roles they should have, and whether to unlock or disable the account.</summary>
public sealed record ChangeUser(string? DisplayName, string[]? Roles, bool Unlock, bool Disable);

/// <summary>A user as administrators see them.</summary>
public sealed record UserDto(string Id, string Email, string DisplayName, int OrganisationId, string OrganisationName, string[] Roles, bool LockedOut, bool Disabled);

/// <summary>The staff accounts of the organisations an administrator manages.</summary>
public sealed class UserOperations(PermanenceDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : IApplicationService
{
    public const string NotFoundMessage = "There is no user with that id in an organisation you administer.";

    public Task<List<UserDto>> ListAsync(ClaimsPrincipal admin) => LoadAsync(admin, null);

    /// <summary>A user of an organisation this administrator manages; anyone else is "not found".</summary>
    public async Task<UserDto?> GetAsync(string id, ClaimsPrincipal admin) => (await LoadAsync(admin, id)).SingleOrDefault();

    public async Task<OperationResult<UserDto>> AddAsync(AddUser input, ClaimsPrincipal admin)
    {
        var errors = new FieldErrors().AddRange(UserAccountRules.Problems(input.Email, input.DisplayName, input.OrganisationId, input.Roles, input.Password, requirePassword: true));
        var managed = await AdminScope.ManagedOrganisationIdsAsync(db, admin);
        if (input.OrganisationId is { } org && !managed.Contains(org)) errors.Add(nameof(input.OrganisationId), "Select an organisation you manage");
        if (errors.IsEmpty && await users.FindByEmailAsync(input.Email!.Trim()) is not null) errors.Add(nameof(input.Email), "A user with this email address already exists");
        if (!errors.IsEmpty) return OperationResult<UserDto>.Invalid(errors);

        var user = new ApplicationUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email!.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            OrganisationId = input.OrganisationId!.Value,
            CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            // Identity's own password rules (a digit, upper and lower case): every one it names, in one message.
            return OperationResult<UserDto>.Invalid(nameof(input.Password), string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRolesAsync(user, input.Roles!.Distinct());
        db.AuditEntries.Add(AdminAudit.Entry(db, admin, "User", user.Id, AuditAction.Create, "Email,DisplayName,OrganisationId,Roles", user.OrganisationId));
        await db.SaveChangesAsync();
        return OperationResult<UserDto>.Ok((await GetAsync(user.Id, admin))!);
    }

    public async Task<OperationResult<UserDto>> ChangeAsync(string id, ChangeUser input, ClaimsPrincipal admin)
    {
        var managed = await AdminScope.ManagedOrganisationIdsAsync(db, admin);
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == id && managed.Contains(u.OrganisationId)) is not { } user) return OperationResult<UserDto>.NotFound(NotFoundMessage);
        var errors = new FieldErrors().AddRange(UserAccountRules.Problems(user.Email, input.DisplayName, user.OrganisationId, input.Roles, null, requirePassword: false));
        if (!errors.IsEmpty) return OperationResult<UserDto>.Invalid(errors);

        var changed = new List<string>();
        if (user.DisplayName != input.DisplayName!.Trim())
        {
            user.DisplayName = input.DisplayName.Trim();
            changed.Add("DisplayName");
            await users.UpdateAsync(user);
        }

        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles!.Distinct().ToList();
        if (!current.Order().SequenceEqual(wanted.Order()))
        {
            await users.RemoveFromRolesAsync(user, current.Except(wanted));
            await users.AddToRolesAsync(user, wanted.Except(current));
            await users.UpdateSecurityStampAsync(user);
            changed.Add("Roles");
        }

        if (input.Disable)
        {
            // Leavers: the account stays (the audit log names it) but can never sign in again,
            // and its sessions end at the next security-stamp check.
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
            changed.Add("Disabled");
        }
        else if (input.Unlock && user.LockoutEnd is not null)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            changed.Add("LockoutEnd");
        }

        if (changed.Count > 0)
        {
            db.AuditEntries.Add(AdminAudit.Entry(db, admin, "User", user.Id, AuditAction.Update, string.Join(",", changed), user.OrganisationId));
            await db.SaveChangesAsync();
        }

        return OperationResult<UserDto>.Ok((await GetAsync(id, admin))!);
    }

    private async Task<List<UserDto>> LoadAsync(ClaimsPrincipal admin, string? id)
    {
        var orgs = await AdminScope.ManagedOrganisationIdsAsync(db, admin);
        var found = await db.Users.AsNoTracking().Include(u => u.Organisation)
            .Where(u => orgs.Contains(u.OrganisationId) && (id == null || u.Id == id))
            .OrderBy(u => u.Organisation!.Name).ThenBy(u => u.Email)
            .ToListAsync();
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync();
        var now = clock.GetUtcNow();
        return found.Select(u => new UserDto(
                u.Id, u.Email ?? "", u.DisplayName, u.OrganisationId, u.Organisation?.Name ?? "",
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToArray(),
                u.LockoutEnd is { } end && end > now,
                u.LockoutEnd == DateTimeOffset.MaxValue))
            .ToList();
    }
}
