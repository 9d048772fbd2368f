using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests;

/// <summary>
/// For every page and endpoint, every role, and a user of the record's own LA, of another LA and
/// of the RAA: the expected outcome. A route missing from the table fails the build, so nothing
/// new ships without a rule.
/// </summary>
[Collection(WebCollection.Name)]
public class AuthorizationMatrixTests(PermanenceFactory factory)
{
    public enum Who { OwnLa, OtherLa, Raa }

    public enum Outcome { Ok, NotFound, SignIn, Denied, BadRequest, Unauthorized, Forbidden }

    private sealed record Route(string Method, string Pattern, bool Api, Func<Ids, string> Url, Func<StaffRole, Who, Outcome> Expect, Outcome Anonymous);

    private sealed record Ids(Guid Child, string UserOfOwnLa, Guid EnteredCareEvent, Guid ReturnUpload, Guid Household, Guid Meeting, Guid Item)
    {
        /// <summary>A child of the own LA waiting for a family, an approved household in the pool, and the own LA's id (matching, ADR 0062).</summary>
        public Guid WaitingChild { get; init; }

        public Guid ApprovedHousehold { get; init; }

        public int OwnLaId { get; init; }

        /// <summary>A family-finding link of the own LA (ADR 0064).</summary>
        public Guid Link { get; init; }
    }

    private static bool Views(StaffRole r) => r.SeesPersonalRecords();

    private static bool Returns(StaffRole r) => r == StaffRole.PerformanceOfficer;

    private static bool UploadsReturns(StaffRole r, Who w) => r == StaffRole.PerformanceOfficer && w != Who.Raa;

    private static bool Scorecard(StaffRole r) =>
        r is StaffRole.PerformanceOfficer or StaffRole.ServiceManager or StaffRole.TeamManager or StaffRole.AgencyDecisionMaker or StaffRole.Administrator or StaffRole.ReadOnly;

    private static bool ScorecardChildren(StaffRole r) => Scorecard(r) && Views(r);

    private static bool Edits(StaffRole r, Who w) => r is StaffRole.SocialWorker or StaffRole.TeamManager && w != Who.Raa;

    // The LA's agency decision maker records their own decisions, not other events (ADR 0050).
    private static bool RecordsJourney(StaffRole r, Who w) => r is StaffRole.SocialWorker or StaffRole.TeamManager or StaffRole.AgencyDecisionMaker && w != Who.Raa;

    private static Outcome RecordsEnteredCare(StaffRole r, Who w, Outcome ok, Outcome refused) =>
        !RecordsJourney(r, w) ? refused : w == Who.OtherLa ? Outcome.NotFound : r == StaffRole.AgencyDecisionMaker ? refused : ok;

    private static bool AllocatesFamilyFinder(StaffRole r, Who w) => r is StaffRole.TeamManager or StaffRole.ServiceManager && w == Who.Raa;

    // Adopters' records belong to the RAA (or a VAA): LA staff are refused, whatever their role.
    private static bool ViewsAdopters(StaffRole r, Who w) => Views(r) && w == Who.Raa;

    private static bool EditsAdopters(StaffRole r, Who w) => r is StaffRole.SocialWorker or StaffRole.TeamManager && w == Who.Raa;

    private static bool SeesWorklist(StaffRole r, Who w) => r is StaffRole.TeamManager or StaffRole.ServiceManager && w == Who.Raa;

    private static bool RunsPanels(StaffRole r, Who w) => r == StaffRole.PanelAdviser && w == Who.Raa;

    private static bool Decides(StaffRole r, Who w) => r == StaffRole.AgencyDecisionMaker && w == Who.Raa;

    private static bool SeesFunnel(StaffRole r, Who w) => r is StaffRole.PerformanceOfficer or StaffRole.ServiceManager && w == Who.Raa;

    // Family finding and the sufficiency gap are the RAA's (ADR 0062); a child's matching profile is its LA's and the RAA's family finders'.
    private static bool FindsFamilies(StaffRole r, Who w) => r is StaffRole.FamilyFinder or StaffRole.TeamManager or StaffRole.ServiceManager && w == Who.Raa;

