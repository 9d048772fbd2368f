using System.Globalization;
using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;

namespace Permanence.Domain.Matching;

/// <summary>
/// Ranks approved households for a child (or a sibling group placed together) and the other way
/// round. Hard rules exclude; soft considerations score. See docs/adr/0060.
/// </summary>
public static class MatchRanker
{
    public const string NotScored = "Not scored: ";

    /// <summary>
    /// Every household is in exactly one of Ranked (passes every hard rule; ordered by Score
    /// descending, then the household waiting longest since approval, then name) or Excluded
    /// (every hard rule with its result, so the failing ones can be shown; ordered by name).
    /// </summary>
    public static MatchRanking Rank(
        PlacementRequest request,
        IReadOnlyList<HouseholdForMatching> households,
        MatchingWeights weights,
        DateOnly today
    )
    {
        var ages = AgesOf(request, today);
        // Parallel arrays rather than a list of tuples: at national scale a list of 3,000 tuples
        // lands on the large object heap and costs a full collection now and then.
        var count = households.Count;
        var passing = new int[count];
        var scores = new double[count];
        var hardRules = new HardRuleResult[count][];
        var softScores = new SoftScore[count][];
        var ranked = 0;
        var excluded = new List<ExcludedHousehold>();
        // A hard rule's result depends only on the part of the range it reads, and thousands of
        // households share ranges: each distinct answer is worded once per ranking.
        var byAgeRange = new Dictionary<(int, int), HardRuleResult>();
        var byNumber = new Dictionary<(int, int), HardRuleResult>();
        var bySiblings = new Dictionary<bool, HardRuleResult>();
        var byNeeds = new Dictionary<int, HardRuleResult>();
        var words = new SoftWords();
        for (var h = 0; h < count; h++)
        {
            var household = households[h];
            var needsMask = RequestShape.NeedsMaskOf(household.NeedsCanMeet);
            HardRuleResult[] hard =
            [
                Cached(byAgeRange, (household.MinimumAgeYears, household.MaximumAgeYears), (request, ages, household), static s => AgeRule(s.request, s.ages, s.household)),
                Cached(byNumber, (household.MinimumChildren, household.MaximumChildren), (request, household), static s => NumberRule(s.request, s.household)),
                Cached(bySiblings, household.SiblingGroups, (request, household), static s => SiblingRule(s.request, s.household)),
                Cached(byNeeds, needsMask, (request, household), static s => NeedsRule(s.request, s.household)),
            ];
            if (hard[0].Passed && hard[1].Passed && hard[2].Passed && hard[3].Passed)
            {
                var soft = SoftScores(request, household, weights, today, words);
                passing[ranked] = h;
                scores[h] = Total(soft);
                hardRules[h] = hard;
                softScores[h] = soft;
                ranked++;
            }
            else
            {
                excluded.Add(new ExcludedHousehold(household, hard));
            }
        }

        var order = passing.AsSpan(0, ranked);
        order.Sort((a, b) => CompareRanked(households[a], scores[a], households[b], scores[b]));
        excluded.Sort((a, b) => CompareNames(a.Household, b.Household));
        var places = new RankedHousehold[ranked];
        for (var i = 0; i < ranked; i++)
        {
            var h = order[i];
            places[i] = new RankedHousehold(i + 1, households[h], scores[h], hardRules[h], softScores[h]);
        }

        return new MatchRanking(places, excluded);
    }

    /// <summary>
    /// The hard rules as one yes/no, with no explanations and no allocation: the same answer as
    /// <see cref="Rank"/> gives (the sufficiency table calls it millions of times).
    /// </summary>
    public static bool MeetsHardRules(PlacementRequest request, HouseholdForMatching household, DateOnly today)
    {
        // The cheap rules first; the same rules as RequestShape.MetBy, without building the shape.
        var children = request.Children;
        var count = children.Count;
        if (count < household.MinimumChildren || count > household.MaximumChildren || (count > 1 && !household.SiblingGroups))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var age = AgeOf(children[i], today);
            if (age < household.MinimumAgeYears || age > household.MaximumAgeYears) return false;
        }

