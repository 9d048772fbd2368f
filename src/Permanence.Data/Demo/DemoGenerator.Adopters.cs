using Bogus;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Organisations;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Panels;
using Permanence.Domain.Adopters;
using Permanence.Domain.Calendar;
using Permanence.Domain.Organisations;

namespace Permanence.Data.Demo;

/// <summary>
/// Adopter households at every stage of the journey, with dates that follow one another and
/// mostly (not always) meet their statutory clocks, their Stage 1 checks, some pauses, and the
/// reviews of approval of households waiting. A separate random stream keeps them the same
/// whatever other steps of the generator draw.
/// </summary>
public sealed partial class DemoGenerator
{
    private static readonly string[] Areas =
    [
        "Kingsmere", "Oakbridge", "Westerby", "Fernleigh", "Millbrook", "Ashcombe", "Brindle Cross", "Hollins Green",
        "Larkfield", "Stoneleigh Vale",
    ];

    // Roughly where households are: many enquiries, fewer in assessment, a waiting pool of approved adopters.
    private static readonly (AdopterStage Stage, double Weight)[] StageWeights =
    [
        (AdopterStage.Enquiry, 0.18), (AdopterStage.RegistrationOfInterest, 0.10), (AdopterStage.StageOne, 0.12),
        (AdopterStage.StageTwo, 0.15), (AdopterStage.Approved, 0.22), (AdopterStage.Matched, 0.12), (AdopterStage.Withdrawn, 0.08),
        (AdopterStage.NotApproved, 0.03),
    ];

    private static readonly (EnquirySource Source, double Weight)[] SourceWeights =
    [
        (EnquirySource.Website, 0.45), (EnquirySource.Campaign, 0.2), (EnquirySource.Event, 0.15), (EnquirySource.Referral, 0.1),
        (EnquirySource.OtherAgency, 0.05), (EnquirySource.Other, 0.05),
    ];

    private Randomizer? _householdRandom;

    private Randomizer HouseholdRandom => _householdRandom ??= new Randomizer(seed + 2);

    private async Task<int> SeedHouseholdsAsync(Organisation agency, CancellationToken cancellationToken)
    {
        var r = HouseholdRandom;
        var isRaa = agency.Type == OrganisationType.RegionalAdoptionAgency;
        var count = scale switch
        {
            DemoScale.Small => isRaa ? 16 : 5,
            DemoScale.Region => isRaa ? r.Number(30, 40) : r.Number(8, 14),
            _ => isRaa ? r.Number(90, 110) : r.Number(8, 14),
        };
        // At national scale each RAA also has a larger pool of approved households waiting (about
        // 3,000 in all, as in England), so that the matching benchmarks rank a realistic pool.
        // The demo region's agencies, too, have a pool big enough for a ranking to be worth reading.
        var waitingPool = scale switch
        {
            DemoScale.National => isRaa ? r.Number(70, 80) : 0,
            DemoScale.Region => isRaa ? 20 : 5,
            _ => isRaa ? 4 : 2,
        };
        var households = new List<AdopterHousehold>();
        for (var i = 0; i < count + waitingPool; i++)
        {
            // Small regions still get one household at every stage.
            var stage = i >= count ? AdopterStage.Approved : i < StageWeights.Length ? StageWeights[i].Stage : Pick(r, StageWeights);
            households.Add(NewHousehold(agency, stage, r));
        }

        foreach (var h in households.Where(IsInPool))
        {
            FillMatchingRange(h, agency);
        }

        db.AdopterHouseholds.AddRange(households);
        SeedPanels(agency, households, r);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return households.Count;
    }

