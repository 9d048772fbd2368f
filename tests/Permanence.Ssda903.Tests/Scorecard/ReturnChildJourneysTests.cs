using Permanence.Domain.Children.Journey;
using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Scorecard;

namespace Permanence.Ssda903.Tests.Scorecard;

public class ReturnChildJourneysTests
{
    private static EpisodeRow Ep(string child, string decom, string rne, string ls, string place, string dec, string rec) =>
        new(0, child, decom, rne, ls, "N1", place, "PR1", dec, rec, "", "XX1 1XX", "AB1 1AA", "XXXXXXX");

    private static JourneyEvent Domain(ReturnEvent e, int i) =>
        new(Guid.NewGuid(), e.Type, e.Date, i, e.Reason, AdoptedByFosterCarers: e.AdoptedByFosterCarers, MovedInWithFosterCarersOn: e.MovedInWithFosterCarersOn);

    [Fact]
    public void Events_from_generated_returns_replay_to_the_true_adoption_journeys()
    {
        var generated = ReturnGenerator.Generate(300, 2025, seed: 41, years: 3);
        var children = ReturnChildJourneys.Map(generated.Current, generated.Previous);
        var adoptedThisYear = generated.Journeys.Where(j => j.AdoptionOrder >= new DateOnly(2024, 4, 1)).ToList();
        Assert.NotEmpty(adoptedThisYear);
        var checkedCount = 0;
        foreach (var truth in adoptedThisYear)
        {
            var child = children.Single(c => c.Child == truth.ChildId);
            if (child.NotMapped.Count > 0)
            {
                continue; // entered care before the two returns given: not guessed
            }

            var dob = child.DateOfBirth!.Value;
            var journey = ChildJourney.Replay(child.Events.Select(Domain), dob, new DateOnly(2025, 11, 23));
            Assert.True(journey.IsValid, $"{truth.ChildId}: {string.Join("; ", journey.Violations.Select(v => v.Message))}");
            Assert.Equal(truth with { LocalAuthorityCode = null }, journey.AdoptionJourneys(truth.ChildId, null).Last());
            checkedCount++;
        }

        Assert.True(checkedCount >= adoptedThisYear.Count / 2, $"only {checkedCount} of {adoptedThisYear.Count} adoptions checked");
    }

    [Fact]
    public void A_period_that_began_before_the_returns_given_has_no_entered_care_event_and_says_so()
    {
        var r = new Ssda903Return();
        r.Header.Add(new(2, "7", "M", "01/01/2015", "WBRI", "", "", ""));
        r.Episodes.Add(Ep("7", "01/06/2024", "P", "C2", "U1", "", ""));

        var child = Assert.Single(ReturnChildJourneys.Map(r));

        Assert.DoesNotContain(child.Events, e => e.Type == JourneyEventType.EnteredCare);
        Assert.Contains("began before the returns given", Assert.Single(child.NotMapped), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_care_other_than_by_adoption_is_a_left_care_event_with_the_ssda903_reason()
    {
        var r = new Ssda903Return();
        r.Header.Add(new(2, "8", "F", "01/01/2015", "WBRI", "", "", ""));
        r.Episodes.Add(Ep("8", "01/06/2024", "S", "C2", "U1", "01/09/2024", "X1"));
        r.Episodes.Add(Ep("8", "01/09/2024", "P", "C2", "U2", "28/02/2025", "E4A"));

        var child = Assert.Single(ReturnChildJourneys.Map(r));

        Assert.Equal(
            [new ReturnEvent(JourneyEventType.EnteredCare, new(2024, 6, 1)), new ReturnEvent(JourneyEventType.LeftCare, new(2025, 2, 28), "SSDA903 reason episode ceased E4A")],
            child.Events);
    }
}