    private static bool SeesSufficiency(StaffRole r, Who w) => r is StaffRole.ServiceManager or StaffRole.TeamManager or StaffRole.PerformanceOfficer && w == Who.Raa;

    private static bool EditsProfile(StaffRole r, Who w) => Edits(r, w) || (r == StaffRole.FamilyFinder && w == Who.Raa);

    // Links (ADR 0064): the RAA's family finders and managers work on them; the child's LA reads its own.
    private static bool ManagesLinks(StaffRole r, Who w) => r is StaffRole.FamilyFinder or StaffRole.TeamManager or StaffRole.ServiceManager && w == Who.Raa;

    private static bool ViewsLinks(StaffRole r, Who w) => ManagesLinks(r, w) || (r is StaffRole.SocialWorker or StaffRole.TeamManager or StaffRole.AgencyDecisionMaker && w != Who.Raa);

    private static Outcome LinkPage(StaffRole r, Who w) => !ViewsLinks(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok;

    private static Outcome LinkApi(StaffRole r, Who w) => !ViewsLinks(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok;

    private static Outcome LinkWork(StaffRole r, Who w) => Api(ManagesLinks(r, w), Outcome.BadRequest);

    private static Outcome Page(bool allowed) => allowed ? Outcome.Ok : Outcome.Denied;

    private static Outcome Api(bool allowed, Outcome outcome) => allowed ? outcome : Outcome.Forbidden;

    // The child in each URL belongs to the "own" LA (991); OtherLa is 992.
    private static readonly Route[] Routes =
    [
        new("GET", "", false, _ => "/", (_, _) => Outcome.Ok, Outcome.SignIn),
        new("GET", "Index", false, _ => "/Index", (_, _) => Outcome.Ok, Outcome.SignIn),
        new("GET", "Children/Index", false, _ => "/children/index", (r, _) => Views(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "account/sign-in", false, _ => "/account/sign-in", (_, _) => Outcome.Ok, Outcome.Ok),
        new("GET", "account/sign-out", false, _ => "/account/sign-out", (_, _) => Outcome.Ok, Outcome.SignIn),
        new("GET", "account/access-denied", false, _ => "/account/access-denied", (_, _) => Outcome.Denied, Outcome.SignIn),
        new("GET", "account/external-callback", false, _ => "/account/external-callback", (_, _) => Outcome.Ok, Outcome.Ok),
        new("GET", "error/{code:int}", false, _ => "/error/500", (_, _) => Outcome.Ok, Outcome.Ok),
        new("GET", "Errors/Status", false, _ => "/Errors/Status", (_, _) => Outcome.Ok, Outcome.Ok),
        new("GET", "children", false, _ => "/children", (r, _) => Views(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "children/{id:guid}", false, i => $"/children/{i.Child}", (r, w) => !Views(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "children/new", false, _ => "/children/new", (r, w) => Edits(r, w) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "children/{id:guid}/edit", false, i => $"/children/{i.Child}/edit", (r, w) => !Edits(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "children/{id:guid}/journey", false, i => $"/children/{i.Child}/journey", (r, w) => !Views(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "children/{id:guid}/journey/record", false, i => $"/children/{i.Child}/journey/record", (r, w) => !RecordsJourney(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "children/{id:guid}/journey/record/{type}", false, i => $"/children/{i.Child}/journey/record/MatchDecision", (r, w) => !RecordsJourney(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "children/{id:guid}/journey/events/{eventId:guid}/change", false, i => $"/children/{i.Child}/journey/events/{i.EnteredCareEvent}/change", (r, w) => RecordsEnteredCare(r, w, Outcome.Ok, Outcome.Denied), Outcome.SignIn),
        new("GET", "children/{id:guid}/journey/events/{eventId:guid}/remove", false, i => $"/children/{i.Child}/journey/events/{i.EnteredCareEvent}/remove", (r, w) => RecordsEnteredCare(r, w, Outcome.Ok, Outcome.Denied), Outcome.SignIn),
        new("GET", "children/{id:guid}/siblings", false, i => $"/children/{i.Child}/siblings", (r, w) => !Edits(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "children/{id:guid}/family-finder", false, i => $"/children/{i.Child}/family-finder", (r, w) => AllocatesFamilyFinder(r, w) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "admin/organisations", false, _ => "/admin/organisations", (r, _) => r == StaffRole.Administrator ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "admin/organisations/new", false, _ => "/admin/organisations/new", (r, w) => r == StaffRole.Administrator && w == Who.Raa ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "admin/users", false, _ => "/admin/users", (r, _) => r == StaffRole.Administrator ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "admin/users/new", false, _ => "/admin/users/new", (r, _) => r == StaffRole.Administrator ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "admin/users/{id}", false, i => $"/admin/users/{i.UserOfOwnLa}", (r, w) => r != StaffRole.Administrator ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "admin/audit", false, _ => "/admin/audit", (r, _) => r == StaffRole.Administrator ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "Tracker/Index", false, _ => "/tracker/index", (r, _) => Views(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "tracker", false, _ => "/tracker?handler=csv", (r, _) => Views(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "Scorecard/Index", false, _ => "/scorecard/index", (r, _) => Scorecard(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "scorecard", false, _ => "/scorecard?handler=excel", (r, _) => Scorecard(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        // The child drill-down of another LA is not found: an LA user asks for 991's figures as if from 992.
        new("GET", "scorecard/children", false, _ => "/scorecard/children?measure=A1&la=991", (r, w) => !ScorecardChildren(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "api/tracker/", true, _ => "/api/tracker", (r, _) => Views(r) ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/tracker/export/{format}", true, _ => "/api/tracker/export/csv", (r, _) => Views(r) ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/scorecard/", true, _ => "/api/scorecard", (r, _) => Scorecard(r) ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/scorecard/children", true, _ => "/api/scorecard/children?measure=A2&laCode=991&years=3", (r, w) => !ScorecardChildren(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("GET", "api/scorecard/export/{format}", true, _ => "/api/scorecard/export/xlsx", (r, _) => Scorecard(r) ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "health", true, _ => "/health", (_, _) => Outcome.Ok, Outcome.Ok),
        new("GET", "openapi/{documentName}.json", true, _ => "/openapi/v1.json", (_, _) => Outcome.Ok, Outcome.Ok),
        new("POST", "api/token", true, _ => "/api/token", (_, _) => Outcome.BadRequest, Outcome.BadRequest),
        new("GET", "api/dashboard", true, _ => "/api/dashboard", (_, _) => Outcome.Ok, Outcome.Unauthorized),
        new("GET", "api/children/", true, _ => "/api/children", (r, _) => Views(r) ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/children/{id:guid}", true, i => $"/api/children/{i.Child}", (r, w) => !Views(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("POST", "api/children/", true, _ => "/api/children", (r, w) => Edits(r, w) ? Outcome.BadRequest : Outcome.Forbidden, Outcome.Unauthorized),
        new("PUT", "api/children/{id:guid}", true, i => $"/api/children/{i.Child}", (r, w) => !Edits(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("GET", "api/children/{id:guid}/journey", true, i => $"/api/children/{i.Child}/journey", (r, w) => !Views(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("POST", "api/children/{id:guid}/journey/events", true, i => $"/api/children/{i.Child}/journey/events", (r, w) => !RecordsJourney(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("PUT", "api/children/{id:guid}/journey/events/{eventId:guid}", true, i => $"/api/children/{i.Child}/journey/events/{i.EnteredCareEvent}", (r, w) => RecordsEnteredCare(r, w, Outcome.BadRequest, Outcome.Forbidden), Outcome.Unauthorized),
        new("DELETE", "api/children/{id:guid}/journey/events/{eventId:guid}", true, i => $"/api/children/{i.Child}/journey/events/{i.EnteredCareEvent}", (r, w) => RecordsEnteredCare(r, w, Outcome.BadRequest, Outcome.Forbidden), Outcome.Unauthorized),
        new("GET", "api/children/{id:guid}/siblings", true, i => $"/api/children/{i.Child}/siblings", (r, w) => !Views(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("POST", "api/children/{id:guid}/siblings", true, i => $"/api/children/{i.Child}/siblings", (r, w) => !Edits(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("PUT", "api/children/{id:guid}/siblings", true, i => $"/api/children/{i.Child}/siblings", (r, w) => !Edits(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("DELETE", "api/children/{id:guid}/siblings/{siblingId:guid}", true, i => $"/api/children/{i.Child}/siblings/{Guid.Empty}", (r, w) => !Edits(r, w) ? Outcome.Forbidden : Outcome.NotFound, Outcome.Unauthorized),
        new("GET", "api/children/{id:guid}/family-finder", true, i => $"/api/children/{i.Child}/family-finder", (r, w) => !Views(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("PUT", "api/children/{id:guid}/family-finder", true, i => $"/api/children/{i.Child}/family-finder", (r, w) => AllocatesFamilyFinder(r, w) ? Outcome.BadRequest : Outcome.Forbidden, Outcome.Unauthorized),
        new("DELETE", "api/children/{id:guid}/family-finder", true, i => $"/api/children/{i.Child}/family-finder", (r, w) => AllocatesFamilyFinder(r, w) ? Outcome.BadRequest : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/organisations", true, _ => "/api/organisations", (_, _) => Outcome.Ok, Outcome.Unauthorized),
        new("POST", "api/organisations", true, _ => "/api/organisations", (r, w) => r == StaffRole.Administrator && w == Who.Raa ? Outcome.BadRequest : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/users/", true, _ => "/api/users", (r, _) => r == StaffRole.Administrator ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("POST", "api/users/", true, _ => "/api/users", (r, _) => r == StaffRole.Administrator ? Outcome.BadRequest : Outcome.Forbidden, Outcome.Unauthorized),
        new("PUT", "api/users/{id}", true, i => $"/api/users/{i.UserOfOwnLa}", (r, w) => r != StaffRole.Administrator ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("GET", "returns", false, _ => "/returns", (r, _) => Returns(r) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "returns/upload", false, _ => "/returns/upload", (r, w) => UploadsReturns(r, w) ? Outcome.Ok : Outcome.Denied, Outcome.SignIn),
        new("GET", "returns/{id:guid}", false, i => $"/returns/{i.ReturnUpload}", (r, w) => !Returns(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "returns/{id:guid}/rules/{code}", false, i => $"/returns/{i.ReturnUpload}/rules/103", (r, w) => !Returns(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "returns/{id:guid}/errors.xlsx", false, i => $"/returns/{i.ReturnUpload}/errors.xlsx", (r, w) => !Returns(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "returns/{id:guid}/import", false, i => $"/returns/{i.ReturnUpload}/import", (r, w) => !UploadsReturns(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "returns/{id:guid}/reconciliation", false, i => $"/returns/{i.ReturnUpload}/reconciliation", (r, w) => !Returns(r) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("POST", "api/returns/{id:guid}/import", true, i => $"/api/returns/{i.ReturnUpload}/import", (r, w) => !UploadsReturns(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("GET", "api/returns/{id:guid}/reconciliation", true, i => $"/api/returns/{i.ReturnUpload}/reconciliation", (r, w) => !Returns(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("GET", "api/returns/", true, _ => "/api/returns", (r, _) => Returns(r) ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("POST", "api/returns/", true, _ => "/api/returns", (r, w) => UploadsReturns(r, w) ? Outcome.BadRequest : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "api/returns/{id:guid}", true, i => $"/api/returns/{i.ReturnUpload}", (r, w) => !Returns(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("GET", "api/returns/{id:guid}/errors", true, i => $"/api/returns/{i.ReturnUpload}/errors", (r, w) => !Returns(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("GET", "Adopters/Index", false, _ => "/adopters/index", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters", false, _ => "/adopters", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/new", false, _ => "/adopters/new", (r, w) => Page(EditsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/worklist", false, _ => "/adopters/worklist", (r, w) => Page(SeesWorklist(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}", false, i => $"/adopters/{i.Household}", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}/journey", false, i => $"/adopters/{i.Household}/journey", (r, w) => Page(EditsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}/checks/new", false, i => $"/adopters/{i.Household}/checks/new", (r, w) => Page(EditsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}/pauses/new", false, i => $"/adopters/{i.Household}/pauses/new", (r, w) => Page(EditsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}/pauses/{pauseId:guid}/resume", false, i => $"/adopters/{i.Household}/pauses/{Guid.Empty}/resume", (r, w) => EditsAdopters(r, w) ? Outcome.NotFound : Outcome.Denied, Outcome.SignIn),
        new("GET", "adopters/{id:guid}/letter", false, i => $"/adopters/{i.Household}/letter", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}/reviews/new", false, i => $"/adopters/{i.Household}/reviews/new", (r, w) => Page(EditsAdopters(r, w)), Outcome.SignIn),
        new("GET", "api/adopters/", true, _ => "/api/adopters", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/adopters/worklist", true, _ => "/api/adopters/worklist", (r, w) => Api(SeesWorklist(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/adopters/{id:guid}", true, i => $"/api/adopters/{i.Household}", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/adopters/{id:guid}/letter", true, i => $"/api/adopters/{i.Household}/letter", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("POST", "api/adopters/", true, _ => "/api/adopters", (r, w) => Api(EditsAdopters(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("PUT", "api/adopters/{id:guid}", true, i => $"/api/adopters/{i.Household}", (r, w) => Api(EditsAdopters(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("POST", "api/adopters/{id:guid}/checks", true, i => $"/api/adopters/{i.Household}/checks", (r, w) => Api(EditsAdopters(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("POST", "api/adopters/{id:guid}/pauses", true, i => $"/api/adopters/{i.Household}/pauses", (r, w) => Api(EditsAdopters(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("PUT", "api/adopters/{id:guid}/pauses/{pauseId:guid}", true, i => $"/api/adopters/{i.Household}/pauses/{Guid.Empty}", (r, w) => Api(EditsAdopters(r, w), Outcome.NotFound), Outcome.Unauthorized),
        new("POST", "api/adopters/{id:guid}/reviews", true, i => $"/api/adopters/{i.Household}/reviews", (r, w) => Api(EditsAdopters(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("GET", "Panels/Index", false, _ => "/panels/index", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "panels", false, _ => "/panels", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "panels/new", false, _ => "/panels/new", (r, w) => Page(RunsPanels(r, w)), Outcome.SignIn),
        new("GET", "panels/members", false, _ => "/panels/members", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "panels/{id:guid}", false, i => $"/panels/{i.Meeting}", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "panels/{id:guid}/items/{itemId:guid}/decision", false, i => $"/panels/{i.Meeting}/items/{i.Item}/decision", (r, w) => Page(Decides(r, w)), Outcome.SignIn),
        new("GET", "panels/{id:guid}/items/{itemId:guid}/letter", false, i => $"/panels/{i.Meeting}/items/{i.Item}/letter", (r, w) => Page(ViewsAdopters(r, w)), Outcome.SignIn),
        new("GET", "api/panel-members/", true, _ => "/api/panel-members", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("POST", "api/panel-members/", true, _ => "/api/panel-members", (r, w) => Api(RunsPanels(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("GET", "api/panels/", true, _ => "/api/panels", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/panels/ready", true, _ => "/api/panels/ready", (r, w) => Api(RunsPanels(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/panels/{id:guid}", true, i => $"/api/panels/{i.Meeting}", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("POST", "api/panels/", true, _ => "/api/panels", (r, w) => Api(RunsPanels(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("PUT", "api/panels/{id:guid}", true, i => $"/api/panels/{i.Meeting}", (r, w) => Api(RunsPanels(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("POST", "api/panels/{id:guid}/items", true, i => $"/api/panels/{i.Meeting}/items", (r, w) => Api(RunsPanels(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("PUT", "api/panels/{id:guid}/items/{itemId:guid}/recommendation", true, i => $"/api/panels/{i.Meeting}/items/{i.Item}/recommendation", (r, w) => Api(RunsPanels(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("POST", "api/panels/{id:guid}/items/{itemId:guid}/decision", true, i => $"/api/panels/{i.Meeting}/items/{i.Item}/decision", (r, w) => Api(Decides(r, w), Outcome.BadRequest), Outcome.Unauthorized),
        new("GET", "api/panels/{id:guid}/items/{itemId:guid}/letter", true, i => $"/api/panels/{i.Meeting}/items/{i.Item}/letter", (r, w) => Api(ViewsAdopters(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "admin/calendar", false, _ => "/admin/calendar", (r, w) => Page(r == StaffRole.Administrator && w == Who.Raa), Outcome.SignIn),
        new("GET", "api/bank-holidays/", true, _ => "/api/bank-holidays", (_, _) => Outcome.Ok, Outcome.Unauthorized),
        new("POST", "api/bank-holidays/", true, _ => "/api/bank-holidays", (r, w) => Api(r == StaffRole.Administrator && w == Who.Raa, Outcome.BadRequest), Outcome.Unauthorized),
        new("DELETE", "api/bank-holidays/{date}", true, _ => "/api/bank-holidays/2026-11-24", (r, w) => Api(r == StaffRole.Administrator && w == Who.Raa, Outcome.NotFound), Outcome.Unauthorized),
        new("GET", "adopters/funnel", false, _ => "/adopters/funnel", (r, w) => Page(SeesFunnel(r, w)), Outcome.SignIn),
        new("GET", "api/adopters/funnel", true, _ => "/api/adopters/funnel", (r, w) => Api(SeesFunnel(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "matching/links", false, _ => "/matching/links", (r, w) => Page(ViewsLinks(r, w)), Outcome.SignIn),
        new("GET", "matching/links/{linkId:guid}", false, i => $"/matching/links/{i.Link}", LinkPage, Outcome.SignIn),
        new("GET", "matching/children/{childId:guid}/links", false, i => $"/matching/children/{i.Child}/links", LinkPage, Outcome.SignIn),
        new("GET", "api/matching/links", true, _ => "/api/matching/links", (r, w) => Api(ViewsLinks(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/matching/links/{linkId:guid}", true, i => $"/api/matching/links/{i.Link}", LinkApi, Outcome.Unauthorized),
        new("GET", "api/matching/children/{childId:guid}/links", true, i => $"/api/matching/children/{i.Child}/links", LinkApi, Outcome.Unauthorized),
        new("POST", "api/matching/children/{childId:guid}/links", true, i => $"/api/matching/children/{i.Child}/links", LinkWork, Outcome.Unauthorized),
        new("POST", "api/matching/links/{linkId:guid}/visits", true, i => $"/api/matching/links/{i.Link}/visits", LinkWork, Outcome.Unauthorized),
        new("PUT", "api/matching/links/{linkId:guid}/linking-meeting", true, i => $"/api/matching/links/{i.Link}/linking-meeting", LinkWork, Outcome.Unauthorized),
        new("POST", "api/matching/links/{linkId:guid}/proceed", true, i => $"/api/matching/links/{i.Link}/proceed", LinkWork, Outcome.Unauthorized),
        new("POST", "api/matching/links/{linkId:guid}/decline", true, i => $"/api/matching/links/{i.Link}/decline", LinkWork, Outcome.Unauthorized),
        new("PUT", "api/matching/links/{linkId:guid}/fee", true, i => $"/api/matching/links/{i.Link}/fee", LinkWork, Outcome.Unauthorized),
        new("PUT", "api/matching/links/{linkId:guid}/introductions", true, i => $"/api/matching/links/{i.Link}/introductions", LinkWork, Outcome.Unauthorized),
        new("PUT", "api/matching/links/{linkId:guid}/moved-in", true, i => $"/api/matching/links/{i.Link}/moved-in", LinkWork, Outcome.Unauthorized),
        // The child's LA decision maker decides; another LA's does not find the link.
        new("POST", "api/matching/links/{linkId:guid}/decision", true, i => $"/api/matching/links/{i.Link}/decision",
            (r, w) => r != StaffRole.AgencyDecisionMaker || w == Who.Raa ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("GET", "api/audit", true, _ => "/api/audit", (r, _) => r == StaffRole.Administrator ? Outcome.Ok : Outcome.Forbidden, Outcome.Unauthorized),
        new("GET", "matching", false, _ => "/matching", (r, w) => Page(FindsFamilies(r, w)), Outcome.SignIn),
        new("GET", "matching/children/{childId:guid}", false, i => $"/matching/children/{i.WaitingChild}", (r, w) => Page(FindsFamilies(r, w)), Outcome.SignIn),
        new("GET", "matching/sufficiency", false, _ => "/matching/sufficiency", (r, w) => Page(SeesSufficiency(r, w)), Outcome.SignIn),
        new("GET", "adopters/{id:guid}/children", false, i => $"/adopters/{i.ApprovedHousehold}/children", (r, w) => Page(FindsFamilies(r, w)), Outcome.SignIn),
        new("GET", "children/{id:guid}/matching-profile", false, i => $"/children/{i.Child}/matching-profile", (r, w) => !EditsProfile(r, w) ? Outcome.Denied : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.SignIn),
        new("GET", "admin/organisations/{id:int}/centre", false, i => $"/admin/organisations/{i.OwnLaId}/centre", (r, w) => Page(r == StaffRole.Administrator && w == Who.Raa), Outcome.SignIn),
        new("GET", "api/matching/children", true, _ => "/api/matching/children", (r, w) => Api(FindsFamilies(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/matching/children/{childId:guid}", true, i => $"/api/matching/children/{i.WaitingChild}", (r, w) => Api(FindsFamilies(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/matching/households/{id:guid}/children", true, i => $"/api/matching/households/{i.ApprovedHousehold}/children", (r, w) => Api(FindsFamilies(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/matching/sufficiency", true, _ => "/api/matching/sufficiency", (r, w) => Api(SeesSufficiency(r, w), Outcome.Ok), Outcome.Unauthorized),
        new("GET", "api/children/{id:guid}/matching-profile", true, i => $"/api/children/{i.Child}/matching-profile", (r, w) => !Views(r) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.Ok, Outcome.Unauthorized),
        new("PUT", "api/children/{id:guid}/matching-profile", true, i => $"/api/children/{i.Child}/matching-profile", (r, w) => !EditsProfile(r, w) ? Outcome.Forbidden : w == Who.OtherLa ? Outcome.NotFound : Outcome.BadRequest, Outcome.Unauthorized),
        new("GET", "api/organisations/{id:int}/centre", true, i => $"/api/organisations/{i.OwnLaId}/centre", (r, w) => Api(r == StaffRole.Administrator && w == Who.Raa, Outcome.Ok), Outcome.Unauthorized),
        new("PUT", "api/organisations/{id:int}/centre", true, i => $"/api/organisations/{i.OwnLaId}/centre", (r, w) => Api(r == StaffRole.Administrator && w == Who.Raa, Outcome.BadRequest), Outcome.Unauthorized),
    ];

    [Fact]
    public void EveryEndpoint_HasARuleInTheMatrix()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var known = Routes.Select(r => r.Pattern.TrimEnd('/').ToUpperInvariant()).ToHashSet();
        var missing = sources
            .SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? "").Trim('/'))
            .Where(p => !known.Contains(p.TrimEnd('/').ToUpperInvariant()))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "Endpoints without an authorization rule: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryRoute_ForEveryRoleAndOrganisation_GivesTheExpectedOutcome()
    {
        var ids = await IdsAsync();
        var failures = new List<string>();
        foreach (var route in Routes)
        {
            Check(route, "anonymous", route.Anonymous, await SendAsync(factory.NewClient(), route, ids), failures);
        }

        foreach (var role in StaffRoles.All)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                var email = Demo.User(role, who switch { Who.OwnLa => Demo.OwnLa, Who.OtherLa => Demo.OtherLa, _ => "raa" });
                var pages = await factory.SignedInClientAsync(email);
                var api = factory.NewClient();
                api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync(email));
                foreach (var route in Routes)
                {
                    var client = route.Api && route.Pattern.StartsWith("api/", StringComparison.Ordinal) ? api : pages;
                    Check(route, $"{role} at {who}", route.Expect(role, who), await SendAsync(client, route, ids), failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Check(Route route, string who, Outcome expected, Outcome actual, List<string> failures)
    {
        if (expected != actual)
        {
            failures.Add($"{route.Method} /{route.Pattern} as {who}: expected {expected}, got {actual}");
        }
    }

    private async Task<Ids> IdsAsync()
    {
        var child = await factory.AnyChildOfAsync(Demo.OwnLa);
        await using var db = factory.SystemContext();
        var user = await db.Users.Where(u => u.UserName == Demo.User(StaffRole.ReadOnly, Demo.OwnLa)).Select(u => u.Id).SingleAsync();
        var entered = await db.ChildJourneyEvents.Where(e => e.ChildId == child && e.Type == Permanence.Domain.Children.Journey.JourneyEventType.EnteredCare).Select(e => e.Id).FirstAsync();
        var own = await db.Organisations.SingleAsync(o => o.LaCode == Demo.OwnLa);
        // A return with no children: importing it (POST .../import below) creates nothing that other tests would see.
        var upload = await Permanence.Data.Returns.ReturnUploads.StoreAsync(
            db,
            own.Id,
            new Permanence.Ssda903.CollectionYear(2026),
            [new Permanence.Data.Returns.UploadedReturnFile("header.csv", System.Text.Encoding.UTF8.GetBytes("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"), false)]
        );
        var household = await db.AdopterHouseholds.Where(h => h.OwningOrganisation!.Type == Permanence.Domain.Organisations.OrganisationType.RegionalAdoptionAgency)
            .Where(h => h.DecisionDate != null && h.Outcome == Permanence.Domain.Adopters.AdopterOutcome.Approved) // so its decision letter exists
            .OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
        var item = await db.PanelAgendaItems.Where(i => i.OwningOrganisation!.Type == Permanence.Domain.Organisations.OrganisationType.RegionalAdoptionAgency && i.Decision != null)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.MeetingId }).FirstAsync();
        var link = await db.MatchLinks.Where(l => l.OwningOrganisation!.LaCode == Demo.OwnLa).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var waiting = (await Permanence.Data.Matching.MatchingQueries.WaitingChildrenAsync(db, DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime)))
            .Where(c => c.LaCode == Demo.OwnLa).OrderBy(c => c.ChildId).First().ChildId;
        var approved = (await Permanence.Data.Matching.MatchingQueries.ApprovedHouseholdsAsync(db, own.RegionId))
            .Where(h => !h.InterAgency).OrderBy(h => h.HouseholdId).First().HouseholdId;
        return new Ids(child, user, entered, upload.Upload!.Id, household, item.MeetingId, item.Id) { WaitingChild = waiting, ApprovedHousehold = approved, OwnLaId = own.Id, Link = link };
    }

    private static async Task<Outcome> SendAsync(HttpClient client, Route route, Ids ids)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(ids));
        if (route.Method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Ok,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.BadRequest => Outcome.BadRequest,
            HttpStatusCode.Unauthorized => Outcome.Unauthorized,
            HttpStatusCode.Forbidden => route.Api ? Outcome.Forbidden : Outcome.Denied,
            HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase) => Outcome.SignIn,
            HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase) => Outcome.Denied,
            var other => throw new InvalidOperationException($"{route.Method} {route.Url(ids)} answered {(int)other} {response.Headers.Location}"),
        };
    }
}
