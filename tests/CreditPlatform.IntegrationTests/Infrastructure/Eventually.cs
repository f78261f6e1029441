namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>Waits for a condition that another process or thread makes true, with a deadline instead of a sleep.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(15);

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> at the deadline.</summary>
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var limit = deadline ?? DefaultDeadline;
        while (true)
        {
            if (await condition())
            {
                return started.Elapsed;
            }

            if (started.Elapsed > limit)
            {
                throw new Xunit.Sdk.XunitException($"Within {limit.TotalSeconds} s: {what}");
            }

            await Task.Delay(20);
        }
    }
}
