using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;
using Permanence.Domain.Staff;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Admin.Users;

public sealed record UserFields(string? Email, string? DisplayName, int? OrganisationId, string[]? Roles, string? Password);

public sealed class UserFieldsValidator : AbstractValidator<UserFields>
{
    public UserFieldsValidator(bool requirePassword)
    {
        RuleFor(u => u.Email).Must(e => e is not null && System.Text.RegularExpressions.Regex.IsMatch(e.Trim(), @"^[^@\s]+@[^@\s]+\.[^@\s]+$"))
            .WithMessage("Enter an email address in the correct format, like name@example.org");
        RuleFor(u => u.DisplayName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the person's name")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(u => u.OrganisationId).NotNull().WithMessage("Select an organisation");
        RuleFor(u => u.Roles).Must(r => r is { Length: > 0 }).WithMessage("Select at least one role")
            .Must(r => r is null || r.All(x => Enum.TryParse<StaffRole>(x, false, out _) && !int.TryParse(x, out _)))
            .WithMessage("Select roles from the list");
        if (requirePassword)
        {
            RuleFor(u => u.Password).Must(p => p is { Length: >= 12 }).WithMessage("Password must be 12 characters or more");
        }
    }
}

public static class UserCommands
{
    public sealed record UserDto(string Id, string Email, string DisplayName, int OrganisationId, string OrganisationName, string[] Roles, bool LockedOut, bool Disabled);

    public static async Task<List<UserDto>> ListAsync(PermanenceDbContext db, ClaimsPrincipal admin, TimeProvider clock)
    {
        var orgs = await AdminScope.ManagedOrganisationIdsAsync(db, admin);
        var users = await db.Users.AsNoTracking().Include(u => u.Organisation)
            .Where(u => orgs.Contains(u.OrganisationId))
            .OrderBy(u => u.Organisation!.Name).ThenBy(u => u.Email)
            .ToListAsync();
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync();
        var now = clock.GetUtcNow();
        return users.Select(u => new UserDto(
                u.Id, u.Email ?? "", u.DisplayName, u.OrganisationId, u.Organisation?.Name ?? "",
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToArray(),
                u.LockoutEnd is { } end && end > now,
                u.LockoutEnd == DateTimeOffset.MaxValue))
            .ToList();
    }

    public static async Task<(ApplicationUser? User, Dictionary<string, string[]> Errors)> CreateAsync(
        PermanenceDbContext db, UserManager<ApplicationUser> users, ClaimsPrincipal admin, UserFields fields)
    {
        var errors = new UserFieldsValidator(requirePassword: true).Validate(fields).ToProblemErrors();
        var managed = await AdminScope.ManagedOrganisationIdsAsync(db, admin);
        if (fields.OrganisationId is { } org && !managed.Contains(org))
        {
            errors["organisationId"] = ["Select an organisation you manage"];
        }

        if (errors.Count == 0 && await users.FindByEmailAsync(fields.Email!.Trim()) is not null)
        {
            errors["email"] = ["A user with this email address already exists"];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new ApplicationUser
        {
            UserName = fields.Email!.Trim(),
            Email = fields.Email!.Trim(),
            EmailConfirmed = true,
            DisplayName = fields.DisplayName!.Trim(),
            OrganisationId = fields.OrganisationId!.Value,
            CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, fields.Password!);
        if (!created.Succeeded)
        {
            errors["password"] = created.Errors.Select(e => e.Description).ToArray();
            return (null, errors);
        }

        await users.AddToRolesAsync(user, fields.Roles!.Distinct());
        db.AuditEntries.Add(AdminAudit.Entry(db, admin, "User", user.Id, AuditAction.Create, "Email,DisplayName,OrganisationId,Roles", user.OrganisationId));
        await db.SaveChangesAsync();
        return (user, errors);
    }

    public static async Task<Dictionary<string, string[]>> UpdateAsync(
        PermanenceDbContext db, UserManager<ApplicationUser> users, ClaimsPrincipal admin, ApplicationUser user, string? displayName, string[]? roles, bool unlock, bool disable = false)
    {
        var errors = new UserFieldsValidator(requirePassword: false)
            .Validate(new UserFields(user.Email, displayName, user.OrganisationId, roles, null)).ToProblemErrors();
        if (errors.Count > 0)
        {
            return errors;
        }

        var changed = new List<string>();
        if (user.DisplayName != displayName!.Trim())
        {
            user.DisplayName = displayName.Trim();
            changed.Add("DisplayName");
            await users.UpdateAsync(user);
        }

        var current = await users.GetRolesAsync(user);
        var wanted = roles!.Distinct().ToList();
        if (!current.Order().SequenceEqual(wanted.Order()))
        {
            await users.RemoveFromRolesAsync(user, current.Except(wanted));
            await users.AddToRolesAsync(user, wanted.Except(current));
            await users.UpdateSecurityStampAsync(user);
            changed.Add("Roles");
        }

        if (disable)
        {
            // Leavers: the account stays (the audit log names it) but can never sign in again,
            // and its sessions end at the next security-stamp check.
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
            changed.Add("Disabled");
        }
        else if (unlock && user.LockoutEnd is not null)
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

        return errors;
    }
}