        for (var i = 0; i < count; i++)
        {
            var needs = children[i].Needs;
            if (needs.Count == 0) continue;
            var canMeet = household.NeedsCanMeet;
            if (canMeet.Count < needs.Count) return false;
            foreach (var need in MatchingNames.AllNeeds)
            {
                if (needs.Contains(need) && !canMeet.Contains(need)) return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The reverse ranking: the waiting requests the household passes every hard rule for, best
    /// first (score descending, then the child waiting longest since entering care, then name).
    /// </summary>
    public static IReadOnlyList<ChildFit> ChildrenFor(
        HouseholdForMatching household,
        IReadOnlyList<PlacementRequest> waiting,
        MatchingWeights weights,
        DateOnly today
    )
    {
        var householdNeeds = RequestShape.NeedsMaskOf(household.NeedsCanMeet);
        var fits = new List<ChildFit>();
        foreach (var request in waiting)
        {
            if (RequestShape.Of(request, today).MetBy(household, householdNeeds))
            {
                var soft = SoftScores(request, household, weights, today, words: null);
                fits.Add(new ChildFit(request, Total(soft), soft));
            }
        }

        fits.Sort(
            (a, b) =>
            {
                var byScore = b.Score.CompareTo(a.Score);
                if (byScore != 0) return byScore;
                var byWait = a.Request.EnteredCare.CompareTo(b.Request.EnteredCare);
                if (byWait != 0) return byWait;
                var byName = string.Compare(a.Request.Children[0].Name, b.Request.Children[0].Name, StringComparison.OrdinalIgnoreCase);
                if (byName != 0) return byName;
                var exact = string.CompareOrdinal(a.Request.Children[0].Name, b.Request.Children[0].Name);
                return exact != 0 ? exact : a.Request.LeadChildId.CompareTo(b.Request.LeadChildId);
            }
        );
        return fits;
    }

    private static int CompareRanked(HouseholdForMatching a, double scoreA, HouseholdForMatching b, double scoreB)
    {
        var byScore = scoreB.CompareTo(scoreA);
        if (byScore != 0) return byScore;
        var byWait = a.ApprovedOn.CompareTo(b.ApprovedOn); // approved earlier = waiting longer
        return byWait != 0 ? byWait : CompareNames(a, b);
    }

    private static int CompareNames(HouseholdForMatching a, HouseholdForMatching b)
    {
        var byName = string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
        if (byName != 0) return byName;
        var exact = string.CompareOrdinal(a.Name, b.Name);
        return exact != 0 ? exact : a.HouseholdId.CompareTo(b.HouseholdId);
    }

    // Rounded so that households whose points differ only by floating-point noise tie, and the
    // tie-breaks (waiting time, name) decide, as the page says they do.
    private static double Total(SoftScore[] soft)
    {
        var total = 0.0;
        foreach (var s in soft) total += s.Points;
        return Math.Round(total, 6);
    }

    internal static int AgeOf(ChildForMatching child, DateOnly today) =>
        // A date of birth after today is bad data; counting the child as under 1 keeps the page up.
        today < child.DateOfBirth ? 0 : Age.InYears(child.DateOfBirth, today);

    private static int[] AgesOf(PlacementRequest request, DateOnly today)
    {
        var ages = new int[request.Children.Count];
        for (var i = 0; i < ages.Length; i++) ages[i] = AgeOf(request.Children[i], today);
        return ages;
    }

    // ---- hard rules, with explanations ----

    // The state is passed through (not captured) so that a cache hit allocates nothing.
    private static TResult Cached<TKey, TState, TResult>(Dictionary<TKey, TResult> cache, TKey key, TState state, Func<TState, TResult> word)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var result))
        {
            result = word(state);
            cache[key] = result;
        }

