using System.Security.Claims;
using Permanence.Application;
using Permanence.Application.Admin.Organisations;
using Permanence.Data.Model.Organisations;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Api;

public static class OrganisationEndpoints
{
    public sealed record OrganisationDto(int Id, string Name, string Type, string ShortName, string? LaCode, bool IsActive);

    private static OrganisationDto ToDto(Organisation o) => new(o.Id, o.Name, o.Type.ToString(), o.ShortName, o.LaCode, o.IsActive);

    private static CentreDto ToCentreDto(Organisation o) => new(o.Id, o.Name, o.CentreLatitude, o.CentreLongitude, o.ConcurrencyStamp);

    public static void MapOrganisationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/organisations", List).WithSummary("The organisations of your region.");
        api.MapPost("/organisations", Add)
            .RequireAuthorization(Policies.AdministerRegion)
            .WithSummary("Add a partner LA or VAA to your region (RAA administrators).");
        api.MapGet("/organisations/{id:int}/centre", GetCentre).RequireAuthorization(Policies.AdministerRegion)
            .WithSummary("An LA's centre, from which household distances are measured (RAA administrators, LAs of their region).");
        api.MapPut("/organisations/{id:int}/centre", PutCentre).RequireAuthorization(Policies.AdministerRegion)
            .WithSummary("Set an LA's centre (latitude and longitude in decimal degrees, both or neither); send the concurrencyStamp you read.");
    }

    private static async Task<IResult> List(OrganisationOperations organisations, ClaimsPrincipal user) =>
        Results.Ok((await organisations.RegionAsync(user)).Select(ToDto).ToList());

    private static async Task<IResult> Add(AddOrganisation input, OrganisationOperations organisations, ClaimsPrincipal user) =>
        (await organisations.AddAsync(input, user)).ToHttpResult(o => Results.Created($"/api/organisations/{o.Id}", ToDto(o)));

    private static async Task<IResult> GetCentre(int id, OrganisationOperations organisations, ClaimsPrincipal user) =>
        await organisations.GetLaAsync(id, user) is { } la ? Results.Ok(ToCentreDto(la)) : OperationResult.NotFound(OrganisationOperations.LaNotFound).ToProblem();

    private static async Task<IResult> PutCentre(int id, SetLaCentre request, OrganisationOperations organisations, ClaimsPrincipal user)
    {
        var unreadable = new FieldErrors();
        if (request.ConcurrencyStamp is null) unreadable.Add(nameof(SetLaCentre.ConcurrencyStamp), "Send the concurrencyStamp you read");
        return (await organisations.SetCentreAsync(id, request, user, unreadable)).ToHttpResult(la => Results.Ok(ToCentreDto(la)));
    }
}

public sealed record CentreDto(int OrganisationId, string Name, double? Latitude, double? Longitude, Guid ConcurrencyStamp);
