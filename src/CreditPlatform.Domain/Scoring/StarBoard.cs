namespace CreditPlatform.Domain.Scoring;

/// <summary>The village board's notation: one point is one red star, six stars make a flag.</summary>
public static class StarBoard
{
    public const int StarsPerFlag = 6;

    public static StarTally For(int points) => points < 0
        ? new StarTally(0, 0, Negative: true)
        : new StarTally(points / StarsPerFlag, points % StarsPerFlag, Negative: false);
}
