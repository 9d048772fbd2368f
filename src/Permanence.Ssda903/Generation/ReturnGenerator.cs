using Permanence.Domain.Scorecard;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Generation;

/// <summary>A generated LA: one return per year (oldest first) and the true adoption journeys behind them.</summary>
public sealed record GeneratedReturns(int YearEnding, IReadOnlyList<Ssda903Return> Returns, IReadOnlyList<AdoptionJourney> Journeys, int ErrorsInjected)
{
    public Ssda903Return Current => Returns[^1];
    public Ssda903Return? Previous => Returns.Count > 1 ? Returns[^2] : null;
}

/// <summary>
/// Synthetic SSDA903 returns: coherent children's lives (foster care, adoption with and without
/// a placement order, foster carer adoptions, disruptions, returns home), sliced into a return
/// per year the way an LA's case system would. Deterministic for a seed. Every value is made up.
/// </summary>
public sealed class ReturnGenerator
{
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MWBA", "AIND", "APKN", "BAFR", "BCRB", "OOTH"];
    private static readonly string[] Foster = ["U1", "U2", "U3", "U4", "U5", "U6"];

    private readonly Random random;
    private readonly int yearEnding;
    private readonly int years;
    private readonly List<Life> lives = [];

    private ReturnGenerator(int seed, int yearEnding, int years)
    {
        random = new Random(seed);
        this.yearEnding = yearEnding;
        this.years = years;
    }

