using Bogus;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;

namespace Permanence.Data.Demo;

/// <summary>
/// What the matching rules read (ADR 0062): LA centres placed roughly on a map, children's needs,
/// religion and first language in rough proportion to their heritage, and approved households'
/// structured ranges (needs they can meet, heritage, languages, where they live, early-permanence
/// approval), varied enough that a ranking has something to explain. A random stream of its own
/// keeps every other step's data as it was.
/// </summary>
public sealed partial class DemoGenerator
{
    private Randomizer? _matchingRandom;

    private Randomizer MatchingRandom => _matchingRandom ??= new Randomizer(seed + 3);

    private readonly Dictionary<int, List<Organisation>> _lasOfRegion = [];

    // The demo region's LAs, placed (fictionally) across the north of England.
    private static readonly Dictionary<string, (double Lat, double Lon)> DemoCentres = new()
    {
        ["991"] = (53.80, -1.55), ["992"] = (53.69, -1.86), ["993"] = (54.07, -2.28), ["994"] = (53.52, -1.13), ["995"] = (53.96, -1.08),
    };

    // Where the demo's household areas are: the five LAs' towns, then places outside the region.
    private static readonly Dictionary<string, (string? LaCode, double Lat, double Lon)> AreaPlaces = new()
    {
        ["Kingsmere"] = ("991", 53.80, -1.55), ["Oakbridge"] = ("992", 53.69, -1.86), ["Westerby"] = ("993", 54.07, -2.28),
        ["Fernleigh"] = ("994", 53.52, -1.13), ["Millbrook"] = ("995", 53.96, -1.08), ["Ashcombe"] = (null, 53.48, -2.24),
        ["Brindle Cross"] = (null, 54.58, -1.23), ["Hollins Green"] = (null, 53.40, -2.98), ["Larkfield"] = (null, 52.95, -1.15),
        ["Stoneleigh Vale"] = (null, 54.90, -1.60),
    };

