using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Domain.Tests.Lists;

public sealed class CreditListTests
{
    private static readonly DateTimeOffset ListedAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static CreditList Court() => new()
    {
        Code = "COURT_DEFAULTERS",
        Kind = ListKind.Black,
        DefaultDurationDays = 730,
        MaximumDurationDays = 1825,
        RepresentativeTreatment = RepresentativeTreatment.Restricted,
        RepresentativeMeasures = [Measures.Flight, Measures.HighSpeedRail],
        Measures = [Measures.Flight, Measures.HighSpeedRail, Measures.PrivateSchool],
        MinimumDaysBeforeRepair = 90,
    };

    [Fact]
    public void ExpiryFor_WhenNoneRequested_UsesTheDefaultDuration() =>
        Court().ExpiryFor(ListedAt, null).ExpiresAt.ShouldBe(ListedAt.AddDays(730));

    [Fact]
    public void ExpiryFor_WhenRequestedWithinTheMaximum_KeepsIt() =>
        Court().ExpiryFor(ListedAt, ListedAt.AddDays(1825)).ExpiresAt.ShouldBe(ListedAt.AddDays(1825));

    [Fact]
    public void ExpiryFor_WhenRequestedBeyondTheMaximum_IsRefused()
    {
        var (expiresAt, error) = Court().ExpiryFor(ListedAt, ListedAt.AddDays(1826));

        expiresAt.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain("1825");
    }

    [Fact]
    public void ExpiryFor_WhenRequestedBeforeTheListing_IsRefused() =>
        Court().ExpiryFor(ListedAt, ListedAt.AddSeconds(-1)).Error.ShouldNotBeNull();

    [Fact]
    public void EarliestRepair_IsTheMinimumDaysAfterListing() =>
        Court().EarliestRepair(ListedAt).ShouldBe(ListedAt.AddDays(90));

    [Fact]
    public void MeasuresFor_WhenRestricted_GivesOnlyTheRepresentativeSubset() =>
        Court().MeasuresFor(LinkRole.Restricted).ShouldBe([Measures.Flight, Measures.HighSpeedRail]);

    [Theory]
    [InlineData(ListKind.Black, Measures.Flight, true)]
    [InlineData(ListKind.Black, Measures.CustomsInspectionRate, false)]
    [InlineData(ListKind.Red, Measures.CustomsInspectionRate, true)]
    [InlineData(ListKind.Red, Measures.Loan, false)]
    public void Measures_FitsKind_RestrictionsForBlackRewardsForRed(ListKind kind, string measure, bool fits) =>
        Measures.FitsKind(kind, measure).ShouldBe(fits);
}