    /// <param name="children">Children looked after in the latest year (adopted children of earlier years come on top).</param>
    /// <param name="years">How many yearly returns, ending with <paramref name="yearEnding"/> (3 gives a three-year scorecard).</param>
    /// <param name="errorRate">The share of children given one data error (0 to 1).</param>
    public static GeneratedReturns Generate(int children, int yearEnding, int seed = 903, double errorRate = 0, int years = 2, string? localAuthorityCode = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(children);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(errorRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(errorRate, 1);

        var g = new ReturnGenerator(seed, yearEnding, years);
        var id = 0;
        for (var i = 0; i < children; i++)
        {
            // About 1 in 12 children looked after in a year is adopted in it: more than
            // England's ~4%, so that small test returns still have a scorecard.
            var roll = g.random.NextDouble();
            var life = roll < 0.08 ? g.Adopted(++id, yearEnding) : roll < 0.10 ? g.PlanReversed(++id) : g.Ordinary(++id);
            g.lives.Add(life);
        }
        // Children adopted in earlier years appear only in those years' returns.
        for (var y = yearEnding - years + 1; y < yearEnding; y++)
        {
            for (var i = 0; i < children * 0.08; i++)
            {
                g.lives.Add(g.Adopted(++id, y));
            }
        }

        var injected = 0;
        foreach (var life in g.lives)
        {
            if (g.random.NextDouble() < errorRate)
            {
                g.InjectError(life);
                injected++;
            }
        }

        var returns = Enumerable.Range(yearEnding - years + 1, years).Select(y => g.Slice(y)).ToList();
        var journeys = g.lives.Where(l => l.Journey is not null).Select(l => l.Journey! with { LocalAuthorityCode = localAuthorityCode }).ToList();
        return new GeneratedReturns(yearEnding, returns, journeys, injected);
    }

    private sealed class Life(string child)
    {
        public string Child { get; } = child;
        public HeaderRow Header { get; set; } = null!;
        public List<(DateOnly Start, DateOnly? End, string Rne, string Ls, string Place, string Rec, string PlPost)> Episodes { get; } = [];
        public PlacedAdoptionRow? Decision { get; set; }
        public DateOnly? DecisionDate { get; set; }

        /// <summary>When the decision that the child should be placed for adoption was reversed.</summary>
        public DateOnly? ReversalDate { get; set; }
        public Ad1Row? Ad1 { get; set; }
        public int AdoptionYear { get; set; }
        public AdoptionJourney? Journey { get; set; }
    }

    private int Between(int min, int max) => random.Next(min, max + 1);

    private string Postcode() => $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{Between(1, 99)} {Between(1, 9)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";

    private static DateOnly YearStart(int y) => new(y - 1, 4, 1);

    private static DateOnly YearEnd(int y) => new(y, 3, 31);

    private HeaderRow Header(string child, DateOnly dob)
    {
        var girl = random.Next(2) == 0;
        return new HeaderRow(0, child, girl ? "F" : "M", Ssda903Date.Format(dob), Ethnicities[random.Next(Ethnicities.Length)],
            $"A{Between(100000, 999999)}{child.PadLeft(6, '0')[^6..]}", girl ? "0" : "", "");
    }

    /// <summary>A child in foster care who either goes home in the year or is still looked after at 31 March.</summary>
    private Life Ordinary(int n)
    {
        var life = new Life(n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        var end = YearEnd(yearEnding);
        var leaves = random.NextDouble() < 0.3;
        var last = leaves ? YearStart(yearEnding).AddDays(Between(1, 360)) : end.AddDays(Between(30, 400)); // a future end is cut at 31 March
        var start = (leaves ? last : end).AddDays(-Between(20, 1800));
        // Young enough to be under 18 at the end of the year and at the end of care.
        var dob = start.AddDays(-Between(0, 14 * 365));
        var youngest18 = end.AddYears(-17);
        life.Header = Header(life.Child, dob < youngest18 ? youngest18.AddDays(Between(0, 300)) : dob);
        var ls = random.NextDouble() < 0.2 ? "V2" : "C2";
        var place = Foster[random.Next(Foster.Length)];
        var postcode = Postcode();
        var from = start;
        var rne = "S";
        while (true)
        {
            var to = from.AddDays(Between(30, 700));
            if (to >= last)
            {
                life.Episodes.Add((from, last, rne, ls, place, random.Next(2) == 0 ? "E4A" : "E13", postcode));
                break;
            }
            life.Episodes.Add((from, to, rne, ls, place, "X1", postcode));
            from = to;
            rne = "P";
            place = Foster[random.Next(Foster.Length)];
            postcode = Postcode();
        }
        return life;
    }

    /// <summary>
    /// A child whose plan for adoption was reversed in the year: should-be-placed decision, placement
    /// order, then the order revoked (back to a care order) and the decision reversed (RD1); the
    /// child then goes to a special guardian who was the foster carer (E45), or is still in care.
    /// </summary>
    private Life PlanReversed(int n)
    {
        var life = new Life(n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        var reversed = YearStart(yearEnding).AddDays(Between(1, 300));
        var revoked = reversed.AddDays(-Between(1, 30));
        var order = revoked.AddDays(-Between(60, 400));
        var decision = order.AddDays(-Between(5, 120));
        var start = decision.AddDays(-Between(60, 300));
        life.Header = Header(life.Child, start.AddDays(-Between(0, 6 * 365)));
        var home = Postcode();
        life.Episodes.Add((start, order, "S", "C2", "U3", "X1", home));
        life.Episodes.Add((order, revoked, "L", "E1", "U3", "X1", home));
        var goesToSpecialGuardian = random.Next(2) == 0;
        var left = reversed.AddDays(Between(20, 200));
        life.Episodes.Add((revoked, goesToSpecialGuardian && left <= YearEnd(yearEnding) ? left : null, "L", "C2", "U3",
            goesToSpecialGuardian && left <= YearEnd(yearEnding) ? "E45" : "", home));
        life.DecisionDate = decision;
        life.ReversalDate = reversed;
        life.Decision = new PlacedAdoptionRow(0, life.Child, life.Header.Dob, Ssda903Date.Format(decision), "", "");
        return life;
    }

    /// <summary>A child adopted in the year ending <paramref name="year"/>, built forward from entering care and then moved in time.</summary>
    private Life Adopted(int n, int year)
    {
        var life = new Life(n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)) { AdoptionYear = year };
        var kind = random.NextDouble();
        var fosterCarers = kind < 0.15;
        var relinquished = kind is >= 0.15 and < 0.20;
        var disrupted = kind is >= 0.20 and < 0.23;

        var ec = 0;
        var carers = fosterCarers && random.Next(3) > 0 ? Between(1, 40) : 0;
        var decision = ec + Between(90, 400);
        var order = decision + Between(5, 120);
        var match = Math.Max(decision, order + Between(-30, 300));
        int placed, adoptionOrder, disruptedPlaced = 0, disruption = 0;
        if (disrupted)
        {
            disruptedPlaced = match + Between(14, 70);
            disruption = disruptedPlaced + Between(20, 150);
            match = disruption + Between(30, 150);
        }
        // Placed for adoption only under the order (or with consent), so never before it.
        placed = Math.Max(order + Between(1, 20), match + Between(7, 70));
        adoptionOrder = placed + Between(70, 300);

        // Move the whole life so that the adoption order falls in the chosen year.
        var aoDate = YearStart(year).AddDays(Between(0, 364));
        var origin = aoDate.AddDays(-adoptionOrder);
        DateOnly D(int day) => origin.AddDays(day);

        life.Header = Header(life.Child, D(ec).AddDays(-Between(0, 4 * 365)));
        var fosterHome = Postcode();
        var adopters = Postcode();
        var legal = relinquished ? "V2" : "C2";
        var orderLs = relinquished ? "V2" : "E1";
        var e = life.Episodes;
        if (fosterCarers)
        {
            if (carers > 0)
            {
                e.Add((D(ec), D(carers), "S", legal, "U6", "X1", Postcode()));
            }
            e.Add((D(carers), D(order), carers > 0 ? "P" : "S", legal, "U3", "X1", fosterHome));
            e.Add((D(order), D(placed), "L", orderLs, "U3", "X1", fosterHome));
            e.Add((D(placed), D(adoptionOrder), "T", orderLs, "A5", random.Next(2) == 0 ? "E11" : "E12", fosterHome));
        }
        else if (relinquished)
        {
            e.Add((D(ec), D(placed), "S", legal, "U3", "X1", fosterHome));
            e.Add((D(placed), D(adoptionOrder), "P", legal, "A4", "E11", adopters));
        }
        else
        {
            e.Add((D(ec), D(order), "S", legal, "U3", "X1", fosterHome));
            if (disrupted)
            {
                e.Add((D(order), D(disruptedPlaced), "L", orderLs, "U3", "X1", fosterHome));
                e.Add((D(disruptedPlaced), D(disruption), "P", orderLs, "A6", "X1", Postcode()));
                e.Add((D(disruption), D(placed), "P", orderLs, "U3", "X1", fosterHome));
            }
            else
            {
                e.Add((D(order), D(placed), "L", orderLs, "U3", "X1", fosterHome));
            }
            e.Add((D(placed), D(adoptionOrder), "P", orderLs, "A6", random.Next(2) == 0 ? "E11" : "E12", adopters));
        }

        var dob = life.Header.Dob;
        life.DecisionDate = D(decision);
        life.Decision = new PlacedAdoptionRow(0, life.Child, dob, Ssda903Date.Format(D(decision)), "", "");
        var two = random.Next(4) > 0;
        var (sex, status) = two ? random.Next(5) switch
        {
            0 => ("MM", "L12"),
            1 => ("FF", "L4"),
            2 => ("MF", "L2"),
            _ => ("MF", "L11"),
        } : (random.Next(2) == 0 ? "F1" : "M1", "L0");
        life.Ad1 = new Ad1Row(0, life.Child, dob, Ssda903Date.Format(D(decision)), Ssda903Date.Format(D(match)), fosterCarers ? "1" : "0", two ? "2" : "1", sex, status);
        life.Journey = new AdoptionJourney(
            life.Child, null, D(ec), D(placed), fosterCarers ? D(carers) : null, fosterCarers,
            relinquished ? null : D(order), D(match), D(adoptionOrder), relinquished);
        return life;
    }

    /// <summary>One data error of the kinds LAs actually make; the journey truth is left as it was.</summary>
    private void InjectError(Life life)
    {
        var i = random.Next(life.Episodes.Count);
        var ep = life.Episodes[i];
        switch (random.Next(life.Ad1 is null ? 4 : 8))
        {
            case 0:
                life.Episodes[i] = ep with { Ls = "Z1" }; // 144
                break;
            case 1:
                life.Episodes[i] = ep with { Place = "P4" }; // 146 (never a placement code, in any year)
                break;
            case 2:
                life.Episodes[i] = ep with { End = ep.End is null ? null : ep.End.Value.AddDays(-1) }; // a gap: 388/433
                break;
            case 3:
                life.Header = life.Header with { Ethnic = "XXXX" }; // 103
                break;
            case 4:
                life.Ad1 = life.Ad1! with { SexAdoptr = life.Ad1.NbAdoptr == "2" ? "M1" : "MF" }; // 511 or 514
                break;
            case 5:
                life.Ad1 = life.Ad1! with { FosterCare = life.Ad1.FosterCare == "1" ? "0" : "1" }; // 335
                break;
            case 6:
                life.Decision = null; // 551/553
                break;
            default:
                life.Ad1 = life.Ad1! with { DateMatch = "" }; // 151/601
                break;
        }
    }

    /// <summary>Stable per child, so an episode says the same in every year's return.</summary>
    private static string ReasonForChange(string child) => (child.Sum(c => c) & 3) switch
    {
        0 => "CARPL",
        1 => "PLACE",
        2 => "CREQO",
        _ => "OTHER",
    };

    /// <summary>The return for one year: everything open at some time in it, with later endings not yet known.</summary>
    private Ssda903Return Slice(int year)
    {
        var r = new Ssda903Return();
        var start = YearStart(year);
        var end = YearEnd(year);
        foreach (var life in lives)
        {
            var rows = life.Episodes.Where(e => e.Start <= end && (e.End is null || e.End >= start)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            r.Header.Add(life.Header with { RowNumber = r.Header.Count + 2 });
            foreach (var e in rows)
            {
                var open = e.End is null || e.End > end;
                // A placement change is explained on the episode that ended, once it has ended.
                var next = life.Episodes.IndexOf(e) + 1 < life.Episodes.Count ? life.Episodes[life.Episodes.IndexOf(e) + 1] : default;
                var reasonChanged = !open && e.Rec == "X1" && next.Rne is "P" or "T" ? ReasonForChange(life.Child) : "";
                r.Episodes.Add(new EpisodeRow(r.Episodes.Count + 2, life.Child, Ssda903Date.Format(e.Start), e.Rne, e.Ls, "N1", e.Place, "PR1",
                    open ? "" : Ssda903Date.Format(e.End!.Value), open ? "" : e.Rec, reasonChanged, "XX1 1XX", e.PlPost, "XXXXXXX"));
            }
            // A decision is reported from the year it was made to the year it was reversed, with
            // the reversal only once it has happened.
            if (life.Decision is not null && life.DecisionDate <= end && !(life.ReversalDate < start))
            {
                var decision = life.ReversalDate <= end
                    ? life.Decision with { DatePlacedCeased = Ssda903Date.Format(life.ReversalDate.Value), ReasonPlacedCeased = "RD1" }
                    : life.Decision;
                r.PlacedAdoption.Add(decision with { RowNumber = r.PlacedAdoption.Count + 2 });
            }
            if (life.Ad1 is not null && life.AdoptionYear == year)
            {
                r.Ad1.Add(life.Ad1 with { RowNumber = r.Ad1.Count + 2 });
            }
        }
        foreach (var table in new[] { Ssda903Table.Header, Ssda903Table.Episodes, Ssda903Table.Ad1, Ssda903Table.PlacedAdoption })
        {
            r.TablesSupplied.Add(table);
        }
        return r;
    }
}