    /// <summary>Gives every LA a centre: the demo's by name; the benchmark regions' spread over England, their LAs around the region's middle.</summary>
    private void PlaceLocalAuthorities(List<Region> regions)
    {
        var r = MatchingRandom;
        foreach (var (region, index) in regions.Select((x, i) => (x, i)))
        {
            var las = region.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority).ToList();
            var middle = (Lat: 50.8 + 4.0 * ((index * 37 % 29) / 29.0), Lon: -3.8 + 5.0 * ((index * 53 % 29) / 29.0));
            foreach (var la in las)
            {
                var (lat, lon) = la.LaCode is { } code && DemoCentres.TryGetValue(code, out var c)
                    ? c
                    : (middle.Lat + r.Double(-0.35, 0.35), middle.Lon + r.Double(-0.5, 0.5));
                la.CentreLatitude = Math.Round(lat, 4);
                la.CentreLongitude = Math.Round(lon, 4);
            }
        }
    }

    private void FindLocalAuthorities(List<Region> regions)
    {
        foreach (var region in regions)
        {
            _lasOfRegion[region.Id] = region.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority).ToList();
        }
    }

    private static readonly MatchingNeed[] DisabilityNeeds =
        [MatchingNeed.PhysicalDisability, MatchingNeed.LearningDisability, MatchingNeed.SensoryImpairment, MatchingNeed.LongTermMedicalCondition];

    private static readonly MatchingNeed[] OtherNeeds =
    [
        MatchingNeed.DevelopmentalDelay, MatchingNeed.EmotionalOrBehaviouralNeeds, MatchingNeed.FoetalAlcoholSpectrumDisorder,
        MatchingNeed.UncertainDevelopmentalFuture,
    ];

    private void FillMatchingProfile(Child child)
    {
        var r = MatchingRandom;
        var needs = new HashSet<MatchingNeed>();
        if (child.HasDisability)
        {
            needs.Add(r.ArrayElement(DisabilityNeeds));
            if (r.Double() < 0.3) needs.Add(r.ArrayElement(DisabilityNeeds));
        }

        if (r.Double() < 0.3) needs.Add(r.ArrayElement(OtherNeeds));
        if (r.Double() < 0.1) needs.Add(r.ArrayElement(OtherNeeds));
        child.MatchingNeeds = MatchingVocabulary.JoinNeeds(needs);
        var (religion, language) = ReligionAndLanguage(child.EthnicityCode, r);
        child.Religion = r.Double() < 0.35 ? null : religion;
        child.FirstLanguage = r.Double() < 0.1 ? null : language;
        child.AvoidOwnLocalAuthority = r.Double() < 0.1;
    }

    /// <summary>A plausible religion and first language for a heritage (rough proportions, for demonstration only).</summary>
    private static (string Religion, string Language) ReligionAndLanguage(string ethnicityCode, Randomizer r) =>
        ethnicityCode switch
        {
            "APKN" or "ABAN" => ("Muslim", r.Double() < 0.6 ? "English" : ethnicityCode == "APKN" ? "Urdu" : "Bengali"),
            "AIND" => (r.ArrayElement(["Hindu", "Sikh", "Muslim"]), r.Double() < 0.6 ? "English" : r.ArrayElement(["Punjabi", "Gujarati", "Tamil"])),
            "AOTH" or "OOTH" => (r.ArrayElement(["Muslim", "No religion", "Christian"]), r.Double() < 0.5 ? "English" : r.ArrayElement(["Arabic", "Farsi", "Kurdish", "Pashto"])),
            "BAFR" => (r.ArrayElement(["Christian", "Muslim"]), r.Double() < 0.6 ? "English" : r.ArrayElement(["Somali", "Tigrinya", "French"])),
            "WOTH" => (r.ArrayElement(["Christian", "No religion"]), r.Double() < 0.5 ? "English" : r.ArrayElement(["Polish", "Romanian", "Lithuanian", "Portuguese", "Albanian"])),
            "WROM" => ("Christian", r.Double() < 0.5 ? "English" : "Romani"),
            "CHNE" => ("No religion", r.Double() < 0.5 ? "English" : "Chinese"),
            _ => (r.Double() < 0.55 ? "No religion" : "Christian", "English"),
        };

    // Adopters' heritage: most White British, with the region's other communities.
    private static readonly (string Code, double Weight)[] AdopterEthnicity =
    [
        ("WBRI", 0.74), ("WIRI", 0.02), ("WOTH", 0.04), ("MWBC", 0.03), ("MWAS", 0.02), ("AIND", 0.03), ("APKN", 0.03), ("ABAN", 0.01),
        ("BCRB", 0.03), ("BAFR", 0.03), ("CHNE", 0.01), ("OOTH", 0.01),
    ];

    /// <summary>An approved household's structured range, set on the household and on each of its reviews.</summary>
    private void FillMatchingRange(AdopterHousehold h, Organisation agency)
    {
        var r = MatchingRandom;
        var needs = new HashSet<MatchingNeed>();
        foreach (var need in OtherNeeds)
        {
            if (r.Double() < 0.45) needs.Add(need);
        }

        foreach (var need in DisabilityNeeds)
        {
            if (r.Double() < 0.15) needs.Add(need);
        }

        var codes = Enumerable.Range(0, h.NumberOfAdults).Select(_ => Pick(r, AdopterEthnicity)).ToList();
        var (religion, language) = ReligionAndLanguage(codes[0], r);
        h.RangeNeedsCanMeet = MatchingVocabulary.JoinNeeds(needs);
        h.EthnicityCodes = MatchingVocabulary.Join(codes);
        h.Religion = r.Double() < 0.2 ? null : religion;
        h.Languages = MatchingVocabulary.Join(language == "English" ? ["English"] : ["English", language]);
        h.EarlyPermanenceApproved = r.Double() < 0.25;
        var las = _lasOfRegion.TryGetValue(agency.RegionId, out var list) ? list : [];
        if (h.Area is { } area && AreaPlaces.TryGetValue(area, out var place) && las.Any(l => l.LaCode == DemoCentres.Keys.First()))
        {
            h.LivesInLocalAuthorityId = place.LaCode is null ? null : las.FirstOrDefault(l => l.LaCode == place.LaCode)?.Id;
            h.Latitude = Math.Round(place.Lat + r.Double(-0.08, 0.08), 4);
            h.Longitude = Math.Round(place.Lon + r.Double(-0.12, 0.12), 4);
        }
        else if (las.Count > 0)
        {
            // A benchmark region: most households live in one of its LAs, near its centre.
            var la = r.ArrayElement(las.ToArray());
            h.LivesInLocalAuthorityId = r.Double() < 0.85 ? la.Id : null;
            h.Latitude = Math.Round((la.CentreLatitude ?? 52.5) + r.Double(-0.2, 0.2), 4);
            h.Longitude = Math.Round((la.CentreLongitude ?? -1.5) + r.Double(-0.3, 0.3), 4);
        }

        foreach (var review in h.Reviews)
        {
            review.NeedsCanMeet = h.RangeNeedsCanMeet;
            review.EarlyPermanenceApproved = h.EarlyPermanenceApproved;
        }
    }

    private static bool IsInPool(AdopterHousehold h) => h.Outcome == AdopterOutcome.Approved && h.RangeMinimumChildren is not null;
}
