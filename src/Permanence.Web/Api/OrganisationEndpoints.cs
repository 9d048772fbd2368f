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

    private static CentreDto ToDto(Organisation o) => new(o.Id, o.Name, o.CentreLatitude, o.CentreLongitude, o.ConcurrencyStamp);

    private static IResult CentreNotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no local authority with that id in your region.");

    private static async Task<IResult> GetCentre(int id, PermanenceDbContext db, ClaimsPrincipal user) =>
        await CentreFields.LoadAsync(db, user, id) is { } la ? Results.Ok(ToDto(la)) : CentreNotFound();

    private static async Task<IResult> PutCentre(int id, CentreRequest request, PermanenceDbContext db, ClaimsPrincipal user)
    {
        var la = await CentreFields.LoadAsync(db, user, id);
        if (la is null) return CentreNotFound();
        var fields = new CentreFields(request.Latitude, request.Longitude);
        var errors = fields.Problems().ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value });
        if (request.ConcurrencyStamp is null) errors["concurrencyStamp"] = ["Send the concurrencyStamp you read"];
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        db.Entry(la).Property(o => o.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp!.Value;
        fields.ApplyTo(la);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The record has changed", detail: "Someone else changed this local authority after you read it. Read it again and reapply your change.");
        }

        return Results.Ok(ToDto(la));
    }

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

        api.MapGet("/organisations/{id:int}/centre", GetCentre).RequireAuthorization(Policies.AdministerRegion)
            .WithSummary("An LA's centre, from which household distances are measured (RAA administrators, LAs of their region).");
        api.MapPut("/organisations/{id:int}/centre", PutCentre).RequireAuthorization(Policies.AdministerRegion)
            .WithSummary("Set an LA's centre (latitude and longitude in decimal degrees, both or neither); send the concurrencyStamp you read.");
    }
}

public sealed record CentreDto(int OrganisationId, string Name, double? Latitude, double? Longitude, Guid ConcurrencyStamp);

public sealed record CentreRequest(double? Latitude, double? Longitude, Guid? ConcurrencyStamp);

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