    /// <summary>
    /// The agency's central list and its adoption panel meetings: one on each panel date of its
    /// households, quorate, with the approval on the agenda, the recommendation and the decision;
    /// and the next meeting, in a fortnight, not yet held.
    /// </summary>
    private void SeedPanels(Organisation agency, List<AdopterHousehold> households, Randomizer r)
    {
        PanelMember Member(string name, PanelRole role, bool independent, int? years = null) =>
            new() { Id = r.Guid(), OwningOrganisationId = agency.Id, Name = name, Role = role, Independent = independent, SocialWorkYearsQualified = years };
        var members = new List<PanelMember>
        {
            Member(_faker.Name.FullName(), PanelRole.Chair, true),
            Member(_faker.Name.FullName(), PanelRole.ViceChair, true),
            Member(_faker.Name.FullName(), PanelRole.SocialWorker, false, r.Number(5, 20)),
            Member(_faker.Name.FullName(), PanelRole.SocialWorker, false, r.Number(1, 2)),
            Member(_faker.Name.FullName(), PanelRole.IndependentMember, true),
            Member(_faker.Name.FullName(), PanelRole.IndependentMember, true),
            Member(_faker.Name.FullName(), PanelRole.MedicalAdviser, false),
            Member(_faker.Name.FullName(), PanelRole.AgencyRepresentative, false),
        };
        db.PanelMembers.AddRange(members);
        var quorate = new[] { members[0], members[2], members[4], members[5], members[6], members[7] };
        foreach (var group in households.Where(h => h.PanelDate is not null).GroupBy(h => h.PanelDate!.Value).OrderBy(g => g.Key))
        {
            var meeting = new PanelMeeting { Id = r.Guid(), OwningOrganisationId = agency.Id, Type = PanelType.Adoption, MeetingDate = group.Key };
            meeting.Attendance.AddRange(quorate.Select(m => new PanelAttendance { MeetingId = meeting.Id, MemberId = m.Id, OwningOrganisationId = agency.Id }));
            foreach (var h in group)
            {
                var approved = h.Outcome != AdopterOutcome.NotApproved;
                meeting.Items.Add(
                    new PanelAgendaItem
                    {
                        Id = r.Guid(),
                        MeetingId = meeting.Id,
                        OwningOrganisationId = agency.Id,
                        Kind = AgendaItemKind.Approval,
                        HouseholdId = h.Id,
                        Recommendation = approved ? PanelRecommendation.Recommended : PanelRecommendation.NotRecommended,
                        RecommendationNotes = h.PanelRecommendation,
                        DecisionDate = h.DecisionDate,
                        Decision = h.DecisionDate is null ? null : AgencyDecision.Agreed,
                        DecidedBy = h.DecisionDate is null ? null : "Agency decision maker",
                    }
                );
            }

            meeting.Minutes = $"Quorate. {group.Count()} case(s) considered.";
            db.PanelMeetings.Add(meeting);
        }

        db.PanelMeetings.Add(new PanelMeeting { Id = r.Guid(), OwningOrganisationId = agency.Id, Type = PanelType.Adoption, MeetingDate = today.AddDays(14) });
    }

    private static T Pick<T>(Randomizer r, (T Value, double Weight)[] weights)
    {
        var p = r.Double();
        foreach (var (value, weight) in weights)
        {
            p -= weight;
            if (p <= 0) return value;
        }

        return weights[^1].Value;
    }

    private AdopterHousehold NewHousehold(Organisation agency, AdopterStage stage, Randomizer r)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var couple = r.Double() < 0.7;
        var family = _faker.Name.LastName();
        var first = _faker.Name.FirstName();
        var second = _faker.Name.FirstName();
        var name = couple ? $"{first} and {second} {family}" : $"{first} {family}";
        var fastTrack = stage is not (AdopterStage.Enquiry or AdopterStage.RegistrationOfInterest or AdopterStage.StageOne) && r.Double() < 0.1;

        // The whole journey as day offsets from the enquiry, then the enquiry placed so that
        // "today" falls inside the household's stage.
        var pack = r.Double() < 0.85 ? r.Number(1, 6) : r.Number(8, 12);
        var visit = pack + r.Number(7, 21);
        var roi = visit + r.Number(7, 21);
        var s1Start = roi + r.Number(0, 14);
        var s1Done = s1Start + (r.Double() < 0.8 ? r.Number(40, 60) : r.Number(62, 80));
        var s2Start = fastTrack ? roi + r.Number(0, 14) : s1Done + r.Number(0, 30);
        var training = s2Start + r.Number(20, 60);
        var report = s2Start + r.Number(80, 105);
        var panel = report + r.Number(7, 20);
        var decisionWorkingDays = r.Double() < 0.85 ? r.Number(2, 7) : r.Number(8, 12);
        var (start, span) = stage switch
        {
            AdopterStage.Enquiry => (0, pack + 3),
            AdopterStage.RegistrationOfInterest => (roi, s1Start - roi + 10),
            AdopterStage.StageOne => (s1Start, 75),
            AdopterStage.StageTwo => (s2Start, 130),
            AdopterStage.NotApproved => (panel + 14, 200),
            AdopterStage.Withdrawn => (visit, 300),
            _ => (panel + 14, 540),
        };
        var enquiry = today.AddDays(-(start + r.Number(0, Math.Max(1, span))));
        DateOnly? At(int offset) => enquiry.AddDays(offset) <= today ? enquiry.AddDays(offset) : null;

