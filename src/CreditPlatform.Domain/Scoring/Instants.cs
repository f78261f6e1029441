namespace CreditPlatform.Domain.Scoring;

/// <summary>Moments as the database keeps them: UTC, to the microsecond.</summary>
public static class Instants
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>
    /// PostgreSQL stores microseconds, .NET ticks are a tenth of one. Hashing a value the database will round
    /// would break the ledger chain on the first read back, so every stored moment passes through here first.
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }

    public static DateTimeOffset? Stored(DateTimeOffset? value) => value is { } v ? Stored(v) : null;
}
