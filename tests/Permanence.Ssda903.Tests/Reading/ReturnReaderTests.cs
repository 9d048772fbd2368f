using System.Text;
using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Tests.Reading;

public class ReturnReaderTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    private static Ssda903Return Read(string content, string name = "file.csv") => Read(Encoding.UTF8.GetBytes(content), name);

    private static Ssda903Return Read(byte[] bytes, string name = "file.csv")
    {
        var result = new Ssda903Return();
        ReturnReader.ReadFile(new MemoryStream(bytes), name, result);
        return result;
    }

    [Fact]
    public void Recognises_a_table_by_its_columns_in_any_order_and_case()
    {
        var r = Read("dob,Child,DATE_PLACED,REASON_PLACED_CEASED,DATE_PLACED_CEASED\n01/02/2020,c1,03/04/2021,e1,\n", "whatever.csv");

        Assert.True(r.IsReadable);
        var row = Assert.Single(r.PlacedAdoption);
        Assert.Equal(new PlacedAdoptionRow(2, "c1", "01/02/2020", "03/04/2021", "", "E1"), row);
        Assert.Contains(Ssda903Table.PlacedAdoption, r.TablesSupplied);
    }

    [Fact]
    public void Codes_are_upper_cased_but_child_ids_are_kept()
    {
        var r = Read(EpisodesHeader + "\nAbC,01/04/2024,s,c2,n1,u1,pr1,,x1,,ab1 2cd,ab1 3cd,sc123\n");

        var e = Assert.Single(r.Episodes);
        Assert.Equal(("AbC", "S", "C2", "U1", "X1", "AB1 2CD"), (e.Child, e.Rne, e.Ls, e.Place, e.Rec, e.HomePost));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_allowed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,UN1,,\n")).ToArray();

        var r = Read(bytes);

        Assert.True(r.IsReadable, string.Join("; ", r.Problems));
        Assert.Equal("1", Assert.Single(r.Header).Child);
    }

    [Fact]
    public void Quotes_and_commas_inside_fields_are_read_as_csv()
    {
        var r = Read("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n\"1,2\",01/01/2005,\"YES\",F2,\"S\"\"\"\n");

        var row = Assert.Single(r.Oc3);
        Assert.Equal(("1,2", "YES", "S\""), (row.Child, row.InTouch, row.Accom));
    }

    [Fact]
    public void Unknown_table_is_reported()
    {
        var r = Read("NAME,ADDRESS,PHONE\na,b,c\n", "contacts.csv");

        var p = Assert.Single(r.Problems);
        Assert.Equal(("contacts.csv", 1), (p.File, p.Row));
        Assert.StartsWith("unknown table", p.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_column_is_reported_with_its_name()
    {
        var r = Read("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR\n");

        var p = Assert.Single(r.Problems);
        Assert.Equal(("LS_ADOPTR", "missing column for table Ad1"), (p.Column, p.Reason));
    }

    [Fact]
    public void Unexpected_extra_column_is_reported()
    {
        var r = Read("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR,NOTES\n");

        Assert.Equal("NOTES", Assert.Single(r.Problems).Column);
    }

    [Fact]
    public void Unnamed_trailing_columns_from_a_spreadsheet_export_are_ignored()
    {
        var r = Read("CHILD,SEX,DOB,DUC,,\n1,M,01/01/2010,,,\n");

        Assert.True(r.IsReadable, string.Join("; ", r.Problems));
        Assert.Equal("1", Assert.Single(r.Uasc).Child);
    }

    [Fact]
    public void Reading_a_folder_finds_csv_files_whatever_the_case_of_their_extension()
    {
        var folder = Directory.CreateTempSubdirectory("ssda903-case-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "UASC.CSV"), "CHILD,SEX,DOB,DUC\n1,M,01/01/2010,\n");
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a table");

            var r = ReturnReader.ReadFolder(folder.FullName);

            Assert.True(r.IsReadable, string.Join("; ", r.Problems));
            Assert.Single(r.Uasc);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Duplicate_header_is_reported()
    {
        var r = Read("CHILD,DOB,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,01/01/2015,01/01/2024,PN1\n");

        Assert.Contains(r.Problems, p => p is { Row: 1, Column: "DOB", Reason: "duplicate column in the header" });
        Assert.Empty(r.Reviews);
    }

    [Fact]
    public void A_second_file_for_the_same_table_is_reported()
    {
        var r = new Ssda903Return();
        ReturnReader.ReadFile(new MemoryStream("CHILD,SEX,DUC,DOB\n"u8.ToArray()), "uasc.csv", r);
        ReturnReader.ReadFile(new MemoryStream("CHILD,SEX,DOB,DUC\n"u8.ToArray()), "uasc2.csv", r);

        Assert.Contains("already read from uasc.csv", Assert.Single(r.Problems).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'C', 0, (byte)'H', 0 })] // UTF-16 with its BOM
    [InlineData(new byte[] { (byte)'C', (byte)'H', (byte)'I', (byte)'L', (byte)'D', (byte)',', 0xE9, (byte)'\n' })] // Latin-1 é
    public void Bad_encoding_is_reported(byte[] bytes)
    {
        var r = Read(bytes);

        Assert.Contains(r.Problems, p => p.Reason.StartsWith("bad encoding", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_encoding_in_a_data_row_is_reported_with_a_row()
    {
        var bytes = Encoding.UTF8.GetBytes("CHILD,SEX,DOB,DUC\n1,1,01/01/2010,01/01/2028\n").Concat(new byte[] { (byte)'2', (byte)',', 0xC3, 0x28, (byte)'\n' }).ToArray();

        var p = Assert.Single(Read(bytes).Problems);
        Assert.StartsWith("bad encoding", p.Reason, StringComparison.Ordinal);
        Assert.NotNull(p.Row);
    }

    [Theory]
    [InlineData("2020-01-31")]
    [InlineData("31/13/2020")]
    [InlineData("29/02/2023")] // not a leap year
    [InlineData("1/2/2020")]
    [InlineData("01/02/20")]
    [InlineData("01/02/2020 00:00")]
    public void A_date_that_is_not_dd_mm_yyyy_is_reported_with_row_and_column(string date)
    {
        var r = Read($"CHILD,DOB,MISSING,MIS_START,MIS_END\n1,01/01/2010,M,01/01/2024,\n2,01/01/2010,M,{date},\n");

        var p = Assert.Single(r.Problems);
        Assert.Equal((3, "MIS_START"), (p.Row, p.Column));
        Assert.Contains("dd/mm/yyyy", p.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leap_day_is_a_valid_date()
    {
        Assert.True(Read("CHILD,DOB,MISSING,MIS_START,MIS_END\n1,29/02/2024,M,01/01/2025,\n").IsReadable);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_and_its_neighbours_kept()
    {
        var r = Read("CHILD,SEX,DOB,DUC\n1,1,01/01/2010,01/01/2028\n2,1\n3,2,01/01/2011,01/01/2029\n");

        Assert.Equal(["1", "3"], r.Uasc.Select(u => u.Child));
        Assert.Equal(3, Assert.Single(r.Problems).Row);
    }

    [Fact]
    public void Blank_trailing_lines_are_ignored()
    {
        Assert.True(Read("CHILD,SEX,DOB,DUC\n1,1,01/01/2010,01/01/2028\n\n\n").IsReadable);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        Assert.Equal("the file is empty", Assert.Single(Read("").Problems).Reason);
    }

    [Fact]
    public void A_giant_line_is_reported_without_reading_it_all()
    {
        var r = Read("CHILD,SEX,DOB,DUC\n" + new string('x', 500_000) + "\n");

        Assert.Contains(r.Problems, p => p.Reason.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void Millions_of_garbage_rows_stop_after_a_bounded_number_of_problems()
    {
        // An endless stream of malformed rows: the reader must give up early, not read it all.
        var garbage = new GarbageStream("CHILD,SEX,DOB,DUC\n"u8.ToArray(), "a,b\n"u8.ToArray(), rows: 10_000_000);

        var r = new Ssda903Return();
        ReturnReader.ReadFile(garbage, "big.csv", r);

        Assert.Equal(ReturnReader.MaxProblemsPerFile + 1, r.Problems.Count);
        Assert.True(garbage.Position < 1_000_000, "the reader kept reading after giving up");
    }

    [Fact]
    public void A_file_with_more_rows_than_any_return_is_refused_at_the_limit()
    {
        // Valid rows without end: the row limit (5 million in use, 1,000 here) stops the read.
        var endless = new GarbageStream("CHILD,SEX,DOB,DUC\n"u8.ToArray(), "1,M,01/01/2010,\n"u8.ToArray(), rows: 100_000_000);

        var r = new Ssda903Return();
        ReturnReader.ReadFile(endless, "huge.csv", r, maxRows: 1_000);

        var p = Assert.Single(r.Problems);
        Assert.Equal(1_001, p.Row);
        Assert.Contains("far larger than any SSDA903 return", p.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_folder_reports_a_missing_folder_and_a_folder_without_csv_files()
    {
        var empty = Directory.CreateTempSubdirectory("ssda903-empty-");
        try
        {
            Assert.Equal("folder not found", Assert.Single(ReturnReader.ReadFolder(Path.Combine(empty.FullName, "nope")).Problems).Reason);
            Assert.Equal("no .csv files in the folder", Assert.Single(ReturnReader.ReadFolder(empty.FullName).Problems).Reason);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Fuzz_random_and_truncated_inputs_never_throw()
    {
        // Bounded by count, deterministic by seed: mutations of a valid file (truncation, random
        // bytes, stray quotes and commas, newlines) must only ever produce problems, not exceptions.
        var valid = Encoding.UTF8.GetBytes(EpisodesHeader + "\n1,01/04/2024,S,C2,N1,U1,PR1,02/05/2024,E11,,AB1 2CD,AB1 3CD,SC1\n2,03/04/2024,P,E1,N2,A5,PR2,,,,AB1,AB2,XXXXXXX\n");
        var random = new Random(903);
        byte[] specials = [(byte)'"', (byte)',', (byte)'\n', (byte)'\r', 0, 0xFF, 0xC3, (byte)'/'];
        for (var i = 0; i < 2_000; i++)
        {
            var bytes = (byte[])valid.Clone();
            var length = random.Next(0, bytes.Length + 1);
            for (var m = random.Next(0, 6); m > 0 && length > 0; m--)
            {
                bytes[random.Next(length)] = random.Next(2) == 0 ? specials[random.Next(specials.Length)] : (byte)random.Next(256);
            }

            var r = Read(bytes[..length]);

            Assert.True(r.IsReadable || r.Problems.All(p => p.Reason.Length > 0));
        }

        for (var i = 0; i < 300; i++)
        {
            var noise = new byte[random.Next(0, 2_000)];
            random.NextBytes(noise);
            var r = Read(noise);
            Assert.False(r.IsReadable && r.Episodes.Count > 0);
        }
    }

    /// <summary>A stream that produces a header then the same row many times, without holding it in memory.</summary>
    private sealed class GarbageStream(byte[] header, byte[] row, long rows) : Stream
    {
        private long position;
        private readonly long length = header.Length + (row.Length * rows);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && position < length)
            {
                buffer[offset + n++] = position < header.Length ? header[position] : row[(position - header.Length) % row.Length];
                position++;
            }
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
