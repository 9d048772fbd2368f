using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;

namespace Permanence.Domain.Tests.Staff;

public class StaffRoleTests
{
    [Fact]
    public void Raa_staff_see_the_whole_region()
    {
        var visible = StaffRoles.VisibleOrganisations(
            OrganisationType.RegionalAdoptionAgency,
            1,
            [1, 2, 3, 4]
        );
        Assert.Equal([1, 2, 3, 4], visible);
    }

    [Theory]
    [InlineData(OrganisationType.LocalAuthority)]
    [InlineData(OrganisationType.VoluntaryAdoptionAgency)]
    public void La_and_vaa_staff_see_only_their_own_organisation(OrganisationType type)
    {
        Assert.Equal([3], StaffRoles.VisibleOrganisations(type, 3, [1, 2, 3, 4]));
    }

    [Theory]
    [InlineData(StaffRole.Administrator, false)]
    [InlineData(StaffRole.ReadOnly, false)]
    [InlineData(StaffRole.SocialWorker, true)]
    [InlineData(StaffRole.FamilyFinder, true)]
    [InlineData(StaffRole.PerformanceOfficer, true)]
    public void Administrators_and_read_only_members_see_no_personal_records(StaffRole role, bool sees)
    {
        Assert.Equal(sees, role.SeesPersonalRecords());
    }

    [Fact]
    public void Every_role_has_a_unique_slug_and_a_name()
    {
        Assert.Equal(StaffRoles.All.Count, StaffRoles.All.Select(r => r.Slug()).Distinct().Count());
        Assert.All(StaffRoles.All, r => Assert.False(string.IsNullOrWhiteSpace(r.DisplayName())));
    }
}
