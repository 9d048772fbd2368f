using Microsoft.AspNetCore.Authorization;
using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;

namespace Permanence.Web.Infrastructure.Auth;

/// <summary>
/// Who may do what, in one place. Every page and endpoint needs a signed-in user (the fallback
/// policy); these narrow it by role. Which organisations' records they then see is decided by
/// the data scope, not here.
/// </summary>
public static class Policies
{
    public const string ViewPersonalRecords = nameof(ViewPersonalRecords);
    public const string EditChildren = nameof(EditChildren);
    public const string Administer = nameof(Administer);
    public const string AdministerRegion = nameof(AdministerRegion);
    public const string RecordJourney = nameof(RecordJourney);
    public const string AllocateFamilyFinder = nameof(AllocateFamilyFinder);
    public const string ViewReturns = nameof(ViewReturns);
    public const string UploadReturns = nameof(UploadReturns);
    public const string ViewAdopters = nameof(ViewAdopters);
    public const string EditAdopters = nameof(EditAdopters);
    public const string AdopterWorklist = nameof(AdopterWorklist);
    public const string RunPanels = nameof(RunPanels);
    public const string ViewFunnel = nameof(ViewFunnel);
    public const string DecideAfterPanel = nameof(DecideAfterPanel);
    public const string ViewScorecard = nameof(ViewScorecard);
    public const string ViewScorecardChildren = nameof(ViewScorecardChildren);
    public const string EditMatchingProfile = nameof(EditMatchingProfile);
    public const string RankHouseholds = nameof(RankHouseholds);
    public const string ViewSufficiency = nameof(ViewSufficiency);

    /// <summary>Family finding: the RAA's family finders and its team and service managers (ADR 0062).</summary>
    public static readonly string[] FamilyFindingRoles = [nameof(StaffRole.FamilyFinder), nameof(StaffRole.TeamManager), nameof(StaffRole.ServiceManager)];

    /// <summary>The region's sufficiency gap: the RAA's service and team managers and performance officers.</summary>
    public static readonly string[] SufficiencyRoles = [nameof(StaffRole.ServiceManager), nameof(StaffRole.TeamManager), nameof(StaffRole.PerformanceOfficer)];
    public const string ViewMatchLinks = nameof(ViewMatchLinks);
    public const string ManageMatchLinks = nameof(ManageMatchLinks);
    public const string DecideMatch = nameof(DecideMatch);

    /// <summary>Family finding, linking and matching: the RAA's family finders and its team and service managers (ADR 0064).</summary>
    public static readonly string[] MatchLinkManagerRoles = [nameof(StaffRole.FamilyFinder), nameof(StaffRole.TeamManager), nameof(StaffRole.ServiceManager)];

    /// <summary>The child's LA reads its children's links (the household as presented): its social workers, team managers and agency decision makers.</summary>
    public static readonly string[] MatchLinkReaderRolesAtLa = [nameof(StaffRole.SocialWorker), nameof(StaffRole.TeamManager), nameof(StaffRole.AgencyDecisionMaker)];

    /// <summary>The Adoption Scorecard's figures: performance and management roles, the ADM, administrators and read-only members (ADR 0055).</summary>
    public static readonly string[] ScorecardRoles =
    [
        nameof(StaffRole.PerformanceOfficer), nameof(StaffRole.ServiceManager), nameof(StaffRole.TeamManager),
        nameof(StaffRole.AgencyDecisionMaker), nameof(StaffRole.Administrator), nameof(StaffRole.ReadOnly),
    ];

    /// <summary>The children behind the figures: those of the scorecard roles who see personal records.</summary>
    public static readonly string[] ScorecardChildrenRoles = ScorecardRoles.Where(r => Enum.Parse<StaffRole>(r).SeesPersonalRecords()).ToArray();

    public static readonly string[] PersonalRecordRoles = StaffRoles
        .All.Where(r => r.SeesPersonalRecords())
        .Select(r => r.ToString())
        .ToArray();

    /// <summary>Children's records are kept by their LA: its social workers and team managers.</summary>
    public static readonly string[] ChildEditorRoles = [nameof(StaffRole.SocialWorker), nameof(StaffRole.TeamManager)];

    /// <summary>A child's journey: the LA's child editors, and its agency decision makers for their decisions (ADR 0050).</summary>
    public static readonly string[] JourneyRecorderRoles = [.. ChildEditorRoles, nameof(StaffRole.AgencyDecisionMaker)];

