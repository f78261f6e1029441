using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class TierMapperTests
{
    [Theory]
    [InlineData(1051, "AAA")]
    [InlineData(1050, "AAA")]
    [InlineData(1049, "AA")]
    [InlineData(1031, "AA")]
    [InlineData(1030, "AA")]
    [InlineData(1029, "A")]
    [InlineData(961, "A")]
    [InlineData(960, "A")]
    [InlineData(959, "B")]
    [InlineData(851, "B")]
    [InlineData(850, "B")]
    [InlineData(849, "C")]
    [InlineData(601, "C")]
    [InlineData(600, "C")]
    [InlineData(599, "D")]
    [InlineData(-5000, "D")]
    public void Map_WhenRongchengScore_ReturnsBand(int score, string expected)
    {
        TierMapper.Map(Rongcheng, score).ShouldBe(expected);
    }

    [Fact]
    public void Map_WhenSchemeHasNoBands_ReturnsNull()
    {
        TierMapper.Map(Majia, 30).ShouldBeNull();
    }

    [Fact]
    public void Map_WhenNoCatchAllAndScoreBelowEveryBand_ReturnsNull()
    {
        var scheme = Rongcheng with { Bands = [new Band("GOOD", 100), new Band("FAIR", 50)] };

        TierMapper.Map(scheme, 49).ShouldBeNull();
    }

    [Theory]
    [InlineData("AAA", 0)]
    [InlineData("D", 5)]
    [InlineData("E", -1)]
    public void RankOf_WhenBandCode_ReturnsPositionBestFirst(string band, int expected)
    {
        TierMapper.RankOf(Rongcheng, band).ShouldBe(expected);
    }
}
