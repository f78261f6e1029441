using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Simulations;
using CreditPlatform.Domain.Subjects;
using static CreditPlatform.Domain.Tests.Explanations.ExplanationFixtures;

namespace CreditPlatform.Domain.Tests.Simulations;

public sealed class SimulationReplayTests
{
    private static readonly DateTimeOffset End = Start.AddDays(200);

    private static Dictionary<(string, int), RuleDefinition> Recorded() => new() { [("TRAFFIC_RED_LIGHT", 1)] = RedLight() };

    /// <summary>Seeded, so a failure can be replayed; subjects get 1 to 12 red lights at random moments of the period.</summary>
    private static List<List<SimulatedEvent>> Subjects(int count)
    {
        var random = new Random(20260322);
        var subjects = new List<List<SimulatedEvent>>();
        for (var s = 0; s < count; s++)
        {
            var id = Guid.NewGuid();
            var department = s % 3 == 0 ? "traffic police" : "city management";
            subjects.Add([.. Enumerable.Range(0, random.Next(1, 13))
                .Select(_ => Start.AddHours(random.Next(0, 24 * 180)))
                .Order()
                .Select(at => new SimulatedEvent(id, SubjectKind.Person, "TRAFFIC_RED_LIGHT", 1, at, null, null, department))]);
        }

        return subjects;
    }

    /// <summary>The same question answered the long way: points per event, the cap summed over the window by hand.</summary>
    private static int Recompute(IReadOnlyList<SimulatedEvent> events, int points, int capPoints, int capDays)
    {
        var counted = new List<(DateTimeOffset At, int Points)>();
        foreach (var e in events)
        {
            var used = counted.Where(c => c.At > e.OccurredAt.AddDays(-capDays) && c.At <= e.OccurredAt).Sum(c => c.Points);
            var room = Math.Max(0, capPoints + used);
            counted.Add((e.OccurredAt, -Math.Min(-points, room)));
        }

        return 1000 + counted.Where(c => c.At.AddMonths(12) > End).Sum(c => c.Points);
    }

    private static string BandOf(int score) =>
        City().Bands.First(b => b.MinScore is not { } min || min <= score).Code;

    [Fact]
    public void AddSubject_WhenRulePointsAndCapChange_MatchesAStraightforwardRecomputation()
    {
        var changed = RedLight() with { Delta = PointsDelta.Fixed(-20), Caps = [new Cap(30, MaxPoints: 50)] };
        var replay = new SimulationReplay(Recorded(), changed, City(), City(), End, 50);
        var subjects = Subjects(300);

        foreach (var events in subjects)
        {
            var (before, after) = replay.AddSubject(events);
            before.Score.ShouldBe(Recompute(events, -5, 15, 30));
            after.Score.ShouldBe(Recompute(events, -20, 50, 30));
        }

        var expectedDown = subjects.Count(e => BandOf(Recompute(e, -20, 50, 30)) != BandOf(Recompute(e, -5, 15, 30)));
        var result = replay.Result();
        result.BandDown.ShouldBe(expectedDown);
        result.BandUp.ShouldBe(0);
        result.Subjects.ShouldBe(300);
        result.Histogram.Sum(h => h.After).ShouldBe(300);
    }

    [Fact]
    public void AddSubject_WhenOnlyBandsChange_ScoresStayAndBandsMove()
    {
        var stricter = City() with { Bands = [new Band("AAA", 1050), new Band("AA", 1030), new Band("A", 1000), new Band("B", 850), new Band("C", 600), new Band("D", null)] };
        var replay = new SimulationReplay(Recorded(), null, City(), stricter, End, 50);
        var subject = Subjects(1)[0].Take(1).ToList();

        var (before, after) = replay.AddSubject(subject);

        after.Score.ShouldBe(before.Score);
        (before.Band, after.Band).ShouldBe(("A", "B"));
        replay.Result().BandDown.ShouldBe(1);
    }

    [Fact]
    public void Result_WhenGroupedByDepartment_CountsEachSubjectUnderItsDepartments()
    {
        var changed = RedLight() with { Delta = PointsDelta.Fixed(-100), Caps = [] };
        var replay = new SimulationReplay(Recorded(), changed, City(), City(), End, 50);
        foreach (var events in Subjects(9))
        {
            replay.AddSubject(events);
        }

        var groups = replay.Result().ByDepartment.ToDictionary(g => g.Key, g => g.Subjects);

        groups.ShouldBe(new Dictionary<string, int> { ["city management"] = 6, ["traffic police"] = 3 });
    }
}