    /// <summary>The RAA's managers allocate its family finders to children (ADR 0051).</summary>
    public static readonly string[] FamilyFinderAllocatorRoles = [nameof(StaffRole.TeamManager), nameof(StaffRole.ServiceManager)];

    /// <summary>Adopters' records belong to the RAA or a VAA; LA staff see none until matching.</summary>
    public static readonly string[] AdopterAgencyTypes =
        [nameof(OrganisationType.RegionalAdoptionAgency), nameof(OrganisationType.VoluntaryAdoptionAgency)];

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ViewAdopters, p => p.RequireAuthenticatedUser().RequireRole(PersonalRecordRoles).RequireClaim(PermanenceClaims.OrganisationType, AdopterAgencyTypes));
        options.AddPolicy(EditAdopters, p => p.RequireAuthenticatedUser().RequireRole(ChildEditorRoles).RequireClaim(PermanenceClaims.OrganisationType, AdopterAgencyTypes));
        options.AddPolicy(
            ViewFunnel,
            p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.PerformanceOfficer), nameof(StaffRole.ServiceManager)).RequireClaim(PermanenceClaims.OrganisationType, AdopterAgencyTypes)
        );
        options.AddPolicy(RunPanels, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.PanelAdviser)).RequireClaim(PermanenceClaims.OrganisationType, AdopterAgencyTypes));
        options.AddPolicy(DecideAfterPanel, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.AgencyDecisionMaker)).RequireClaim(PermanenceClaims.OrganisationType, AdopterAgencyTypes));
        options.AddPolicy(
            AdopterWorklist,
            p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.TeamManager), nameof(StaffRole.ServiceManager)).RequireClaim(PermanenceClaims.OrganisationType, AdopterAgencyTypes)
        );
        // A child's matching profile: the LA's social workers and team managers, and the RAA's family finders.
        options.AddPolicy(
            EditMatchingProfile,
            p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                (c.User.HasClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.LocalAuthority)) && ChildEditorRoles.Any(c.User.IsInRole))
                || (c.User.HasClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency)) && c.User.IsInRole(nameof(StaffRole.FamilyFinder))))
        );
        options.AddPolicy(RankHouseholds, p => p.RequireAuthenticatedUser().RequireRole(FamilyFindingRoles).RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency)));
        options.AddPolicy(ViewSufficiency, p => p.RequireAuthenticatedUser().RequireRole(SufficiencyRoles).RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency)));
        options.AddPolicy(
            ManageMatchLinks,
            p => p.RequireAuthenticatedUser().RequireRole(MatchLinkManagerRoles).RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency))
        );
        options.AddPolicy(
            ViewMatchLinks,
            p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                (c.User.HasClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency)) && MatchLinkManagerRoles.Any(c.User.IsInRole))
                || (c.User.HasClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.LocalAuthority)) && MatchLinkReaderRolesAtLa.Any(c.User.IsInRole)))
        );
        options.AddPolicy(
            DecideMatch,
            p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.AgencyDecisionMaker)).RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.LocalAuthority))
        );
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ViewPersonalRecords, p => p.RequireAuthenticatedUser().RequireRole(PersonalRecordRoles));
        options.AddPolicy(
            EditChildren,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(ChildEditorRoles)
                    .RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.LocalAuthority))
        );
        options.AddPolicy(
            RecordJourney,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(JourneyRecorderRoles)
                    .RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.LocalAuthority))
        );
        options.AddPolicy(
            AllocateFamilyFinder,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(FamilyFinderAllocatorRoles)
                    .RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency))
        );
        // SSDA903 returns: performance officers; only an LA's own officers upload and import (ADR 0040).
        options.AddPolicy(ViewReturns, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.PerformanceOfficer)));
        options.AddPolicy(
            UploadReturns,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(nameof(StaffRole.PerformanceOfficer))
                    .RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.LocalAuthority))
        );
        options.AddPolicy(ViewScorecard, p => p.RequireAuthenticatedUser().RequireRole(ScorecardRoles));
        options.AddPolicy(ViewScorecardChildren, p => p.RequireAuthenticatedUser().RequireRole(ScorecardChildrenRoles));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.Administrator)));
        options.AddPolicy(
            AdministerRegion,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(nameof(StaffRole.Administrator))
                    .RequireClaim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency))
        );
    }
}
