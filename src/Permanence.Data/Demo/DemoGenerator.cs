using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Identity;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;

namespace Permanence.Data.Demo;

/// <summary>
/// Makes a deterministic, realistic demo region: the same seed and "today" give the same data.
/// Later issues add their records (journeys, households, panels) as further steps here.
/// </summary>
public sealed partial class DemoGenerator(PermanenceDbContext db, DemoScale scale, int seed, DateOnly today)
{
    private const int NationalRegions = 30;
    private const int BatchSize = 2_000;

    private readonly Randomizer _random = new(seed);
    private readonly Faker _faker = new("en_GB") { Random = new Randomizer(seed + 1) };

    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Scope.IsSystem)
        {
            throw new InvalidOperationException("Demo data is seeded by the system only.");
        }

        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already has organisations; demo data goes into an empty database only.");
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.SuppressChangeAudit = true;
        try
        {
            var roles = await SeedRolesAsync(cancellationToken);
            var regions = BuildRegions();
            PlaceLocalAuthorities(regions);
            db.Regions.AddRange(regions);
            await db.SaveChangesAsync(cancellationToken);
            FindLocalAuthorities(regions);

            var organisations = regions.SelectMany(r => r.Organisations).ToList();
            var users = await SeedUsersAsync(organisations, roles, cancellationToken);
            FindFamilyFinders(regions);
            var children = 0;
            foreach (var la in organisations.Where(o => o.Type == OrganisationType.LocalAuthority))
            {
                children += await SeedChildrenAsync(la, cancellationToken);
            }

            var households = 0;
            foreach (var agency in organisations.Where(o => o.Type != OrganisationType.LocalAuthority))
            {
                households += await SeedHouseholdsAsync(agency, cancellationToken);
            }

            var links = await SeedLinksAsync(regions[0], cancellationToken);

            db.AuditEntries.Add(
                new AuditEntry
                {
                    OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
                    Action = AuditAction.Create,
                    UserName = db.Scope.ActorName,
                    RecordType = "DemoData",
                    Context = $"demo seed: scale {scale}, seed {seed}, {organisations.Count} organisations, {users} users, {children} children, {households} adopter households, {links} family-finding links",
                }
            );
            await db.SaveChangesAsync(cancellationToken);
            return new DemoSeedResult(regions.Count, organisations.Count, users, children, households);
        }
        finally
        {
            db.SuppressChangeAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task<Dictionary<StaffRole, IdentityRole>> SeedRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.ToDictionaryAsync(r => r.Name!, cancellationToken);
        var result = new Dictionary<StaffRole, IdentityRole>();
        foreach (var role in StaffRoles.All)
        {
            if (!existing.TryGetValue(role.ToString(), out var identityRole))
            {
                identityRole = new IdentityRole(role.ToString()) { NormalizedName = role.ToString().ToUpperInvariant() };
                db.Roles.Add(identityRole);
            }

            result[role] = identityRole;
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private List<Region> BuildRegions()
    {
        var demo = new Region { Name = DemoRegion.RegionName };
        demo.Organisations.AddRange(
            DemoRegion.Organisations.Select(o => new Organisation
            {
                Type = o.Type,
                Name = o.Name,
                ShortName = o.ShortName,
                LaCode = o.LaCode,
            })
        );
        var regions = new List<Region> { demo };
        if (scale != DemoScale.National)
        {
            return regions;
        }

        // Benchmark volume: 29 more regions of five LAs each (codes 600-744, unused by the DfE).
        var laCode = 600;
        for (var r = 2; r <= NationalRegions; r++)
        {
            var region = new Region { Name = $"Benchmark Region {r}" };
            region.Organisations.Add(
                new Organisation
                {
                    Type = OrganisationType.RegionalAdoptionAgency,
                    Name = $"Benchmark RAA {r}",
                    ShortName = $"raa{r}",
                }
            );
            for (var l = 0; l < 5; l++, laCode++)
            {
                region.Organisations.Add(
                    new Organisation
                    {
                        Type = OrganisationType.LocalAuthority,
                        Name = $"Benchmark Council {laCode}",
                        ShortName = $"la{laCode}",
                        LaCode = laCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    }
                );
            }

            regions.Add(region);
        }

        return regions;
    }

    private async Task<int> SeedUsersAsync(
        List<Organisation> organisations,
        Dictionary<StaffRole, IdentityRole> roles,
        CancellationToken cancellationToken
    )
    {
        // One hash for every demo account: they share the published demo password, and hashing
        // is deliberately slow (hundreds of accounts would take a minute).
        var hasher = new PasswordHasher<ApplicationUser>();
        string? hash = null;
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var organisation in organisations)
        {
            foreach (var role in StaffRoles.All)
            {
                var email = DemoRegion.SignIn(role, organisation.SignInSuffix);
                var user = new ApplicationUser
                {
                    Id = _random.Guid().ToString(),
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = $"{_faker.Name.FirstName()} {_faker.Name.LastName()}",
                    OrganisationId = organisation.Id,
                    SecurityStamp = _random.Guid().ToString("N"),
                    ConcurrencyStamp = _random.Guid().ToString(),
                    LockoutEnabled = true,
                    CreatedAtUtc = now,
                };
                hash ??= hasher.HashPassword(user, DemoRegion.Password);
                user.PasswordHash = hash;
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
                if (role == StaffRole.FamilyFinder && organisation.Type == OrganisationType.RegionalAdoptionAgency)
                {
                    _familyFinderOfRaa[organisation.Id] = user.Id;
                }
                count++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return count;
    }

    private async Task<int> SeedChildrenAsync(Organisation la, CancellationToken cancellationToken)
    {
        var count = scale switch
        {
            DemoScale.Small => _random.Number(30, 50),
            DemoScale.Region => _random.Number(300, 500),
            _ => _random.Number(440, 620),
        };
        var pace = LaPace();
        var added = 0;
        while (added < count)
        {
            var before = added;
            foreach (var child in NewChildren(la, added + 1, pace))
            {
                db.Children.Add(child);
                added++;
            }

            if (added / BatchSize != before / BatchSize)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added;
    }

    private Child NewChild(Organisation la, int sequence)
    {
        var sex = _random.Double() < 0.56 ? Sex.Male : Sex.Female;
        var age = AgeOfLookedAfterChild();
        var dateOfBirth = today.AddYears(-age).AddDays(-_random.Number(0, 364));
        var earliestEntry = dateOfBirth > today.AddYears(-6) ? dateOfBirth : today.AddYears(-6);
        var dateEnteredCare = earliestEntry.AddDays(_random.Number(0, today.DayNumber - earliestEntry.DayNumber));
        var child = new Child
        {
            Id = _random.Guid(),
            OwningOrganisationId = la.Id,
            LocalReference = $"{la.LaCode}{sequence:D6}",
            GivenName = _faker.Name.FirstName(sex == Sex.Male ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female),
            FamilyName = _faker.Name.LastName(),
            DateOfBirth = dateOfBirth,
            Sex = sex,
            EthnicityCode = EthnicityOfLookedAfterChild(),
            HasDisability = _random.Double() < 0.12,
            DateEnteredCare = dateEnteredCare,
        };
        FillMatchingProfile(child);
        child.JourneyEvents.Add(
            new ChildJourneyEvent
            {
                Id = _random.Guid(),
                ChildId = child.Id,
                OwningOrganisationId = la.Id,
                Type = JourneyEventType.EnteredCare,
                Date = dateEnteredCare,
                Sequence = 1,
            }
        );
        return child;
    }

    // Roughly the age profile of children looked after in England (DfE, 31 March).
    private int AgeOfLookedAfterChild()
    {
        var p = _random.Double();
        return p switch
        {
            < 0.05 => 0,
            < 0.20 => _random.Number(1, 4),
            < 0.38 => _random.Number(5, 9),
            < 0.77 => _random.Number(10, 15),
            _ => _random.Number(16, 17),
        };
    }

    private static readonly (string Code, double Weight)[] EthnicityWeights =
    [
        ("WBRI", 0.68), ("WIRI", 0.005), ("WIRT", 0.005), ("WROM", 0.01), ("WOTH", 0.04),
        ("MWBC", 0.03), ("MWBA", 0.015), ("MWAS", 0.015), ("MOTH", 0.04),
        ("AIND", 0.008), ("APKN", 0.012), ("ABAN", 0.008), ("AOTH", 0.017),
        ("BCRB", 0.015), ("BAFR", 0.04), ("BOTH", 0.015),
        ("CHNE", 0.002), ("OOTH", 0.03), ("REFU", 0.003), ("NOBT", 0.02),
    ];

    private string EthnicityOfLookedAfterChild()
    {
        var total = EthnicityWeights.Sum(w => w.Weight);
        var p = _random.Double() * total;
        foreach (var (code, weight) in EthnicityWeights)
        {
            p -= weight;
            if (p <= 0)
            {
                return code;
            }
        }

        return "WBRI";
    }
}