        return result;
    }

    private static HardRuleResult AgeRule(PlacementRequest request, int[] ages, HouseholdForMatching household)
    {
        var outside = new List<string>();
        var all = new List<string>();
        for (var i = 0; i < ages.Length; i++)
        {
            var text = $"{Who(request, i)} is {AgeText(ages[i])}";
            all.Add(text);
            if (ages[i] < household.MinimumAgeYears || ages[i] > household.MaximumAgeYears) outside.Add(text);
        }

        var range = household.MinimumAgeYears == household.MaximumAgeYears
            ? $"aged {household.MinimumAgeYears}"
            : $"aged {household.MinimumAgeYears} to {household.MaximumAgeYears}";
        var passed = outside.Count == 0;
        return new HardRuleResult(
            HardRule.AgeInRange,
            passed,
            $"{Sentence(passed ? all : outside)}; the household is approved for children {range}"
        );
    }

    private static HardRuleResult NumberRule(PlacementRequest request, HouseholdForMatching household)
    {
        var count = request.Children.Count;
        var passed = count >= household.MinimumChildren && count <= household.MaximumChildren;
        var range = household.MinimumChildren == household.MaximumChildren
            ? Children(household.MinimumChildren)
            : $"{household.MinimumChildren} to {household.MaximumChildren} children";
        var what = count == 1 ? "1 child to be placed" : $"{count} children to be placed together";
        return new HardRuleResult(HardRule.NumberOfChildren, passed, $"{Capital(what)}; the household is approved for {range}");
    }

    private static HardRuleResult SiblingRule(PlacementRequest request, HouseholdForMatching household)
    {
        var count = request.Children.Count;
        if (count < 2)
        {
            return new HardRuleResult(HardRule.SiblingGroup, true, "Not a sibling group");
        }

        return household.SiblingGroups
            ? new HardRuleResult(HardRule.SiblingGroup, true, $"A sibling group of {count}; the household can take a sibling group")
            : new HardRuleResult(HardRule.SiblingGroup, false, $"A sibling group of {count}; the household is not approved for a sibling group");
    }

    private static HardRuleResult NeedsRule(PlacementRequest request, HouseholdForMatching household)
    {
        var missing = new List<string>();
        var met = new List<string>();
        for (var i = 0; i < request.Children.Count; i++)
        {
            var child = request.Children[i];
            var cannot = MatchingNames.AllNeeds.Where(n => child.Needs.Contains(n) && !household.NeedsCanMeet.Contains(n)).ToList();
            var can = MatchingNames.AllNeeds.Where(n => child.Needs.Contains(n) && household.NeedsCanMeet.Contains(n)).ToList();
            if (cannot.Count > 0) missing.Add($"{Whose(request, i)} {NeedsText(cannot)}");
            if (can.Count > 0) met.Add($"{Whose(request, i)} {NeedsText(can)}");
        }

        if (missing.Count > 0)
        {
            return new HardRuleResult(HardRule.NeedsCanBeMet, false, $"The household is not approved to meet {Sentence(missing)}");
        }

        return met.Count == 0
            ? new HardRuleResult(HardRule.NeedsCanBeMet, true, request.Children.Count == 1 ? $"No needs are recorded for {Who(request, 0, capital: false)}" : "No needs are recorded for the children")
            : new HardRuleResult(HardRule.NeedsCanBeMet, true, $"The household can meet {Sentence(met)}");
    }

    // ---- soft considerations ----

    /// <summary>Soft scores already worked out in this ranking, keyed by exactly what each one reads of the household.</summary>
    private sealed class SoftWords
    {
        public readonly Dictionary<string, SoftScore> Heritage = new(StringComparer.Ordinal);
        public readonly Dictionary<string, SoftScore> Religion = new(StringComparer.Ordinal);
        public readonly Dictionary<string, SoftScore> Language = new(StringComparer.Ordinal);
        public readonly Dictionary<int, SoftScore> TimeWaiting = [];
        public readonly Dictionary<bool, SoftScore> OwnLocalAuthority = [];
        public readonly Dictionary<bool, SoftScore> EarlyPermanence = [];
        /// <summary>Distance explanations by whole kilometres (-1 = under 1 km) and whether beyond the maximum.</summary>
        public readonly Dictionary<(long, bool), string> DistanceText = [];
    }

    private static string SetKey(IReadOnlySet<string> values) =>
        values.Count switch
        {
            0 => "",
            1 => values.First(),
            2 => TwoKey(values),
            _ => string.Join("\u001f", values.Order(StringComparer.Ordinal)),
        };

    private static string TwoKey(IReadOnlySet<string> values)
    {
        using var e = values.GetEnumerator();
        e.MoveNext();
        var a = e.Current;
        e.MoveNext();
        var b = e.Current;
        return string.CompareOrdinal(a, b) <= 0 ? a + "\u001f" + b : b + "\u001f" + a;
    }

    private static SoftScore[] SoftScores(PlacementRequest request, HouseholdForMatching household, MatchingWeights weights, DateOnly today, SoftWords? words) =>
        words is null
            ? [
                Heritage(request, household, weights.Heritage),
                Religion(request, household, weights.Religion),
                Language(request, household, weights.Language),
                Distance(request, household, weights, words: null),
                OwnLocalAuthority(request, household, weights.OwnLocalAuthority),
                TimeWaiting(household, weights, today),
                EarlyPermanenceScore(request, household, weights.EarlyPermanence),
            ]
            : [
                Cached(words.Heritage, SetKey(household.EthnicityCodes), (request, household, weights), static s => Heritage(s.request, s.household, s.weights.Heritage)),
                Cached(words.Religion, household.Religion ?? "", (request, household, weights), static s => Religion(s.request, s.household, s.weights.Religion)),
                Cached(words.Language, SetKey(household.Languages), (request, household, weights), static s => Language(s.request, s.household, s.weights.Language)),
                Distance(request, household, weights, words),
                Cached(
                    words.OwnLocalAuthority,
                    household.LivesInLocalAuthorityId == request.LocalAuthorityId,
                    (request, household, weights),
                    static s => OwnLocalAuthority(s.request, s.household, s.weights.OwnLocalAuthority)
                ),
                Cached(words.TimeWaiting, household.ApprovedOn.DayNumber, (household, weights, today), static s => TimeWaiting(s.household, s.weights, s.today)),
                Cached(
                    words.EarlyPermanence,
                    household.EarlyPermanenceApproved,
                    (request, household, weights),
                    static s => EarlyPermanenceScore(s.request, s.household, s.weights.EarlyPermanence)
                ),
            ];

    private static SoftScore Scored(SoftConsideration consideration, double weight, double fraction, string explanation) =>
        new(consideration, weight, fraction, weight * fraction, explanation);

    private static SoftScore NotScoredBecause(SoftConsideration consideration, string why) =>
        // "Not scored: the child's ethnicity is not known", but "Not scored: Ruby's ethnicity is not known".
        new(consideration, 0, 0, 0, NotScored + (why.StartsWith("The child", StringComparison.Ordinal) || why.StartsWith("Child ", StringComparison.Ordinal) ? Lower(why) : why));

    // Siblings are scored child by child; the fraction is the mean over the children it applies to.
    private static SoftScore PerChild(
        SoftConsideration consideration,
        double weight,
        PlacementRequest request,
        Func<int, (double? Fraction, string Explanation)> score
    )
    {
        var total = 0.0;
        var scored = 0;
        var notes = new List<string>(request.Children.Count);
        for (var i = 0; i < request.Children.Count; i++)
        {
            var (fraction, explanation) = score(i);
            notes.Add(explanation);
            if (fraction is { } f)
            {
                total += f;
                scored++;
            }
        }

        var text = string.Join("; ", notes);
        return scored == 0 ? NotScoredBecause(consideration, text) : Scored(consideration, weight, total / scored, text);
    }

    private static SoftScore Heritage(PlacementRequest request, HouseholdForMatching household, double weight) =>
        PerChild(
            SoftConsideration.Heritage,
            weight,
            request,
            i =>
            {
                var child = Ethnicity.FromCode(request.Children[i].EthnicityCode);
                if (child is null || child.Group == EthnicGroup.NotKnown)
                {
                    return (null, child is null
                        ? $"{Whose(request, i, capital: true)} ethnicity is not recorded"
                        : $"{Whose(request, i, capital: true)} ethnicity is not known ({child.Description})");
                }

                Ethnicity? partly = null;
                foreach (var code in household.EthnicityCodes)
                {
                    var adult = Ethnicity.FromCode(code);
                    if (adult is null || adult.Group == EthnicGroup.NotKnown) continue;
                    if (adult.Code == child.Code) return (1.0, $"Shares {Whose(request, i)} heritage ({child.Description})");
                    if (adult.Group == child.Group || MixedHeritages(child.Code).Contains(adult.Group)) partly ??= adult;
                }

                return partly is not null
                    ? (0.5, $"Partly shares {Whose(request, i)} heritage ({child.Description}): an adult's heritage is {partly.Description}")
                    : (0.0, $"No adult shares {Whose(request, i)} heritage ({child.Description})");
            }
        );

    /// <summary>The groups a Mixed heritage code is made of ("White and Black Caribbean" is White and Black).</summary>
    internal static EthnicGroup[] MixedHeritages(string code) =>
        code switch
        {
            "MWBC" or "MWBA" => [EthnicGroup.White, EthnicGroup.Black],
            "MWAS" => [EthnicGroup.White, EthnicGroup.Asian],
            _ => [],
        };

    private static SoftScore Religion(PlacementRequest request, HouseholdForMatching household, double weight) =>
        PerChild(
            SoftConsideration.Religion,
            weight,
            request,
            i =>
            {
                var religion = request.Children[i].Religion?.Trim();
                if (string.IsNullOrEmpty(religion)) return (null, $"{Who(request, i)} has no religion recorded");
                if (string.Equals(religion, household.Religion?.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return (1.0, $"Shares {Whose(request, i)} religion ({religion})");
                }

                return (0.0, string.IsNullOrWhiteSpace(household.Religion)
                    ? $"{Whose(request, i, capital: true)} religion is {religion}; the household has no religion recorded"
                    : $"{Whose(request, i, capital: true)} religion is {religion}; the household's is {household.Religion.Trim()}");
            }
        );

    private static SoftScore Language(PlacementRequest request, HouseholdForMatching household, double weight) =>
        PerChild(
            SoftConsideration.Language,
            weight,
            request,
            i =>
            {
                var language = request.Children[i].FirstLanguage?.Trim();
                if (string.IsNullOrEmpty(language)) return (null, $"{Whose(request, i, capital: true)} first language is not recorded");
                if (household.Languages.Any(l => string.Equals(l.Trim(), language, StringComparison.OrdinalIgnoreCase)))
                {
                    return (1.0, $"Speaks {Whose(request, i)} first language ({language})");
                }

                var spoken = household.Languages.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Order(StringComparer.OrdinalIgnoreCase).ToList();
                return (0.0, spoken.Count == 0
                    ? $"{Whose(request, i, capital: true)} first language is {language}; the household has no languages recorded"
                    : $"{Whose(request, i, capital: true)} first language is {language}; the household speaks {Sentence(spoken)}");
            }
        );

    private static SoftScore Distance(PlacementRequest request, HouseholdForMatching household, MatchingWeights weights, SoftWords? words)
    {
        if (household.Location is not { } home) return NotScoredBecause(SoftConsideration.Distance, "where the household lives is not recorded");
        if (request.LocalAuthorityCentre is not { } centre)
        {
            return NotScoredBecause(SoftConsideration.Distance, "the centre of the child's local authority is not recorded");
        }

        var km = home.KilometresTo(centre);
        var fraction = Math.Max(0, 1 - km / weights.MaximumDistanceKm);
        var text = words is null
            ? DistanceText(km, fraction == 0, weights)
            : Cached(words.DistanceText, (km < 1 ? -1 : (long)Math.Round(km, MidpointRounding.AwayFromZero), fraction == 0), (km, beyond: fraction == 0, weights), static s => DistanceText(s.km, s.beyond, s.weights));
        return Scored(SoftConsideration.Distance, weights.Distance, fraction, text);
    }

    private static string DistanceText(double km, bool beyondMaximum, MatchingWeights weights)
    {
        var about = km < 1 ? "Less than 1 km" : $"About {Math.Round(km, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} km";
        var beyond = beyondMaximum ? $" (beyond {weights.MaximumDistanceKm.ToString("0.#", CultureInfo.InvariantCulture)} km scores nothing)" : "";
        return $"{about} from the child's local authority{beyond}";
    }

    private static SoftScore OwnLocalAuthority(PlacementRequest request, HouseholdForMatching household, double weight)
    {
        if (!request.AvoidOwnLocalAuthority)
        {
            return NotScoredBecause(SoftConsideration.OwnLocalAuthority, "the plan does not ask for a family outside the child's own local authority");
        }

        return household.LivesInLocalAuthorityId == request.LocalAuthorityId
            ? Scored(SoftConsideration.OwnLocalAuthority, weight, 0, "Lives in the child's own local authority, which the plan says to avoid")
            : Scored(SoftConsideration.OwnLocalAuthority, weight, 1, "Lives outside the child's own local authority, as the plan asks");
    }

    private static SoftScore TimeWaiting(HouseholdForMatching household, MatchingWeights weights, DateOnly today)
    {
        var days = Math.Max(0, today.DayNumber - household.ApprovedOn.DayNumber);
        var fraction = Math.Min(1.0, (double)days / weights.WaitingCapDays);
        var ago = days switch
        {
            0 => "Approved today",
            1 => "Approved 1 day ago",
            _ => $"Approved {days} days ago",
        };
        return Scored(SoftConsideration.TimeWaiting, weights.TimeWaiting, fraction, $"{ago} (counts in full from {weights.WaitingCapDays} days)");
    }

    private static SoftScore EarlyPermanenceScore(PlacementRequest request, HouseholdForMatching household, double weight)
    {
        if (request.EarlyPermanenceSought == EarlyPermanence.None)
        {
            return NotScoredBecause(SoftConsideration.EarlyPermanence, "the plan does not ask for early permanence");
        }

        var route = Lower(request.EarlyPermanenceSought.DisplayName());
        return household.EarlyPermanenceApproved
            ? Scored(SoftConsideration.EarlyPermanence, weight, 1, $"Approved for early permanence, as the plan asks ({route})")
            : Scored(SoftConsideration.EarlyPermanence, weight, 0, $"Not approved for early permanence, which the plan asks for ({route})");
    }

    // ---- wording ----

    private static string Who(PlacementRequest request, int i, bool capital = true)
    {
        var name = request.Children[i].Name;
        if (!string.IsNullOrWhiteSpace(name)) return name.Trim();
        var who = request.Children.Count == 1 ? "the child" : $"child {i + 1}";
        return capital ? Capital(who) : who;
    }

    private static string Whose(PlacementRequest request, int i, bool capital = false) => Who(request, i, capital) + "'s";

    private static string AgeText(int years) => years == 0 ? "under 1" : years.ToString(CultureInfo.InvariantCulture);

    private static string Children(int n) => n == 1 ? "1 child" : $"{n} children";

    private static string NeedsText(IEnumerable<MatchingNeed> needs) => Sentence(needs.Select(n => Lower(n.DisplayName())).ToList());

    /// <summary>"a", "a and b", "a, b and c".</summary>
    internal static string Sentence(IReadOnlyList<string> parts) =>
        parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}

