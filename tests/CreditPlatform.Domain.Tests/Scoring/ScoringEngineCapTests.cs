using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class ScoringEngineCapTests
{
    [Fact]
    public void Evaluate_When95LettersInThreeWeeks_TotalStopsAtTheCap()
    {
        var history = new List<PriorEntry>();
        var interval = TimeSpan.FromDays(21) / 95;

        for (var i = 0; i < 95; i++)
        {
            var at = T0 + (interval * i);
            var evaluation = ScoringEngine.Evaluate(OnlineLetter, SubjectKind.Person, at, null, null, history).Value!;
            history.Add(new PriorEntry(at, evaluation.Points));
        }

        history.Sum(e => e.Points).ShouldBe(-30);
    }

    [Fact]
    public void Evaluate_WhenPointsCapAlreadyReached_GivesZeroAndSaysWhichCap()
    {
        PriorEntry[] history = [new(T0.AddDays(-3), -5), new(T0.AddDays(-2), -5), new(T0.AddDays(-1), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.RawPoints.ShouldBe(-5);
        evaluation.Points.ShouldBe(0);
        evaluation.Capped.ShouldBeTrue();
        evaluation.CapNotes.ShouldBe(["cap \u221215 per 30 days reached"]);
    }

    [Fact]
    public void Evaluate_WhenPointsCapPartlyUsed_GivesOnlyTheRemainder()
    {
        PriorEntry[] history = [new(T0.AddDays(-10), 10), new(T0.AddDays(-5), 8)];

        var evaluation = ScoringEngine.Evaluate(VolunteerHours, SubjectKind.Person, T0, 32m, null, history).Value!;

        evaluation.RawPoints.ShouldBe(8);
        evaluation.Points.ShouldBe(2);
        evaluation.Capped.ShouldBeTrue();
        evaluation.CapNotes.ShouldBe(["cap +20 per 30 days reached: +2 of +8 counted"]);
    }

    [Fact]
    public void Evaluate_WhenSingleEntryExceedsPointsCap_ClipsItToTheCap()
    {
        var evaluation = ScoringEngine.Evaluate(LoanArrears, SubjectKind.Person, T0, 9m, null, []).Value!;

        evaluation.Points.ShouldBe(-60);
    }

    [Fact]
    public void Evaluate_WhenOccurrenceCapReached_GivesZero()
    {
        PriorEntry[] history = [new(T0.AddDays(-200), 5), new(T0.AddDays(-100), 5)];

        var evaluation = ScoringEngine.Evaluate(BloodDonation, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(0);
        evaluation.Capped.ShouldBeTrue();
        evaluation.CapNotes.ShouldBe(["cap 2 occurrences per 365 days reached"]);
    }

    [Fact]
    public void Evaluate_WhenOccurrenceCapNotYetReached_CountsInFull()
    {
        PriorEntry[] history = [new(T0.AddDays(-100), 5)];

        var evaluation = ScoringEngine.Evaluate(BloodDonation, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(5);
        evaluation.Capped.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_WhenPriorEntriesWereCappedToZero_TheyAreNotOccurrences()
    {
        PriorEntry[] history = [new(T0.AddDays(-200), 5), new(T0.AddDays(-100), 0), new(T0.AddDays(-50), 0)];

        var evaluation = ScoringEngine.Evaluate(BloodDonation, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(5);
    }

    [Fact]
    public void Evaluate_WhenOccurrencesOlderThanTheWindow_CountsInFull()
    {
        PriorEntry[] history = [new(T0.AddDays(-400), 5), new(T0.AddDays(-366), 5)];

        var evaluation = ScoringEngine.Evaluate(BloodDonation, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(5);
    }

    [Fact]
    public void Evaluate_WhenEvent31DaysAfterCappedRun_IsNotCapped()
    {
        PriorEntry[] history = [new(T0, -5), new(T0.AddDays(1), -5), new(T0.AddDays(2), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0.AddDays(33), null, null, history).Value!;

        evaluation.Points.ShouldBe(-5);
        evaluation.Capped.ShouldBeFalse();
    }

    [Theory]
    [InlineData(29, 0)]
    [InlineData(30, -5)]
    public void Evaluate_WhenOldestEntryOnWindowStart_LeavesItOutOfTheWindow(int daysLater, int expected)
    {
        PriorEntry[] history = [new(T0, -5), new(T0.AddDays(1), -5), new(T0.AddDays(2), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0.AddDays(daysLater), null, null, history).Value!;

        evaluation.Points.ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_WhenHistoryHoldsLaterDatedEntries_IgnoresThem()
    {
        PriorEntry[] history = [new(T0.AddDays(1), -5), new(T0.AddDays(2), -5), new(T0.AddDays(3), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(-5);
    }

    [Fact]
    public void Evaluate_WhenTwoCapsBind_TheStricterDecides()
    {
        var rule = TrafficRedLight with { Caps = [new Cap(30, MaxPoints: 15), new Cap(7, MaxOccurrences: 1)] };
        PriorEntry[] history = [new(T0.AddDays(-2), -5)];

        var evaluation = ScoringEngine.Evaluate(rule, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(0);
        evaluation.CapNotes.ShouldBe(["cap 1 occurrence per 7 days reached"]);
    }
}
