using System.Text.Json;
using MiniExcelLibs;
using Permanence.Ssda903.Commands;

namespace Permanence.Ssda903.Tests.Commands;

public sealed class CommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("ssda903-cli-");
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();
    private readonly StringWriter generateOutput = new();

    public void Dispose() => work.Delete(recursive: true);

    private string Generate(double errorRate = 0, int years = 2, int children = 400)
    {
        var folder = Path.Combine(work.FullName, $"return-{errorRate}-{years}");
        Assert.Equal(0, GenerateCommand.Run(folder, children, 2025, seed: 21, errorRate, years, generateOutput, stderr));
        return folder;
    }

    [Fact]
    public void Generate_writes_the_year_and_earlier_years_in_sub_folders()
    {
        var folder = Generate(years: 2);

        Assert.True(File.Exists(Path.Combine(folder, "episodes.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "2024", "ad1.csv")));
        Assert.Contains("adoptions", generateOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_a_clean_return_exits_0()
    {
        var folder = Generate();

        var exit = ValidateCommand.Run(folder, 2025, Path.Combine(folder, "2024"), OutputFormat.Table, null, stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Contains("No validation errors.", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_a_return_with_errors_exits_1_and_lists_them_as_a_table()
    {
        var folder = Generate(errorRate: 0.2);

        var exit = ValidateCommand.Run(folder, 2025, null, OutputFormat.Table, null, stdout, stderr);

        Assert.Equal(1, exit);
        var lines = stdout.ToString().Split('\n');
        Assert.Equal("2024 to 2025 return, checked with the DfE rules for 2024 to 2025.", lines[0].TrimEnd());
        Assert.StartsWith("Rule", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(" error(s), ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_as_json_gives_every_error_with_rule_table_row_and_child()
    {
        var folder = Generate(errorRate: 0.2);

        var exit = ValidateCommand.Run(folder, 2025, null, OutputFormat.Json, null, stdout, stderr);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal(json.RootElement.GetProperty("errorCount").GetInt32(), errors.GetArrayLength());
        var first = errors[0];
        foreach (var property in new[] { "code", "message", "table", "file", "row", "child", "fields" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }
    }

    [Fact]
    public void Validate_as_json_names_the_ruleset_and_the_rules_not_run_with_why()
    {
        var folder = Generate(errorRate: 0.2);

        ValidateCommand.Run(folder, 2025, null, OutputFormat.Json, null, stdout, stderr);

        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("DfE rules for 2024 to 2025", json.RootElement.GetProperty("ruleset").GetString());
        Assert.Equal("2024 to 2025", json.RootElement.GetProperty("collectionYear").GetString());
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("reason").GetString()!);
        Assert.Equal("needs a postcode lookup", skipped["1015"]);
        Assert.DoesNotContain("233", skipped.Keys); // not a 2024 to 2025 rule at all
        Assert.DoesNotContain("700", skipped.Keys); // a 2026 to 2027 rule
        Assert.Contains("(DfE rules for 2024 to 2025;", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_year_2026_runs_the_2025_to_2026_rules()
    {
        var folder = Generate(errorRate: 0.2);

        ValidateCommand.Run(folder, 2026, null, OutputFormat.Table, null, stdout, stderr);

        Assert.StartsWith("2025 to 2026 return, checked with the DfE rules for 2025 to 2026.", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_as_xlsx_writes_a_workbook_with_a_row_per_error()
    {
        var folder = Generate(errorRate: 0.2);
        var path = Path.Combine(work.FullName, "report.xlsx");

        var exit = ValidateCommand.Run(folder, 2025, null, OutputFormat.Xlsx, path, stdout, stderr);

        Assert.Equal(1, exit);
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Errors").Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r["Rule"]?.ToString())));
        Assert.Contains($"{rows.Count} error(s) written", stdout.ToString(), StringComparison.Ordinal);
        var rules = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Rules").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Checked with the DfE rules for 2024 to 2025", rules[0]["Status"]);
        Assert.Contains(rules, r => r["Rule"]?.ToString() == "1015" && r["Status"]?.ToString() == "not run: needs a postcode lookup");
    }

    [Fact]
    public void Validate_unreadable_files_exits_2_with_the_reason()
    {
        var folder = Path.Combine(work.FullName, "bad");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "episodes.csv"), "CHILD,DECOM\n1,2024-01-01\n");

        var exit = ValidateCommand.Run(folder, 2025, null, OutputFormat.Table, null, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("unknown table", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_as_json_when_unreadable_says_so_and_exits_2()
    {
        var folder = Path.Combine(work.FullName, "bad-json");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,2015-01-01,WBRI,UN1,,\n");

        var exit = ValidateCommand.Run(folder, 2025, null, OutputFormat.Json, null, stdout, stderr);

        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.False(json.RootElement.GetProperty("readable").GetBoolean());
        Assert.Equal("DOB", json.RootElement.GetProperty("problems")[0].GetProperty("column").GetString());
    }

    [Fact]
    public void Scorecard_as_a_table_shows_each_measure_for_one_and_three_years()
    {
        var folder = Generate(years: 3, children: 600);

        var exit = ScorecardCommand.Run([folder, Path.Combine(folder, "2024"), Path.Combine(folder, "2023")], 2025, OutputFormat.Table, stdout, stderr);

        Assert.Equal(0, exit);
        var text = stdout.ToString();
        foreach (var measure in new[] { "A1      1 year", "A2      3 years", "A3      1 year", "A10     3 years" })
        {
            Assert.Contains(measure, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Scorecard_as_json_lists_the_children_in_each_cohort()
    {
        var folder = Generate(years: 2);

        var exit = ScorecardCommand.Run([folder, Path.Combine(folder, "2024")], 2025, OutputFormat.Json, stdout, stderr);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        var a1 = json.RootElement.GetProperty("oneYear").GetProperty("a1");
        var children = a1.GetProperty("children");
        Assert.True(children.GetArrayLength() > 0);
        Assert.Equal(children.GetArrayLength(), a1.GetProperty("count").GetInt32());
        Assert.True(children[0].TryGetProperty("days", out _));
    }

    [Fact]
    public void Scorecard_of_an_unreadable_folder_exits_2()
    {
        Assert.Equal(2, ScorecardCommand.Run([Path.Combine(work.FullName, "missing")], 2025, OutputFormat.Table, stdout, stderr));
        Assert.Contains("folder not found", stderr.ToString(), StringComparison.Ordinal);
    }
}
