namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// The structured points of a rule: fixed, or per unit of a quantity. Deliberately not an expression,
/// so that a citizen can read exactly how their points were worked out.
/// </summary>
public sealed record PointsDelta
{
    public DeltaKind Kind { get; init; }

    /// <summary>Signed points for a fixed rule, or per unit for a per-unit rule.</summary>
    public int Points { get; init; }

    /// <summary>How much quantity makes one unit: "1 point per 4 hours" has <see cref="Points"/> 1 and UnitSize 4.</summary>
    public decimal UnitSize { get; init; } = 1m;

    /// <summary>What the quantity measures ("hours", "yuan", "months"); shown to people, never interpreted.</summary>
    public string QuantityUnit { get; init; } = "";

    /// <summary>Applied to quantity / <see cref="UnitSize"/> before multiplying by <see cref="Points"/>.</summary>
    public UnitRounding Rounding { get; init; } = UnitRounding.Down;

    public decimal? MinQuantity { get; init; }

    public decimal? MaxQuantity { get; init; }

    public static PointsDelta Fixed(int points) => new() { Kind = DeltaKind.Fixed, Points = points };

    public static PointsDelta PerUnit(
        int points,
        decimal unitSize,
        string quantityUnit,
        UnitRounding rounding = UnitRounding.Down,
        decimal? minQuantity = null,
        decimal? maxQuantity = null) => new()
        {
            Kind = DeltaKind.PerUnit,
            Points = points,
            UnitSize = unitSize,
            QuantityUnit = quantityUnit,
            Rounding = rounding,
            MinQuantity = minQuantity,
            MaxQuantity = maxQuantity,
        };

    /// <summary>Points for one event before caps. A quantity given to a fixed rule is range-checked but does not change the points.</summary>
    public ScoringResult<int> Compute(decimal? quantity)
    {
        if (quantity is { } given && !InRange(given))
        {
            return ScoringError.QuantityOutOfRange(given, MinQuantity, MaxQuantity, QuantityUnit);
        }

        if (Kind == DeltaKind.Fixed)
        {
            return Points;
        }

        if (quantity is not { } q)
        {
            return ScoringError.QuantityRequired(QuantityUnit);
        }

        if (UnitSize <= 0m)
        {
            return ScoringError.UnitSizeInvalid();
        }

        var raw = PointsFor(q);
        return raw is >= int.MinValue and <= int.MaxValue
            ? (int)raw
            : ScoringError.QuantityOutOfRange(q, MinQuantity, MaxQuantity, QuantityUnit);
    }

    /// <summary>
    /// The largest number of points, in absolute value, one event can produce before caps;
    /// null when a per-unit rule has no maximum quantity. A method, not a property, so it stays out of the stored JSON.
    /// </summary>
    public long? MaxAbsolutePoints()
    {
        if (Kind == DeltaKind.Fixed)
        {
            return Math.Abs((long)Points);
        }

        if (MaxQuantity is not { } max || UnitSize <= 0m)
        {
            return null;
        }

        // Rounding is monotonic, so the largest quantity gives the largest magnitude.
        var raw = PointsFor(max);
        return raw >= long.MaxValue || raw <= long.MinValue ? long.MaxValue : Math.Abs((long)raw);
    }

    private bool InRange(decimal quantity) =>
        quantity >= 0m
        && (MinQuantity is not { } min || quantity >= min)
        && (MaxQuantity is not { } max || quantity <= max);

    private decimal PointsFor(decimal quantity)
    {
        try
        {
            var units = Rounding switch
            {
                UnitRounding.Up => decimal.Ceiling(quantity / UnitSize),
                UnitRounding.Nearest => decimal.Round(quantity / UnitSize, MidpointRounding.AwayFromZero),
                _ => decimal.Floor(quantity / UnitSize),
            };
            return units * Points;
        }
        catch (OverflowException)
        {
            // A quantity so large it overflows decimal is out of any sensible range; the caller reports it as such.
            return decimal.MaxValue;
        }
    }
}
