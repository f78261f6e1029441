using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Domain.Tests.Scoring;

public class PointsDeltaTests
{
    [Fact]
    public void Compute_WhenFixed_ReturnsPointsWithoutQuantity()
    {
        PointsDelta.Fixed(-20).Compute(null).Value.ShouldBe(-20);
    }

    [Fact]
    public void Compute_WhenFixedGivenQuantity_IgnoresQuantity()
    {
        PointsDelta.Fixed(5).Compute(12m).Value.ShouldBe(5);
    }

    [Theory]
    [InlineData(UnitRounding.Down, 7, 1)]
    [InlineData(UnitRounding.Down, 8, 2)]
    [InlineData(UnitRounding.Up, 5, 2)]
    [InlineData(UnitRounding.Up, 8, 2)]
    [InlineData(UnitRounding.Nearest, 5, 1)]
    [InlineData(UnitRounding.Nearest, 6, 2)]
    [InlineData(UnitRounding.Nearest, 7, 2)]
    [InlineData(UnitRounding.Nearest, 10, 3)]
    public void Compute_WhenPerUnit_RoundsUnitsBeforeMultiplying(UnitRounding rounding, int hours, int expected)
    {
        var delta = PointsDelta.PerUnit(1, 4m, "hours", rounding);

        delta.Compute(hours).Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(8, 2)]
    [InlineData(16, 4)]
    [InlineData(0, 0)]
    public void Compute_WhenTwoPointsPerEightHours_MultipliesPointsByUnits(int hours, int expected)
    {
        PointsDelta.PerUnit(2, 8m, "hours").Compute(hours).Value.ShouldBe(expected);
    }

    [Fact]
    public void Compute_WhenPerUnitNegative_GivesNegativePoints()
    {
        PointsDelta.PerUnit(-10, 1m, "months").Compute(3m).Value.ShouldBe(-30);
    }

    [Fact]
    public void Compute_WhenDonationOf3000Yuan_Gives30Points()
    {
        PointsDelta.PerUnit(1, 100m, "yuan").Compute(3000m).Value.ShouldBe(30);
    }

    [Fact]
    public void Compute_WhenPerUnitQuantityMissing_ReturnsQuantityRequired()
    {
        var result = PointsDelta.PerUnit(1, 4m, "hours").Compute(null);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Code.ShouldBe(ScoringErrorCodes.QuantityRequired);
        result.Error.Message.ShouldBe("This rule needs a quantity in hours.");
    }

    [Theory]
    [InlineData(41)]
    [InlineData(0.5)]
    [InlineData(-1)]
    public void Compute_WhenQuantityOutsideRange_ReturnsQuantityOutOfRange(double quantity)
    {
        var delta = PointsDelta.PerUnit(1, 4m, "hours", minQuantity: 1m, maxQuantity: 40m);

        var result = delta.Compute((decimal)quantity);

        result.Error!.Code.ShouldBe(ScoringErrorCodes.QuantityOutOfRange);
    }

    [Fact]
    public void Compute_WhenQuantityOutOfRange_SaysTheRangeInWords()
    {
        var delta = PointsDelta.PerUnit(1, 4m, "hours", minQuantity: 1m, maxQuantity: 40m);

        delta.Compute(41m).Error!.Message.ShouldBe("Quantity 41 hours is outside the allowed range: from 1 to 40 hours.");
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(40, 10)]
    public void Compute_WhenQuantityOnRangeBoundary_IsAccepted(int hours, int expected)
    {
        var delta = PointsDelta.PerUnit(1, 4m, "hours", minQuantity: 1m, maxQuantity: 40m);

        delta.Compute(hours).Value.ShouldBe(expected);
    }

    [Fact]
    public void Compute_WhenFixedGivenNegativeQuantity_ReturnsQuantityOutOfRange()
    {
        PointsDelta.Fixed(5).Compute(-1m).Error!.Code.ShouldBe(ScoringErrorCodes.QuantityOutOfRange);
    }

    [Fact]
    public void Compute_WhenPointsWouldOverflow_ReturnsQuantityOutOfRange()
    {
        PointsDelta.PerUnit(1, 1m, "yuan").Compute(1e20m).Error!.Code.ShouldBe(ScoringErrorCodes.QuantityOutOfRange);
    }

    [Fact]
    public void Compute_WhenUnitSizeNotPositive_ReturnsUnitSizeInvalid()
    {
        PointsDelta.PerUnit(1, 0m, "hours").Compute(8m).Error!.Code.ShouldBe(ScoringErrorCodes.UnitSizeInvalid);
    }

    [Theory]
    [InlineData(40, UnitRounding.Down, 10)]
    [InlineData(42, UnitRounding.Down, 10)]
    [InlineData(42, UnitRounding.Up, 11)]
    public void MaxAbsolutePoints_WhenPerUnitWithMaximum_UsesMaximumQuantity(int maxHours, UnitRounding rounding, long expected)
    {
        var delta = PointsDelta.PerUnit(-1, 4m, "hours", rounding, maxQuantity: maxHours);

        delta.MaxAbsolutePoints().ShouldBe(expected);
    }

    [Fact]
    public void MaxAbsolutePoints_WhenPerUnitWithoutMaximum_IsNull()
    {
        PointsDelta.PerUnit(1, 4m, "hours").MaxAbsolutePoints().ShouldBeNull();
    }
}