/// <summary>
/// What the hard rules read about a request, computed once: the fast path behind
/// <see cref="MatchRanker.MeetsHardRules"/> and the sufficiency table (a struct: no allocation).
/// </summary>
internal readonly record struct RequestShape(int Count, int YoungestAge, int OldestAge, int NeedsMask)
{
    public static RequestShape Of(PlacementRequest request, DateOnly today)
    {
        var youngest = int.MaxValue;
        var oldest = int.MinValue;
        var needs = 0;
        var children = request.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var age = MatchRanker.AgeOf(child, today);
            if (age < youngest) youngest = age;
            if (age > oldest) oldest = age;
            if (child.Needs.Count > 0) needs |= NeedsMaskOf(child.Needs);
        }

        return new RequestShape(children.Count, youngest, oldest, needs);
    }

    public static int NeedsMaskOf(IReadOnlySet<MatchingNeed> needs)
    {
        var mask = 0;
        if (needs.Count == 0) return mask;
        foreach (var need in MatchingNames.AllNeeds)
        {
            if (needs.Contains(need)) mask |= 1 << (int)need;
        }

        return mask;
    }

    /// <summary>Every hard rule: age, number of children, sibling group, needs.</summary>
    public bool MetBy(HouseholdForMatching household, int householdNeedsMask) =>
        Count >= household.MinimumChildren
        && Count <= household.MaximumChildren
        && (Count < 2 || household.SiblingGroups)
        && YoungestAge >= household.MinimumAgeYears
        && OldestAge <= household.MaximumAgeYears
        && (NeedsMask & ~householdNeedsMask) == 0;
}
