using Permanence.Domain.Children;

namespace Permanence.Domain.Tests.Children;

public class EthnicityTests
{
    [Theory]
    [InlineData("WBRI", false)]
    [InlineData("WIRI", false)]
    [InlineData("WROM", false)]
    [InlineData("MWBC", true)]
    [InlineData("BAFR", true)]
    [InlineData("APKN", true)]
    [InlineData("CHNE", true)]
    [InlineData("OOTH", true)]
    [InlineData("REFU", false)]
    [InlineData("NOBT", false)]
    public void Black_or_minority_ethnic_is_every_group_but_white_and_not_known(string code, bool bme)
    {
        Assert.Equal(bme, Ethnicity.FromCode(code)!.IsBlackOrMinorityEthnic);
    }

    [Theory]
    [InlineData("wbri")]
    [InlineData(" MWBA ")]
    public void Codes_are_case_insensitive_and_trimmed(string code)
    {
        Assert.NotNull(Ethnicity.FromCode(code));
    }

    [Theory]
    [InlineData("XXXX")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_are_not_ethnicities(string? code)
    {
        Assert.Null(Ethnicity.FromCode(code));
    }

    [Fact]
    public void There_are_twenty_dfe_codes_each_unique()
    {
        Assert.Equal(20, Ethnicity.All.Select(e => e.Code).Distinct().Count());
    }
}
