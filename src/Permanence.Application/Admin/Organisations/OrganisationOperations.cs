using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Organisations;

namespace Permanence.Application.Admin.Organisations;

/// <summary>A partner LA or VAA to add to the administrator's region, as read at the boundary.</summary>
public sealed record AddOrganisation(string? Name, string? Type, string? ShortName, string? LaCode);

/// <summary>An LA's centre to set (both coordinates or neither), with the stamp of the record as read.</summary>
public sealed record SetLaCentre(double? Latitude, double? Longitude, Guid? ConcurrencyStamp);

/// <summary>An organisation the administrator manages, with how many users it has.</summary>
public sealed record ManagedOrganisation(int Id, string Name, OrganisationType Type, string? LaCode, string ShortName, int Users, double? CentreLatitude, double? CentreLongitude);

/// <summary>The region's organisations: RAA administrators add partner LAs and VAAs and set each LA's centre.</summary>
public sealed class OrganisationOperations(PermanenceDbContext db) : IApplicationService
{
    public const string LaNotFound = "There is no local authority with that id in your region.";

    public const string CentreChanged = "Someone else changed this local authority while you were editing it. Your change has not been saved: check and make it again.";

    /// <summary>Every organisation of the user's region, by type and name.</summary>
    public async Task<IReadOnlyList<Organisation>> RegionAsync(ClaimsPrincipal user)
    {
        var region = user.GetRegionId() ?? -1;
        return await db.Organisations.AsNoTracking().Where(o => o.RegionId == region).OrderBy(o => o.Type).ThenBy(o => o.Name).ToListAsync();
    }

    /// <summary>The organisations the administrator manages, by type and name.</summary>
    public async Task<IReadOnlyList<ManagedOrganisation>> ManagedAsync(ClaimsPrincipal admin)
    {
        var list = await AdminScope.ManagedOrganisations(db, admin)
            .OrderBy(o => o.Type).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Type, o.LaCode, o.ShortName, o.CentreLatitude, o.CentreLongitude })
            .ToListAsync();
        var ids = list.Select(o => o.Id).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.OrganisationId)).GroupBy(u => u.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        return list.Select(o => new ManagedOrganisation(o.Id, o.Name, o.Type, o.LaCode, o.ShortName, users.GetValueOrDefault(o.Id), o.CentreLatitude, o.CentreLongitude)).ToList();
    }

    public async Task<OperationResult<Organisation>> AddAsync(AddOrganisation input, ClaimsPrincipal admin)
    {
        var errors = new FieldErrors().AddRange(OrganisationRules.Problems(input.Name, input.Type, input.ShortName, input.LaCode));
        if (errors.IsEmpty)
        {
            var code = input.LaCode?.Trim();
            var shortName = input.ShortName!.Trim();
            if (!string.IsNullOrEmpty(code) && await db.Organisations.AnyAsync(o => o.LaCode == code))
                errors.Add(nameof(input.LaCode), "An organisation with this LA code already exists");
            if (await db.Organisations.AnyAsync(o => o.ShortName == shortName))
                errors.Add(nameof(input.ShortName), "An organisation with this short name already exists");
        }

        if (!errors.IsEmpty) return OperationResult<Organisation>.Invalid(errors);

        var organisation = new Organisation
        {
            RegionId = admin.GetRegionId()!.Value,
            Name = input.Name!.Trim(),
            Type = OrganisationRules.ParseType(input.Type)!.Value,
            ShortName = input.ShortName!.Trim(),
            LaCode = string.IsNullOrWhiteSpace(input.LaCode) ? null : input.LaCode.Trim(),
        };
        db.Organisations.Add(organisation);
        db.AuditEntries.Add(AdminAudit.Entry(db, admin, "Organisation", null, AuditAction.Create, organisation.Name));
        await db.SaveChangesAsync();
        return OperationResult<Organisation>.Ok(organisation);
    }

    /// <summary>An LA of the administrator's region (tracked, to be changed); null for anything else.</summary>
    public Task<Organisation?> GetLaAsync(int id, ClaimsPrincipal admin) =>
        AdminScope.ManagedOrganisations(db, admin).FirstOrDefaultAsync(o => o.Id == id && o.Type == OrganisationType.LocalAuthority);

    /// <param name="unreadable">What the boundary could not read (its message wins for that field).</param>
    public async Task<OperationResult<Organisation>> SetCentreAsync(int id, SetLaCentre input, ClaimsPrincipal admin, FieldErrors? unreadable = null)
    {
        if (await GetLaAsync(id, admin) is not { } la) return OperationResult<Organisation>.NotFound(LaNotFound);
        var errors = (unreadable ?? new FieldErrors()).AddRange(LaCentre.Problems(input.Latitude, input.Longitude));
        if (!errors.IsEmpty) return OperationResult<Organisation>.Invalid(errors);

        db.Entry(la).Property(o => o.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp ?? Guid.Empty;
        la.CentreLatitude = LaCentre.Round(input.Latitude);
        la.CentreLongitude = LaCentre.Round(input.Longitude);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<Organisation>.Conflict(CentreChanged);
        }

        return OperationResult<Organisation>.Ok(la);
    }
}