        var h = new AdopterHousehold
        {
            Id = r.Guid(),
            OwningOrganisationId = agency.Id,
            Name = name,
            NumberOfAdults = couple ? 2 : 1,
            EnquiryDate = enquiry,
            EnquirySource = fastTrack && r.Bool() ? EnquirySource.OtherAgency : Pick(r, SourceWeights),
            FastTrack = fastTrack,
            Area = r.ArrayElement(Areas),
        };
        h.InformationPackSentDate = stage == AdopterStage.Enquiry ? At(pack) : calendar.AddWorkingDays(enquiry, Math.Min(pack, 12));
        if (stage == AdopterStage.Enquiry) return Finish(h, null);

        h.InitialVisitDate = At(visit);
        var withdrawnAt = stage == AdopterStage.Withdrawn ? r.Number(visit + 1, panel) : int.MaxValue;
        h.RegistrationOfInterestDate = roi < withdrawnAt ? At(roi) : null;
        if (stage == AdopterStage.RegistrationOfInterest) return Finish(h, null);

        if (!fastTrack)
        {
            h.StageOneStartDate = s1Start < withdrawnAt && h.RegistrationOfInterestDate is not null ? At(s1Start) : null;
            h.StageOneCompletedDate = s1Done < withdrawnAt && h.StageOneStartDate is not null ? At(s1Done) : null;
            AddChecks(h, couple ? [first, second] : [first], family, r);
        }

        if (stage == AdopterStage.StageOne) return Finish(h, null);

        if (fastTrack || h.StageOneCompletedDate is not null)
        {
            h.StageTwoStartDate = s2Start < withdrawnAt ? At(s2Start) : null;
            h.TargetPanelDate = h.StageTwoStartDate?.AddMonths(4).AddDays(-14);
            h.PreparationTrainingCompletedDate = training < withdrawnAt && h.StageTwoStartDate is not null ? At(training) : null;
            h.ReportCompletedDate = report < withdrawnAt && h.StageTwoStartDate is not null ? At(report) : null;
            h.PanelDate = panel < withdrawnAt && h.ReportCompletedDate is not null ? At(panel) : null;
        }

        if (h.PanelDate is { } panelDate && stage is not (AdopterStage.StageTwo or AdopterStage.Withdrawn))
        {
            var decided = calendar.AddWorkingDays(panelDate, decisionWorkingDays);
            h.DecisionDate = decided <= today ? decided : null;
        }

        if (stage == AdopterStage.StageTwo)
        {
            if (r.Double() < 0.1 && h.StageTwoStartDate is { } s2 && s2.AddDays(20) < today)
            {
                h.Pauses.Add(new AdopterPause { Id = r.Guid(), OwningOrganisationId = agency.Id, StartDate = s2.AddDays(10), EndDate = r.Bool() ? s2.AddDays(r.Number(14, 40)) is var e && e <= today ? e : null : null, Reason = "The household asked for a break (a family bereavement)" });
            }

            return Finish(h, null);
        }

        if (stage == AdopterStage.Withdrawn)
        {
            h.EndedDate = At(withdrawnAt) ?? today;
            h.OutcomeReason = r.ArrayElement(["Changed circumstances (a new job abroad)", "Decided adoption is not right for them now", "Health reasons", "Chose another agency"]);
            return Finish(h, AdopterOutcome.Withdrawn);
        }

        if (h.DecisionDate is null) return Finish(h, null); // decision still awaited

        if (stage == AdopterStage.NotApproved)
        {
            h.PanelRecommendation = "The panel did not recommend approval.";
            h.EndedDate = h.DecisionDate;
            h.OutcomeReason = "The assessment found the household could not yet meet the needs of a child placed for adoption.";
            h.IndependentReviewRequestDate = r.Bool() && h.DecisionDate.Value.AddDays(20) <= today ? h.DecisionDate.Value.AddDays(20) : null;
            return Finish(h, AdopterOutcome.NotApproved);
        }

