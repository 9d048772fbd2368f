using System.IO.Compression;
using System.Text;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Tests.Infrastructure;

/// <summary>A name typed as a formula must never run in the spreadsheet of whoever downloads the export.</summary>
public class TableExportTests
{
    private static ExportTable Table(params string[] values) => new("test", ["Name"], values.Select(v => (IReadOnlyList<object?>)[v]).ToList());

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-5", "-5")] // a plain negative number stays a number
    [InlineData("Smith", "Smith")]
    public void Csv_NeutralisesACellThatStartsLikeAFormula(string value, string expected)
    {
        var csv = Encoding.UTF8.GetString(TableExport.ToCsv(Table(value))).TrimStart('\uFEFF');
        var cell = csv.Split("\r\n")[1];
        Assert.Equal(expected.Contains(',', StringComparison.Ordinal) ? $"\"{expected}\"" : expected, cell);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1:A2)")]
    public void Excel_WritesAFormulaLikeValueAsText_NeverAsAFormula(string value)
    {
        using var zip = new ZipArchive(new MemoryStream(TableExport.ToExcel(Table(value))));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = reader.ReadToEnd();
        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        var strings = zip.GetEntry("xl/sharedStrings.xml") is { } shared ? new StreamReader(shared.Open()).ReadToEnd() : "";
        Assert.Contains(System.Security.SecurityElement.Escape(value), xml + strings, StringComparison.Ordinal);
    }
}
