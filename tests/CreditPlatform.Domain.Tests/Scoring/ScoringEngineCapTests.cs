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
    public void Evaluate_WhenHistoryHoldsLaterDatedEntries_CapsAgainstTheWindowsHoldingThem()
    {
        PriorEntry[] history = [new(T0.AddDays(1), -5), new(T0.AddDays(2), -5), new(T0.AddDays(3), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(0);
        evaluation.CapNotes.ShouldBe(["cap \u221215 per 30 days reached"]);
    }

    [Fact]
    public void Evaluate_WhenLaterDatedEntriesFillOnlyPartOfTheWindow_GivesTheRemainder()
    {
        PriorEntry[] history = [new(T0.AddDays(-20), -5), new(T0.AddDays(5), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, history).Value!;

        // (T0 − 20 d, T0 + 5 d] lies within 30 days and holds both: −10 used, −5 left.
        evaluation.Points.ShouldBe(-5);
    }

    [Fact]
    public void Evaluate_WhenEarlierAndLaterEntriesNeverShareAWindow_CountsInFull()
    {
        PriorEntry[] history = [new(T0.AddDays(-20), -5), new(T0.AddDays(-20), -5), new(T0.AddDays(15), -5), new(T0.AddDays(15), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, history).Value!;

        // Any 30-day window holding T0 holds one pair or the other, never both: −10 used at most.
        evaluation.Points.ShouldBe(-5);
    }

    [Fact]
    public void Evaluate_WhenLaterEntryIsAPeriodAway_LeavesItOutOfEveryWindow()
    {
        PriorEntry[] history = [new(T0.AddDays(30), -5), new(T0.AddDays(31), -5), new(T0.AddDays(32), -5)];

        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(-5);
    }

    [Fact]
    public void Evaluate_WhenOccurrenceCapHeldByLaterEntries_GivesZero()
    {
        PriorEntry[] history = [new(T0.AddDays(100), 5), new(T0.AddDays(200), 5)];

        var evaluation = ScoringEngine.Evaluate(BloodDonation, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(0);
        evaluation.CapNotes.ShouldBe(["cap 2 occurrences per 365 days reached"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Evaluate_WhenTenCappedEventsArriveInAnyOrder_TotalIsTheCap(int order)
    {
        var dates = Enumerable.Range(0, 10).Select(i => T0.AddDays(2 * i)).ToList();
        var arrival = order switch
        {
            0 => dates,
            1 => Enumerable.Reverse(dates).ToList(),
            2 => [.. dates.Where((_, i) => i % 2 == 1), .. dates.Where((_, i) => i % 2 == 0)],
            _ => [.. dates.OrderBy(d => d.Day * 7 % 11)],
        };

        var history = Replay(TrafficRedLight, arrival);

        history.Sum(e => e.Points).ShouldBe(-15);
    }

    [Fact]
    public void Evaluate_WhenEventsArriveInRandomOrder_EveryWindowHoldsItsCaps()
    {
        var random = new Random(20261201);
        var rule = TrafficRedLight with { Caps = [new Cap(30, MaxPoints: 15), new Cap(10, MaxOccurrences: 2)] };
        for (var round = 0; round < 200; round++)
        {
            var arrival = Enumerable.Range(0, random.Next(1, 30)).Select(_ => T0.AddHours(random.Next(0, 24 * 120))).ToList();

            var history = Replay(rule, arrival);

            foreach (var end in history.Select(e => e.OccurredAt))
            {
                var window = history.Where(e => e.OccurredAt > end.AddDays(-30) && e.OccurredAt <= end).Sum(e => e.Points);
                window.ShouldBeGreaterThanOrEqualTo(-15);
                history.Count(e => e.Points != 0 && e.OccurredAt > end.AddDays(-10) && e.OccurredAt <= end).ShouldBeLessThanOrEqualTo(2);
            }
        }
    }

    /// <summary>Scores events in the order given, each against everything recorded so far, as the ledger does.</summary>
    private static List<PriorEntry> Replay(RuleDefinition rule, IEnumerable<DateTimeOffset> arrival)
    {
        var history = new List<PriorEntry>();
        foreach (var at in arrival)
        {
            var evaluation = ScoringEngine.Evaluate(rule, SubjectKind.Person, at, null, null, history).Value!;
            var index = history.FindLastIndex(e => e.OccurredAt <= at) + 1;
            history.Insert(index, new PriorEntry(at, evaluation.Points));
        }

        return history;
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
