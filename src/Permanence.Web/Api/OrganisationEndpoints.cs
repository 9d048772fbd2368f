using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Organisations;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Pages.Admin.Organisations;

namespace Permanence.Web.Api;

public static class OrganisationEndpoints
{
    public sealed record OrganisationDto(int Id, string Name, string Type, string ShortName, string? LaCode, bool IsActive);

    public static void MapOrganisationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/organisations",
                async (PermanenceDbContext db, ClaimsPrincipal user) =>
                {
                    var region = user.GetRegionId() ?? -1;
                    var list = await db
                        .Organisations.AsNoTracking()
                        .Where(o => o.RegionId == region)
                        .OrderBy(o => o.Type).ThenBy(o => o.Name)
                        .Select(o => new OrganisationDto(o.Id, o.Name, o.Type.ToString(), o.ShortName, o.LaCode, o.IsActive))
                        .ToListAsync();
                    return Results.Ok(list);
                }
            )
            .WithSummary("The organisations of your region.");

        api.MapPost(
                "/organisations",
                async (OrganisationFields fields, PermanenceDbContext db, ClaimsPrincipal user) =>
                {
                    var (organisation, errors) = await OrganisationCommands.CreateAsync(db, user, fields);
                    return organisation is null
                        ? Results.ValidationProblem(errors)
                        : Results.Created(
                            $"/api/organisations/{organisation.Id}",
                            new OrganisationDto(organisation.Id, organisation.Name, organisation.Type.ToString(), organisation.ShortName, organisation.LaCode, organisation.IsActive)
                        );
                }
            )
            .RequireAuthorization(Policies.AdministerRegion)
            .WithSummary("Add a partner LA or VAA to your region (RAA administrators).");
    }
}

public static class OrganisationCommands
{
    public static async Task<(Organisation? Organisation, Dictionary<string, string[]> Errors)> CreateAsync(
        PermanenceDbContext db,
        ClaimsPrincipal user,
        OrganisationFields fields
    )
    {
        var errors = new OrganisationFieldsValidator().Validate(fields).ToProblemErrors();
        if (errors.Count == 0)
        {
            var code = fields.LaCode?.Trim();
            var shortName = fields.ShortName!.Trim();
            if (!string.IsNullOrEmpty(code) && await db.Organisations.AnyAsync(o => o.LaCode == code))
            {
                errors["laCode"] = ["An organisation with this LA code already exists"];
            }

            if (await db.Organisations.AnyAsync(o => o.ShortName == shortName))
            {
                errors["shortName"] = ["An organisation with this short name already exists"];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var organisation = new Organisation
        {
            RegionId = user.GetRegionId()!.Value,
            Name = fields.Name!.Trim(),
            Type = fields.ParsedType,
            ShortName = fields.ShortName!.Trim(),
            LaCode = string.IsNullOrWhiteSpace(fields.LaCode) ? null : fields.LaCode.Trim(),
        };
        db.Organisations.Add(organisation);
        db.AuditEntries.Add(AdminAudit.Entry(db, user, "Organisation", null, Data.Model.Audit.AuditAction.Create, $"{organisation.Name}"));
        await db.SaveChangesAsync();
        return (organisation, errors);
    }
}

public static class AdminAudit
{
    /// <summary>An audit entry for an administrator's change (organisations, users).</summary>
    public static Data.Model.Audit.AuditEntry Entry(
        PermanenceDbContext db,
        ClaimsPrincipal user,
        string recordType,
        string? recordId,
        Data.Model.Audit.AuditAction action,
        string? changedFields,
        int? owningOrganisationId = null
    ) =>
        new()
        {
            OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserId = db.Scope.UserId,
            UserName = db.Scope.ActorName,
            UserOrganisationId = user.GetOrganisationId(),
            OwningOrganisationId = owningOrganisationId ?? user.GetOrganisationId(),
            RecordType = recordType,
            RecordId = recordId,
            ChangedFields = changedFields,
            Context = db.Scope.Context,
        };
}
