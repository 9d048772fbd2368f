using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Rules;

public sealed class ReferenceDataTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("ssda903-reference-");

    public void Dispose() => work.Delete(recursive: true);

    private string Csv(string name, string text)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static IReadOnlyList<ValidationError> Run(string code, ReturnFixture f, ReferenceData reference) =>
        ReturnValidator.All.Single(r => r.Code == code).Run(new ValidationContext(f.Build(), ReturnFixture.YearEnding, reference: reference));

    [Fact]
    public void Rule_633_does_not_run_without_the_LA_code_list_and_the_report_says_why()
    {
        var fixture = new ReturnFixture();
        fixture.PrevPerm.Add(new(0, "1", "01/06/2021", "P1", "999", "01/01/2020"));

        Assert.Empty(Run("633", fixture, ReferenceData.None));
        var skipped = Ruleset.For(2025).SkippedWith(ReferenceData.None).Single(s => s.Code == "633");
        Assert.Equal("needs the DfE's list of LA codes (on the command line: --la-codes, a CSV with a code column)", skipped.Reason);
    }

    [Fact]
    public void Rule_633_with_the_list_accepts_its_codes_and_places_outside_England()
    {
        var problems = new List<ReadProblem>();
        var reference = ReferenceData.Read(Csv("la.csv", "LA_CODE,LA_NAME\n931,Oxfordshire\n 825 ,Buckinghamshire\n"), null, problems);
        var fixture = new ReturnFixture();
        fixture.PrevPerm.Add(new(0, "1", "01/06/2021", "P1", "931", "01/01/2020"));
        fixture.PrevPerm.Add(new(0, "2", "01/06/2021", "P1", "WAL", "01/01/2020"));
        fixture.PrevPerm.Add(new(0, "3", "01/06/2021", "P1", "999", "01/01/2020"));

        var errors = Run("633", fixture, reference);

        Assert.Empty(problems);
        Assert.Equal(["3"], errors.Select(e => e.Child));
        Assert.DoesNotContain(Ruleset.For(2025).SkippedWith(reference), s => s.Code == "633");
    }

    [Fact]
    public void Rule_1008_flags_a_URN_not_in_Ofsteds_list_but_not_an_unregistered_placement()
    {
        var problems = new List<ReadProblem>();
        var reference = ReferenceData.Read(null, Csv("providers.csv", "URN,Provider name\nSC123456,A children's home\n"), problems);
        var fixture = new ReturnFixture()
            .Episode(0, e => e with { Urn = "SC123456" })
            .Episode(1, e => e with { Urn = "SC999999" });

        var errors = Run("1008", fixture, reference);

        Assert.Empty(problems);
        Assert.Equal(3, Assert.Single(errors).Row); // the second episode, on the file's third line
    }

    [Fact]
    public void Reference_file_without_the_column_is_a_problem_with_the_file_named()
    {
        var problems = new List<ReadProblem>();

        var reference = ReferenceData.Read(Csv("codes.csv", "Name\nOxfordshire\n"), null, problems);

        Assert.Null(reference.LaCodes);
        Assert.Equal("codes.csv", Assert.Single(problems).File);
    }
}
