using Permanence.Domain.Panels;

namespace Permanence.Domain.Tests.Panels;

public class PanelQuorumTests
{
    private static readonly PanelAttendee Chair = new(PanelRole.Chair, true, null);
    private static readonly PanelAttendee ViceChair = new(PanelRole.ViceChair, true, null);
    private static readonly PanelAttendee SeniorSocialWorker = new(PanelRole.SocialWorker, false, 3);
    private static readonly PanelAttendee JuniorSocialWorker = new(PanelRole.SocialWorker, false, 2);
    private static readonly PanelAttendee Independent = new(PanelRole.IndependentMember, true, null);
    private static readonly PanelAttendee Medical = new(PanelRole.MedicalAdviser, false, null);
    private static readonly PanelAttendee Agency = new(PanelRole.AgencyRepresentative, false, null);

    [Fact]
    public void Five_members_with_the_chair_a_social_worker_of_three_years_and_an_independent_member_are_quorate()
    {
        Assert.True(PanelQuorum.IsQuorate([Chair, SeniorSocialWorker, Independent, Medical, Agency]));
        Assert.True(PanelQuorum.IsQuorate([ViceChair, SeniorSocialWorker, Independent, Medical, Agency])); // a vice chair stands in
    }

    [Fact]
    public void Four_members_are_not_quorate_however_senior()
    {
        Assert.Equal(["At least 5 members must be present (4 recorded)"], PanelQuorum.Shortfalls([Chair, SeniorSocialWorker, Independent, Medical]));
    }

    [Fact]
    public void A_social_worker_qualified_under_three_years_does_not_count()
    {
        Assert.Equal(
            ["A social worker with at least 3 years' post-qualifying experience must be present"],
            PanelQuorum.Shortfalls([Chair, JuniorSocialWorker, Independent, Medical, Agency]));
    }

    [Fact]
    public void Without_the_chair_or_a_vice_chair_and_without_an_independent_member_both_are_named()
    {
        var shortfalls = PanelQuorum.Shortfalls([SeniorSocialWorker, JuniorSocialWorker, Medical, Agency, new PanelAttendee(PanelRole.ElectedMember, false, null)]);
        Assert.Equal(["The chair or a vice chair must be present", "An independent member must be present"], shortfalls);
    }
}
