using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Tests.Scoring;

public class StarBoardTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(5, 0, 5)]
    [InlineData(6, 1, 0)]
    [InlineData(13, 2, 1)]
    public void For_WhenPointsNotNegative_SixStarsMakeAFlag(int points, int flags, int stars)
    {
        StarBoard.For(points).ShouldBe(new StarTally(flags, stars, Negative: false));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-13)]
    public void For_WhenPointsNegative_ShowsNoStarsAndMarksNegative(int points)
    {
        StarBoard.For(points).ShouldBe(new StarTally(0, 0, Negative: true));
    }
}