        h.PanelRecommendation = "The panel recommended approval.";
        h.ApprovalDate = h.DecisionDate;
        var approved = h.DecisionDate.Value;
        if (stage == AdopterStage.Matched)
        {
            var linked = approved.AddDays(r.Number(20, 300));
            h.LinkedDate = linked <= today ? linked : today;
        }

        if ((h.LinkedDate is null || h.LinkedDate > approved.AddMonths(3)) && approved.AddMonths(3).AddDays(-10) <= today && r.Double() < 0.9)
        {
            var referral = approved.AddMonths(3).AddDays(-r.Number(1, 20));
            h.RegisterReferralDate = referral <= today ? referral : today;
        }

        var range = new ApprovalRange(
            1,
            couple && r.Bool() ? 2 : 1,
            0,
            r.Number(2, 7),
            null,
            r.ArrayElement([null, "Mild developmental delay", "Foetal alcohol spectrum disorder, with support"]),
            r.ArrayElement([null, "A child of mixed heritage", "Would support a child's Catholic faith"]),
            h.Area
        );
        range = range with { SiblingGroups = range.MaximumChildren > 1 };
        AddReview(h, approved, range, "Approval range set at approval.", r);
        for (var review = approved.AddYears(1); review <= today && (h.LinkedDate is null || review < h.LinkedDate); review = review.AddYears(1))
        {
            var reviewed = review.AddDays(-r.Number(0, 20));
            AddReview(h, reviewed, range with { MaximumAgeYears = Math.Min(17, range.MaximumAgeYears!.Value + 1) }, "Annual review of approval: range widened by a year.", r);
            h.LastReviewDate = reviewed;
        }

        return Finish(h, AdopterOutcome.Approved);
    }

    private static AdopterHousehold Finish(AdopterHousehold h, AdopterOutcome? outcome)
    {
        h.Outcome = outcome;
        h.Stage = AdopterJourneyRules.StageOf(h.Journey, outcome);
        return h;
    }

    private void AddReview(AdopterHousehold h, DateOnly date, ApprovalRange range, string notes, Randomizer r)
    {
        h.SetRange(range);
        h.Reviews.Add(
            new ApprovalReview
            {
                Id = r.Guid(),
                OwningOrganisationId = h.OwningOrganisationId,
                ReviewDate = date,
                MinimumChildren = range.MinimumChildren!.Value,
                MaximumChildren = range.MaximumChildren!.Value,
                MinimumAgeYears = range.MinimumAgeYears!.Value,
                MaximumAgeYears = range.MaximumAgeYears!.Value,
                SiblingGroups = range.SiblingGroups!.Value,
                HealthNeeds = range.HealthNeeds,
                HeritageConsiderations = range.HeritageConsiderations,
                Location = range.Location,
                Notes = notes,
            }
        );
    }

    private void AddChecks(AdopterHousehold h, string[] adults, string family, Randomizer r)
    {
        if (h.StageOneStartDate is not { } start) return;
        var subjects = adults.Select(a => (StatutoryCheckKind.EnhancedDbs, $"{a} {family}"))
            .Concat(adults.Select(a => (StatutoryCheckKind.Medical, $"{a} {family}")))
            .Append((StatutoryCheckKind.LocalAuthority, $"{h.Area} council"))
            .Append((StatutoryCheckKind.Reference, _faker.Name.FullName()))
            .Append((StatutoryCheckKind.Reference, _faker.Name.FullName()));
        foreach (var (kind, subject) in subjects)
        {
            var done = start.AddDays(r.Number(10, 50));
            var completed = h.StageOneCompletedDate is { } s1 ? (done <= s1 ? done : s1) : done <= today ? done : (DateOnly?)null;
            h.Checks.Add(
                new AdopterCheck
                {
                    Id = r.Guid(),
                    OwningOrganisationId = h.OwningOrganisationId,
                    Kind = kind,
                    Subject = subject,
                    RequestedDate = start,
                    CompletedDate = completed,
                    Outcome = completed is null ? null : r.Double() < 0.95 ? CheckOutcome.Clear : CheckOutcome.Concerns,
                }
            );
        }
    }
}
