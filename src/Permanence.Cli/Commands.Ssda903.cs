using System.CommandLine;
using Permanence.Ssda903.Commands;

namespace Permanence.Cli;

/// <summary>
/// <c>permanence ssda903 validate|scorecard|generate</c>. Only argument parsing lives here; the
/// logic is in Permanence.Ssda903.Commands, where it is tested in-process.
/// </summary>
internal static class Ssda903Commands
{
    public static Command Create()
    {
        var ssda903 = new Command("ssda903", "The SSDA903 children-looked-after return: validate it, compute the Adoption Scorecard, make a synthetic one.");
        ssda903.Subcommands.Add(Validate());
        ssda903.Subcommands.Add(Scorecard());
        ssda903.Subcommands.Add(Generate());
        return ssda903;
    }

    // --year and --format are checked here rather than by the parser so that a missing year or an
    // unknown format exits with 2 ("cannot use what it was given"), never with 1, which scripts
    // read as "the return has validation errors".
    private static Option<int?> Year() =>
        new("--year") { Description = "Required: the year the collection ends in (on 31 March). 2025 is the 2024 to 2025 return (1 April 2024 to 31 March 2025), checked with the DfE rules for 2024 to 2025; 2026 uses the 2025 to 2026 rules" };

    private static Option<string> Format(string choices) =>
        new("--format") { Description = choices, DefaultValueFactory = _ => "table" };

    private static int WithYearAndFormat(ParseResult result, Option<int?> year, Option<string> format, Func<int, OutputFormat, int> run)
    {
        if (result.GetValue(year) is not { } y)
        {
            Console.Error.WriteLine("Error: --year is required (the year ending 31 March, e.g. --year 2025).");
            return ExitCodes.Unreadable;
        }
        if (!Enum.TryParse<OutputFormat>(result.GetValue(format), ignoreCase: true, out var f) || !Enum.IsDefined(f))
        {
            Console.Error.WriteLine($"Error: --format must be table, json or xlsx, not '{result.GetValue(format)}'.");
            return ExitCodes.Unreadable;
        }
        return run(y, f);
    }

    private static Command Validate()
    {
        var folder = new Argument<string>("folder") { Description = "The folder holding the return's CSV files" };
        var year = Year();
        var previous = new Option<string?>("--previous") { Description = "The folder of last year's return, for the rules that compare years" };
        var format = Format("table (default), json or xlsx");
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of the console (xlsx: the workbook path)" };
        var laCodes = new Option<string?>("--la-codes") { Description = "Optional CSV of the DfE's three-digit LA codes (a column named code or LA_CODE), for rule 633" };
        var providers = new Option<string?>("--providers") { Description = "Optional CSV of Ofsted's registered providers (a column named URN), for rule 1008" };
        var command = new Command("validate", "Check a return against the DfE validation rules of its year. Exit code 0 clean, 1 errors, 2 unreadable.") { folder, year, previous, format, output, laCodes, providers };
        command.SetAction(result => WithYearAndFormat(result, year, format, (y, f) => ValidateCommand.Run(
            result.GetValue(folder)!, y, result.GetValue(previous), f, result.GetValue(output), Console.Out, Console.Error, result.GetValue(laCodes), result.GetValue(providers))));
        return command;
    }

    private static Command Scorecard()
    {
        var folders = new Argument<string[]>("folders") { Description = "One folder per year of the LA's returns (earlier years let periods of care be chained)", Arity = ArgumentArity.OneOrMore };
        var year = Year();
        var format = Format("table (default) or json (with the children in each cohort)");
        var command = new Command("scorecard", "A1, A2, A3 and A10, one-year and three-year, from the returns.") { folders, year, format };
        command.SetAction(result => WithYearAndFormat(result, year, format, (y, f) =>
            ScorecardCommand.Run(result.GetValue(folders)!, y, f, Console.Out, Console.Error)));
        return command;
    }

    private static Command Generate()
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the return (earlier years go in sub-folders named by year)" };
        var children = new Option<int>("--children") { Description = "Children looked after in the year", Required = true };
        var year = Year();
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same return", DefaultValueFactory = _ => 903 };
        var errorRate = new Option<double>("--error-rate") { Description = "Share of children given one data error (0 to 1)", DefaultValueFactory = _ => 0 };
        var years = new Option<int>("--years") { Description = "How many years of returns, ending with --year", DefaultValueFactory = _ => 2 };
        var command = new Command("generate", "Write a synthetic return with coherent adoption journeys.") { folder, children, year, seed, errorRate, years };
        command.SetAction(result =>
        {
            if (result.GetValue(year) is not { } y)
            {
                Console.Error.WriteLine("Error: --year is required (the year ending 31 March, e.g. --year 2025).");
                return ExitCodes.Unreadable;
            }
            return GenerateCommand.Run(
                result.GetValue(folder)!, result.GetValue(children), y, result.GetValue(seed), result.GetValue(errorRate), result.GetValue(years), Console.Out, Console.Error);
        });
        return command;
    }
}
