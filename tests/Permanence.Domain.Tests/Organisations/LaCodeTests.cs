using Permanence.Domain.Organisations;

namespace Permanence.Domain.Tests.Organisations;

public class LaCodeTests
{
    [Theory]
    [InlineData("301", true)]
    [InlineData("941", true)]
    [InlineData("000", false)]
    [InlineData("30", false)]
    [InlineData("3011", false)]
    [InlineData("3a1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("٣٠١", false)] // Arabic-Indic digits are not ASCII digits
    public void La_code_is_three_ascii_digits(string? code, bool valid)
    {
        Assert.Equal(valid, LaCode.IsValid(code));
    }

    [Fact]
    public void Normalise_trims_spaces()
    {
        Assert.Equal("301", LaCode.Normalise(" 301 "));
        Assert.Null(LaCode.Normalise("abc"));
    }
}
