using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;

namespace Permanence.Benchmarks.Matching;

/// <summary>
/// A synthetic national pool for the matching benchmarks: waiting placement requests and approved
/// households, deterministic for a seed. Every value is made up; the shape is meant to be
/// realistic enough that the hard rules exclude and the soft scores vary as they would in England.
///
/// Requests (one per child, or one per sibling group placed together):
/// - about 19% are sibling groups (80% of them 2 children, 20% 3), so about a third of the
///   children are in a sibling group;
/// - ages skewed young: the youngest child under 1 (15%), 1-2 (35%), 3-4 (25%), 5-7 (18%),
///   8-11 (7%); each older sibling 1-4 years older;
/// - needs: 60% of children none, otherwise 1-3 of the eight needs, developmental delay,
///   emotional or behavioural needs and an uncertain developmental future the most common;
/// - DfE ethnicity codes weighted like England's looked-after children (about 72% White, 10%
///   Mixed, 7% Black, 5% Asian, 4% other, 1% not known); siblings share the lead child's code;
/// - religion recorded for 40% (mostly Christian, then Muslim), first language recorded for 85%
///   (90% English); 150 LAs whose centres are spread over 30 English towns and cities;
/// - 10% ask for a family outside their own LA; 10% ask for early permanence (half of the under-1s
///   who are on their own); entered care 3 to 36 months ago.
///
/// Households:
/// - age ranges mostly 0-4 (55%), then 0-2 (10%), 0-6 (15%), 2-8 (12%), 4-11 (8%);
/// - 1 child only (55%), 1-2 (35%, sibling groups), 1-3 or 2-3 (10%, sibling groups);
/// - needs they can meet: 25% none, otherwise each need with a probability from 15% to 60%;
/// - one or two adults, ethnicity about 85% White British/other White, the rest spread like the
///   children; religion recorded for half; English, and 8% a second language;
/// - 15% approved for early permanence, 20% approved by another agency (inter-agency);
/// - living near one of the 30 towns (within about 30 km), so in one of 150 LAs; approved 0 to
///   about 2 years ago (skewed recent).
/// </summary>
public static class MatchingPoolGenerator
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    // (Latitude, Longitude) of English towns and cities, north to south-west.
    private static readonly (double Lat, double Lon)[] Towns =
    [
        (54.97, -1.61), (54.57, -1.23), (54.89, -2.93), (54.05, -2.80), (53.96, -1.08), (53.80, -1.55),
        (53.74, -0.33), (53.48, -2.24), (53.41, -2.98), (53.38, -1.47), (53.75, -2.48), (53.19, -2.89),
        (52.95, -1.15), (52.92, -1.48), (53.23, -0.54), (52.63, -1.13), (52.49, -1.89), (52.41, -1.51),
        (52.59, -2.13), (52.63, 1.30), (52.21, 0.12), (51.75, -1.26), (51.45, -2.59), (51.38, -2.36),
        (50.72, -3.53), (50.38, -4.14), (50.91, -1.40), (50.83, -0.14), (51.28, 1.08), (51.51, -0.13),
    ];

    // DfE codes and rough shares (per 1,000) of children looked after in England.
    private static readonly (string Code, int Weight)[] ChildEthnicity =
    [
        ("WBRI", 650), ("WIRI", 5), ("WIRT", 5), ("WROM", 8), ("WOTH", 50),
        ("MWBC", 35), ("MWBA", 15), ("MWAS", 15), ("MOTH", 35),
        ("AIND", 8), ("APKN", 13), ("ABAN", 7), ("AOTH", 22),
        ("BCRB", 15), ("BAFR", 35), ("BOTH", 20),
        ("CHNE", 2), ("OOTH", 40), ("REFU", 2), ("NOBT", 8),
    ];

    // Approved adopters are whiter than the children waiting.
    private static readonly (string Code, int Weight)[] AdultEthnicity =
    [
        ("WBRI", 800), ("WIRI", 10), ("WOTH", 40), ("MWBC", 15), ("MWBA", 5), ("MWAS", 10), ("MOTH", 10),
        ("AIND", 20), ("APKN", 15), ("ABAN", 5), ("AOTH", 10), ("BCRB", 20), ("BAFR", 25), ("BOTH", 5),
        ("CHNE", 3), ("OOTH", 7),
    ];

    private static readonly (string? Religion, int Weight)[] Religions =
        [(null, 50), ("Christian", 35), ("Muslim", 8), ("Hindu", 2), ("Sikh", 2), ("Jewish", 2), ("Buddhist", 1)];

    private static readonly string[] OtherLanguages = ["Polish", "Urdu", "Punjabi", "Bengali", "Romanian", "Arabic", "Somali", "Portuguese"];

    // Per 100: how often each need appears among the needs of a child with any.
    private static readonly int[] ChildNeedChance = [45, 15, 8, 6, 12, 8, 35, 30];

    // Per 100: how often a household (that can meet some needs) can meet each need.
    private static readonly int[] HouseholdNeedChance = [60, 30, 15, 20, 30, 25, 55, 60];

    public const int LocalAuthorities = 150;

    public static IReadOnlyList<PlacementRequest> Requests(int count, int seed = 5)
    {
        var random = new Random(seed);
        var requests = new List<PlacementRequest>(count);
        for (var r = 0; r < count; r++)
        {
            var size = random.Next(100) < 19 ? (random.Next(100) < 80 ? 2 : 3) : 1;
            var youngest = Pick(random, [(0, 15), (1, 18), (2, 17), (3, 13), (4, 12), (5, 7), (6, 6), (7, 5), (8, 3), (9, 2), (10, 1), (11, 1)]);
            var ethnicity = Pick(random, ChildEthnicity);
            var religion = random.Next(100) < 40 ? Pick(random, Religions[1..]) : null;
            var children = new List<ChildForMatching>(size);
            var age = youngest;
            for (var c = 0; c < size; c++)
            {
                if (c > 0) age += 1 + random.Next(4);
                var born = Today.AddDays(-(age * 365 + random.Next(365)));
                children.Add(
                    new ChildForMatching(
                        NextGuid(random),
                        born,
                        ChildNeeds(random),
                        ethnicity,
                        religion,
                        random.Next(100) < 85 ? (random.Next(100) < 90 ? "English" : OtherLanguages[random.Next(OtherLanguages.Length)]) : null
                    )
                    {
                        Name = $"Child {r + 1}-{c + 1}",
                    }
                );
            }

            var la = random.Next(LocalAuthorities);
            var earlyPermanence = size == 1 && youngest == 0 && random.Next(100) < 50
                ? (random.Next(2) == 0 ? EarlyPermanence.FosteringForAdoption : EarlyPermanence.ConcurrentPlanning)
                : EarlyPermanence.None;
            var lead = children[0];
            requests.Add(
                new PlacementRequest(
                    lead.ChildId,
                    la,
                    CentreOf(la),
                    children,
                    random.Next(100) < 10,
                    earlyPermanence,
                    Today.AddDays(-(90 + random.Next(1000))),
                    PriorityChild.Reasons(lead.DateOfBirth, lead.EthnicityCode, size, lead.Needs.Count > 0, Today)
                )
            );
        }

        return requests;
    }

    public static IReadOnlyList<HouseholdForMatching> Households(int count, int seed = 50)
    {
        var random = new Random(seed);
        var households = new List<HouseholdForMatching>(count);
        for (var h = 0; h < count; h++)
        {
            var (minAge, maxAge) = Pick(random, [((0, 4), 55), ((0, 2), 10), ((0, 6), 15), ((2, 8), 12), ((4, 11), 8)]);
            var (minChildren, maxChildren) = Pick(random, [((1, 1), 55), ((1, 2), 35), ((1, 3), 7), ((2, 3), 3)]);
            var needs = new HashSet<MatchingNeed>();
            if (random.Next(100) >= 25)
            {
                for (var n = 0; n < HouseholdNeedChance.Length; n++)
                {
                    if (random.Next(100) < HouseholdNeedChance[n]) needs.Add((MatchingNeed)n);
                }
            }

            var adults = random.Next(100) < 30 ? 1 : 2;
            var codes = new HashSet<string>();
            for (var a = 0; a < adults; a++) codes.Add(Pick(random, AdultEthnicity));
            var languages = new HashSet<string> { "English" };
            if (random.Next(100) < 8) languages.Add(OtherLanguages[random.Next(OtherLanguages.Length)]);
            var la = random.Next(LocalAuthorities);
            var centre = CentreOf(la);
            var interAgency = random.Next(100) < 20; // approved by a VAA or another region's RAA
            households.Add(
                new HouseholdForMatching(
                    NextGuid(random),
                    $"Household {h + 1:D4}",
                    AgencyId: interAgency ? 1000 + random.Next(40) : la / 5,
                    InterAgency: interAgency,
                    minChildren,
                    maxChildren,
                    minAge,
                    maxAge,
                    SiblingGroups: maxChildren > 1,
                    needs,
                    codes,
                    Pick(random, Religions),
                    languages,
                    la,
                    new GeoPoint(centre.Latitude + (random.NextDouble() - 0.5) * 0.3, centre.Longitude + (random.NextDouble() - 0.5) * 0.5),
                    // Skewed recent: most households are matched within a year or so of approval.
                    Today.AddDays(-(int)(730 * random.NextDouble() * random.NextDouble())),
                    EarlyPermanenceApproved: random.Next(100) < 15
                )
            );
        }

        return households;
    }

    /// <summary>Each LA's centre: near one of the towns (five LAs per town), fixed for the LA.</summary>
    private static GeoPoint CentreOf(int la)
    {
        var town = Towns[la % Towns.Length];
        var offset = la / Towns.Length; // 0..4
        return new GeoPoint(town.Lat + (offset - 2) * 0.08, town.Lon + ((offset * 7 % 5) - 2) * 0.12);
    }

    private static HashSet<MatchingNeed> ChildNeeds(Random random)
    {
        var needs = new HashSet<MatchingNeed>();
        if (random.Next(100) < 60) return needs;
        var wanted = 1 + random.Next(3);
        while (needs.Count < wanted)
        {
            var n = random.Next(ChildNeedChance.Length);
            if (random.Next(100) < ChildNeedChance[n]) needs.Add((MatchingNeed)n);
        }

        return needs;
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static T Pick<T>(Random random, (T Value, int Weight)[] weighted)
    {
        var total = 0;
        foreach (var (_, w) in weighted) total += w;
        var roll = random.Next(total);
        foreach (var (value, w) in weighted)
        {
            if (roll < w) return value;
            roll -= w;
        }

        return weighted[^1].Value;
    }
}
