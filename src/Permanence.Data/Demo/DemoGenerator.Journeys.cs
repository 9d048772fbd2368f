using Permanence.Data.Model.Children;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Organisations;

namespace Permanence.Data.Demo;

/// <summary>
/// The children's permanence journeys of the demo (ADR 0006): a realistic share of children at
/// every stage, three years and more of completed adoptions, each LA at its own pace, and the
/// less common paths (relinquished babies, fostering for adoption, a disruption and a new match,
/// a reversed decision made again, sibling groups). Every journey obeys the rules of
/// <see cref="ChildJourney"/>: a test replays them all.
/// </summary>
public sealed partial class DemoGenerator
{
    private enum Scenario
    {
        InCare,
        LeftCare,
        PossibleAdoption,
        ShouldBePlaced,
        AuthorityToPlace,
        Matched,
        Placed,
        Adopted,
        PlanChanged,
    }

    private enum Variant
    {
        Usual,
        Relinquished,
        FosteringForAdoption,
        Disruption,
        DecisionReversedAndMadeAgain,
    }

    /// <summary>One dated step of a journey, its day counted from entering care, and the stage it leads to.</summary>
    private sealed record Step(
        int Day,
        JourneyEventType Type,
        JourneyStage StageAfter,
        string? Reason = null,
        PermanenceRoutes Routes = PermanenceRoutes.None,
        EarlyPermanence Early = EarlyPermanence.None,
        bool ByFosterCarers = false,
        int? WithFosterCarersDay = null
    );

    // The share of each journey among the children beyond the ones every LA is given (below).
    private static readonly (Scenario Scenario, double Weight)[] ScenarioWeights =
    [
        (Scenario.InCare, 0.46), (Scenario.LeftCare, 0.08), (Scenario.PossibleAdoption, 0.05), (Scenario.ShouldBePlaced, 0.04),
        (Scenario.AuthorityToPlace, 0.06), (Scenario.Matched, 0.03), (Scenario.Placed, 0.05), (Scenario.Adopted, 0.18),
        (Scenario.PlanChanged, 0.05),
    ];

    private static readonly string[] LeftCareReasons =
    [
        "Returned home to live with parents", "Special guardianship order made to a relative", "Child arrangements order made",
        "Moved to independent living",
    ];

    private readonly Dictionary<int, string> _familyFinderOfRaa = [];
    private readonly Dictionary<int, string> _familyFinderOfLa = [];

