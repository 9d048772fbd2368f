using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Commands;

/// <summary>
/// <c>permanence ssda903 generate</c>: a synthetic return. The chosen year goes in the folder
/// itself and each earlier year in a sub-folder named after its year ending, so that
/// <c>validate out --year 2025 --previous out/2024</c> and <c>scorecard out out/2024 ...</c> work.
/// </summary>
public static class GenerateCommand
{
    public static int Run(string folder, int children, int year, int seed, double errorRate, int years, TextWriter stdout, TextWriter stderr)
    {
        if (children < 0 || errorRate is < 0 or > 1 || years < 1)
        {
            stderr.WriteLine("Error: --children must be 0 or more, --error-rate between 0 and 1, --years 1 or more.");
            return ExitCodes.Unreadable;
        }
        var generated = ReturnGenerator.Generate(children, year, seed, errorRate, years);
        for (var i = 0; i < generated.Returns.Count; i++)
        {
            var yearEnding = year - generated.Returns.Count + 1 + i;
            var target = yearEnding == year ? folder : Path.Combine(folder, yearEnding.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ReturnWriter.WriteFolder(generated.Returns[i], target);
            stdout.WriteLine($"{target}: {generated.Returns[i].Header.Count:N0} children, {generated.Returns[i].Episodes.Count:N0} episodes (year ending {yearEnding})");
        }
        stdout.WriteLine($"{generated.Journeys.Count:N0} adoptions; {generated.ErrorsInjected:N0} children given an error.");
        return ExitCodes.Clean;
    }
}
