using System.Text;
using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Tests.Reading;

public class ReturnFilesTests
{
    [Fact]
    public void Files_written_in_memory_read_back_to_the_same_return()
    {
        var generated = ReturnGenerator.Generate(50, 2025, seed: 3, errorRate: 0.2, years: 1);

        var read = ReturnReader.ReadFiles(ReturnWriter.WriteFiles(generated.Current));

        Assert.True(read.IsReadable, string.Join("; ", read.Problems));
        Assert.Equal(generated.Current.TablesSupplied.Order(), read.TablesSupplied.Order());
        Assert.Equal(generated.Current.Episodes.Select(e => e with { RowNumber = 0 }), read.Episodes.Select(e => e with { RowNumber = 0 }));
        Assert.Equal("episodes.csv", read.FileName(Ssda903Table.Episodes));
    }

    [Fact]
    public void A_chosen_file_that_is_not_csv_is_a_problem_and_the_others_are_still_read()
    {
        var read = ReturnReader.ReadFiles([
            new("return.xlsx", [0x50, 0x4B, 0x03, 0x04]),
            new("HEADER.CSV", Encoding.UTF8.GetBytes("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2020,WBRI,,,\n")),
        ]);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(new ReadProblem("return.xlsx", null, null, "not a CSV file: save each table of the return as a .csv file"), problem);
        Assert.Single(read.Header);
    }

    [Fact]
    public void Row_values_are_the_row_as_read_in_column_order_and_empty_for_a_row_that_is_not_there()
    {
        var read = ReturnReader.ReadFiles([new("h.csv", Encoding.UTF8.GetBytes("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nc1,m,29/02/2020,wbri,,,\n"))]);

        var values = read.RowValues(Ssda903Table.Header, 2);

        Assert.Equal(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], values.Select(v => v.Key));
        Assert.Equal(["c1", "M", "29/02/2020", "WBRI", "", "", ""], values.Select(v => v.Value));
        Assert.Empty(read.RowValues(Ssda903Table.Header, 3));
        Assert.Empty(read.RowValues(Ssda903Table.Episodes, 2));
    }
}