    private void FindFamilyFinders(List<Region> regions)
    {
        foreach (var region in regions)
        {
            var raa = region.Organisations.FirstOrDefault(o => o.Type == OrganisationType.RegionalAdoptionAgency);
            if (raa is null || !_familyFinderOfRaa.TryGetValue(raa.Id, out var finder))
            {
                continue;
            }

            foreach (var la in region.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority))
            {
                _familyFinderOfLa[la.Id] = finder;
            }
        }
    }

    /// <summary>How quickly an LA moves: below 1 faster than most, above 1 slower.</summary>
    private double LaPace() => 0.65 + 0.85 * _random.Double();

    /// <summary>The last collection year (ending 31 March) that is complete on <c>today</c>.</summary>
    private int LastCompleteYearEnding => Domain.Scorecard.ScorecardCalendar.LastCompleteYearEnding(today);

    /// <summary>
    /// The next child of an LA, or a sibling group. The first children of every LA cover every
    /// tracked stage and an adoption in each of the last three complete years, so that every
    /// LA's tracker and scorecard have something to show however small the demo.
    /// </summary>
    private List<Child> NewChildren(Organisation la, int sequence, double pace)
    {
        Scenario scenario;
        int? adoptedInYearEnding = null;
        Variant variant;
        // The first child of each LA only entered care: a blank journey to record on (the browser
        // tests and a demo of the journey pages start there).
        var forced = sequence <= 10;
        if (forced)
        {
            (scenario, adoptedInYearEnding) = sequence switch
            {
                1 => (Scenario.InCare, (int?)null),
                2 => (Scenario.PossibleAdoption, null),
                3 => (Scenario.ShouldBePlaced, null),
                4 => (Scenario.AuthorityToPlace, null),
                5 => (Scenario.Matched, null),
                6 => (Scenario.Placed, null),
                7 => (Scenario.Adopted, LastCompleteYearEnding),
                8 => (Scenario.Adopted, LastCompleteYearEnding - 1),
                9 => (Scenario.Adopted, LastCompleteYearEnding - 2),
                _ => (Scenario.PlanChanged, null),
            };
            variant = Variant.Usual;
        }
        else
        {
            scenario = PickScenario();
            variant = _random.Double() switch
            {
                < 0.07 => Variant.Relinquished,
                < 0.17 => Variant.FosteringForAdoption,
                < 0.22 => Variant.Disruption,
                < 0.27 => Variant.DecisionReversedAndMadeAgain,
                _ => Variant.Usual,
            };
        }

        var first = NewChild(la, sequence);
        if (scenario == Scenario.InCare)
        {
            return [first];
        }

        if (scenario == Scenario.LeftCare)
        {
            var left = first.DateEnteredCare.AddDays(_random.Number(30, 900));
            if (left <= today)
            {
                AddEvent(first, new Step(left.DayNumber - first.DateEnteredCare.DayNumber, JourneyEventType.LeftCare, JourneyStage.LeftCare, _random.ArrayElement(LeftCareReasons)));
            }

            return [first];
        }

        var steps = scenario == Scenario.PlanChanged ? PlanChangedSteps() : AdoptionSteps(variant, pace);
        var (entered, stepsKept) = scenario switch
        {
            Scenario.Adopted => AdoptedEntry(steps, adoptedInYearEnding),
            Scenario.PlanChanged => (today.AddDays(-_random.Number(steps[^2].Day, steps[^1].Day + 300)), steps.Count),
            _ => WaitingEntry(steps, Tracked(scenario)),
        };
        var kept = steps.Take(stepsKept).Where(s => entered.AddDays(s.Day) <= today).ToList();

        // Siblings: about one adoption journey in eight is a group of two or three (never for the
        // children every LA is given, so those stay one per stage).
        var children = new List<Child> { first };
        if (!forced && variant != Variant.Relinquished && _random.Double() < 0.12)
        {
            var group = new SiblingGroup { Id = _random.Guid(), OwningOrganisationId = la.Id, PlaceTogether = _random.Double() < 0.75 };
            var size = _random.Double() < 0.8 ? 2 : 3;
            for (var s = 1; s < size; s++)
            {
                var sibling = NewChild(la, sequence + s);
                sibling.FamilyName = first.FamilyName;
                children.Add(sibling);
            }

            foreach (var child in children)
            {
                child.SiblingGroupId = group.Id;
                child.SiblingGroup = group;
            }
        }

        for (var c = 0; c < children.Count; c++)
        {
            var child = children[c];
            // The eldest first: each sibling is one to three years older than the one before.
            var ageAtEntry = c == 0 ? AgeAtEntryDays(variant) : AgeAtEntryDays(variant) + 365 * c + _random.Number(0, 700);
            child.DateOfBirth = entered.AddDays(-ageAtEntry);
            child.DateEnteredCare = entered;
            child.JourneyEvents.Clear();
            var own = kept;
            if (c > 0 && child.SiblingGroup is { PlaceTogether: true } && kept.Count > 0 && kept[^1].Type == JourneyEventType.AdoptionOrder)
            {
                // Placed together, adopted on different days: the court heard each child's case separately.
                var order = kept[^1];
                var shift = _random.Number(1, 20);
                var day = entered.AddDays(order.Day + shift) <= today ? order.Day + shift : order.Day - shift;
                own = [.. kept.Take(kept.Count - 1), order with { Day = day }];
            }
            else if (c > 0 && child.SiblingGroup is { PlaceTogether: false })
            {
                // Placed apart: each sibling's family is found on its own timetable, so the sibling
                // may be further on or further behind; only what has happened by today is kept.
                own = AdoptionSteps(Variant.Usual, pace).Where(s => entered.AddDays(s.Day) <= today).ToList();
            }

            foreach (var step in own)
            {
                AddEvent(child, step);
            }

            if (own.FirstOrDefault(s => s.Type == JourneyEventType.IdentifiedForAdoption) is { } identified
                && _familyFinderOfLa.TryGetValue(la.Id, out var finder))
            {
                var allocated = entered.AddDays(identified.Day + _random.Number(0, 14));
                child.FamilyFinderId = finder;
                child.FamilyFinderAllocatedOn = allocated <= today ? allocated : today;
            }
        }

        return children;
    }

    private Scenario PickScenario()
    {
        var p = _random.Double();
        foreach (var (scenario, weight) in ScenarioWeights)
        {
            p -= weight;
            if (p <= 0)
            {
                // National scale: about 2,500 children waiting for a family across England, as in
                // the DfE's figures, rather than one in ten of every LA's children.
                if (scale == DemoScale.National && scenario is Scenario.ShouldBePlaced or Scenario.AuthorityToPlace && _random.Double() < 0.75)
                {
                    return Scenario.InCare;
                }

                return scenario;
            }
        }

        return Scenario.InCare;
    }

    private static JourneyStage Tracked(Scenario scenario) =>
        scenario switch
        {
            Scenario.PossibleAdoption => JourneyStage.PossibleAdoption,
            Scenario.ShouldBePlaced => JourneyStage.ShouldBePlaced,
            Scenario.AuthorityToPlace => JourneyStage.AuthorityToPlace,
            Scenario.Matched => JourneyStage.Matched,
            _ => JourneyStage.PlacedForAdoption,
        };

    /// <summary>Most children adopted come into care as babies or toddlers; relinquished babies within weeks of birth.</summary>
    private int AgeAtEntryDays(Variant variant) =>
        variant == Variant.Relinquished ? _random.Number(0, 30)
        : _random.Double() switch
        {
            < 0.45 => _random.Number(0, 60),
            < 0.85 => _random.Number(61, 730),
            _ => _random.Number(731, 1800),
        };

    /// <summary>Entered care so that the adoption order falls in the given collection year, or in the last five years.</summary>
    private (DateOnly Entered, int StepsKept) AdoptedEntry(List<Step> steps, int? yearEnding)
    {
        var (from, to) = yearEnding is { } y ? (new DateOnly(y - 1, 4, 1), new DateOnly(y, 3, 31)) : (today.AddYears(-5), today);
        var order = from.AddDays(_random.Number(0, to.DayNumber - from.DayNumber));
        return (order.AddDays(-steps[^1].Day), steps.Count);
    }

    /// <summary>
    /// Entered care so that today falls while the child is at <paramref name="stage"/>: on or after
    /// the step that last led there, before the next step that leads elsewhere (which is left out).
    /// </summary>
    private (DateOnly Entered, int StepsKept) WaitingEntry(List<Step> steps, JourneyStage stage)
    {
        var at = -1;
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].StageAfter == stage && steps[i - 1].StageAfter != stage)
            {
                at = i;
            }
        }

        var next = steps.FindIndex(at + 1, s => s.StageAfter != stage);
        var start = steps[at].Day;
        var end = next < 0 ? start + 200 : steps[next].Day - 1;
        var day = start + _random.Number(0, Math.Max(0, end - start));
        return (today.AddDays(-day), next < 0 ? steps.Count : next);
    }

    private int Days(int min, int max, double pace) => (int)Math.Round(_random.Number(min, max) * pace);

    /// <summary>A whole adoption journey, day by day from entering care, up to the adoption order.</summary>
    private List<Step> AdoptionSteps(Variant variant, double pace)
    {
        var steps = new List<Step> { new(0, JourneyEventType.EnteredCare, JourneyStage.InCare) };
        var relinquished = variant == Variant.Relinquished;
        if (!relinquished)
        {
            steps.Add(new(_random.Number(0, 20), JourneyEventType.CareProceedingsIssued, JourneyStage.InCare));
        }

        var identified = _random.Number(15, 60) + Days(5, 60, pace);
        steps.Add(new(identified, JourneyEventType.IdentifiedForAdoption, JourneyStage.PossibleAdoption));
        var early = variant == Variant.FosteringForAdoption ? EarlyPermanence.FosteringForAdoption : EarlyPermanence.None;
        var plan = identified + _random.Number(0, 30);
        var routes = relinquished ? PermanenceRoutes.Adoption
            : PermanenceRoutes.Adoption | (_random.Bool() ? PermanenceRoutes.ReturnHome : PermanenceRoutes.SpecialGuardianship);
        steps.Add(new(plan, JourneyEventType.PermanencePlanMade, JourneyStage.PossibleAdoption, Routes: routes, Early: early));

        var decision = plan + (relinquished ? _random.Number(20, 60) : Days(60, 200, pace));
        if (variant == Variant.DecisionReversedAndMadeAgain)
        {
            steps.Add(new(decision, JourneyEventType.ShouldBePlacedDecision, JourneyStage.ShouldBePlaced));
            var reversed = decision + _random.Number(20, 70);
            steps.Add(new(reversed, JourneyEventType.ShouldBePlacedDecisionReversed, JourneyStage.InCare, "A parent's new partner was assessed as a possible carer"));
            var again = reversed + _random.Number(40, 120);
            steps.Add(new(again, JourneyEventType.IdentifiedForAdoption, JourneyStage.PossibleAdoption));
            decision = again + _random.Number(1, 30);
        }

        steps.Add(new(decision, JourneyEventType.ShouldBePlacedDecision, JourneyStage.ShouldBePlaced));
        int authority;
        if (relinquished)
        {
            authority = decision + _random.Number(0, 20);
            steps.Add(new(authority, JourneyEventType.ParentalConsentToPlacement, JourneyStage.AuthorityToPlace));
        }
        else
        {
            authority = decision + Days(14, 90, pace);
            steps.Add(new(authority, JourneyEventType.CareProceedingsConcluded, JourneyStage.ShouldBePlaced));
            steps.Add(new(authority, JourneyEventType.PlacementOrderGranted, JourneyStage.AuthorityToPlace));
        }

        // Waiting for a family: most within four months, a long tail of children waiting far longer.
        var match = authority + (_random.Double() < 0.18 ? _random.Number(150, 420) : Days(10, 150, pace));
        if (early != EarlyPermanence.None)
        {
            // Fostering for adoption: the child already lives with the carers who go on to adopt.
            match = authority + _random.Number(5, 60);
            steps.Add(new(match, JourneyEventType.MatchDecision, JourneyStage.Matched));
            var placed = match + _random.Number(0, 7);
            var withCarers = Math.Min(placed, plan + _random.Number(0, 20));
            steps.Add(new(placed, JourneyEventType.MovedInWithAdopters, JourneyStage.PlacedForAdoption, ByFosterCarers: true, WithFosterCarersDay: withCarers));
            return Finish(steps, placed);
        }

        steps.Add(new(match, JourneyEventType.MatchDecision, JourneyStage.Matched));
        var movedIn = match + _random.Number(7, 35);
        steps.Add(new(movedIn, JourneyEventType.MovedInWithAdopters, JourneyStage.PlacedForAdoption));
        if (variant == Variant.Disruption)
        {
            var disrupted = movedIn + _random.Number(30, 200);
            steps.Add(new(disrupted, JourneyEventType.Disruption, JourneyStage.AuthorityToPlace, "The placement broke down: the adopters could not meet the child's needs"));
            var newMatch = disrupted + _random.Number(60, 240);
            steps.Add(new(newMatch, JourneyEventType.MatchDecision, JourneyStage.Matched));
            movedIn = newMatch + _random.Number(7, 35);
            steps.Add(new(movedIn, JourneyEventType.MovedInWithAdopters, JourneyStage.PlacedForAdoption));
        }

        return Finish(steps, movedIn);
    }

    private List<Step> Finish(List<Step> steps, int movedIn)
    {
        var application = movedIn + _random.Number(70, 200);
        steps.Add(new(application, JourneyEventType.AdoptionApplication, JourneyStage.PlacedForAdoption));
        steps.Add(new(application + _random.Number(50, 160), JourneyEventType.AdoptionOrder, JourneyStage.Adopted));
        return steps;
    }

    /// <summary>Twin-track planning that ended in another route: sometimes after a decision that was then reversed.</summary>
    private List<Step> PlanChangedSteps()
    {
        var steps = new List<Step>
        {
            new(0, JourneyEventType.EnteredCare, JourneyStage.InCare),
            new(_random.Number(0, 20), JourneyEventType.CareProceedingsIssued, JourneyStage.InCare),
        };
        var identified = _random.Number(20, 120);
        steps.Add(new(identified, JourneyEventType.IdentifiedForAdoption, JourneyStage.PossibleAdoption));
        var plan = identified + _random.Number(0, 30);
        steps.Add(new(plan, JourneyEventType.PermanencePlanMade, JourneyStage.PossibleAdoption, Routes: PermanenceRoutes.Adoption | PermanenceRoutes.SpecialGuardianship));
        var changed = plan + _random.Number(40, 200);
        if (_random.Double() < 0.4)
        {
            var decision = plan + _random.Number(30, 120);
            steps.Add(new(decision, JourneyEventType.ShouldBePlacedDecision, JourneyStage.ShouldBePlaced));
            var reversed = decision + _random.Number(20, 90);
            steps.Add(new(reversed, JourneyEventType.ShouldBePlacedDecisionReversed, JourneyStage.InCare, "The court did not make a placement order"));
            changed = reversed + _random.Number(1, 30);
        }

        steps.Add(new(changed, JourneyEventType.PlanChanged, JourneyStage.PlanChanged, "A grandparent was assessed positively as a special guardian", PermanenceRoutes.SpecialGuardianship));
        steps.Add(new(changed + _random.Number(60, 200), JourneyEventType.LeftCare, JourneyStage.LeftCare, "Special guardianship order made to a relative"));
        return steps;
    }

    private void AddEvent(Child child, Step step)
    {
        var date = child.DateEnteredCare.AddDays(step.Day);
        if (step.Type == JourneyEventType.EnteredCare && child.JourneyEvents.Count > 0)
        {
            return;
        }

        child.JourneyEvents.Add(
            new ChildJourneyEvent
            {
                Id = _random.Guid(),
                ChildId = child.Id,
                OwningOrganisationId = child.OwningOrganisationId,
                Type = step.Type,
                Date = date,
                Sequence = child.JourneyEvents.Count + 1,
                Reason = step.Reason,
                Routes = step.Routes,
                EarlyPermanence = step.Early,
                AdoptedByFosterCarers = step.ByFosterCarers,
                MovedInWithFosterCarersOn = step.WithFosterCarersDay is { } d ? child.DateEnteredCare.AddDays(d) : null,
            }
        );
    }
}
