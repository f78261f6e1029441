using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class LedgerEntryTests
{
    private static LedgerEntry Entry(int points = -5, string? reason = null) => new()
    {
        TenantId = Guid.Parse("0190a000-0000-7000-8000-000000000001"),
        Id = Guid.Parse("0190a000-0000-7000-8000-000000000002"),
        EventId = Guid.Parse("0190a000-0000-7000-8000-000000000003"),
        SubjectId = Guid.Parse("0190a000-0000-7000-8000-000000000004"),
        RuleCode = "TRAFFIC_RED_LIGHT",
        RuleVersion = 1,
        Points = points,
        RawPoints = points,
        OccurredAt = T0,
        RecordedAt = T0.AddHours(2),
        ExpiresAt = T0.AddMonths(12),
        Reason = reason,
        Recorder = "user:1",
    };

    private static IEnumerable<(long, string, string, string)> Links(IEnumerable<LedgerEntry> entries) =>
        entries.Select(e => (e.Sequence, LedgerCanonicalForm.Of(e), e.PreviousHash, e.Hash));

    private static List<LedgerEntry> Chained(int count)
    {
        var entries = Enumerable.Range(0, count).Select(i => Entry(points: -i)).ToList();
        var previous = LedgerHash.Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Chain(i + 1, previous, LedgerCanonicalForm.Of(entries[i]));
            previous = entries[i].Hash;
        }

        return entries;
    }

    [Fact]
    public void CanonicalForm_WhenPointsDiffer_Differs()
    {
        LedgerCanonicalForm.Of(Entry(points: -5)).ShouldNotBe(LedgerCanonicalForm.Of(Entry(points: -4)));
    }

    [Fact]
    public void CanonicalForm_WhenAReasonHoldsSeparators_CannotBeConfusedWithAnotherEntry()
    {
        LedgerCanonicalForm.Of(Entry(reason: "a\",\"b")).ShouldNotBe(LedgerCanonicalForm.Of(Entry(reason: "a")));
    }

    [Fact]
    public void CanonicalForm_WhenMomentsDifferOnlyInOffset_IsTheSame()
    {
        var local = Entry();
        var utc = Entry();
        utc.OccurredAt = local.OccurredAt.ToUniversalTime();

        LedgerCanonicalForm.Of(utc).ShouldBe(LedgerCanonicalForm.Of(local));
    }

    [Fact]
    public void CanonicalForm_WhenMomentHasTicksBelowAMicrosecond_IgnoresThemAsTheDatabaseDoes()
    {
        var precise = Entry();
        precise.RecordedAt = precise.RecordedAt.AddTicks(7);

        LedgerCanonicalForm.Of(precise).ShouldBe(LedgerCanonicalForm.Of(Entry()));
    }

    [Fact]
    public void Chain_WhenEntriesAreSealedInOrder_VerifiesIntact()
    {
        LedgerChain.FindFirstBreak(Links(Chained(4))).ShouldBeNull();
    }

    [Fact]
    public void Chain_WhenAnEntryIsAlteredAfterSealing_BreaksAtThatEntry()
    {
        var entries = Chained(4);

        entries[2].Points = 100;

        LedgerChain.FindFirstBreak(Links(entries)).ShouldBe(3);
    }

    [Fact]
    public void Reverse_WhenEntryCounted_NegatesPointsAndKeepsDatesAndExpiry()
    {
        var original = Entry(points: -5);

        var reversal = original.Reverse(Guid.NewGuid(), T0.AddDays(3), "wrong person", "user:2", "Credit Office");

        reversal.Points.ShouldBe(5);
        reversal.ReversesId.ShouldBe(original.Id);
        reversal.OccurredAt.ShouldBe(original.OccurredAt);
        reversal.ExpiresAt.ShouldBe(original.ExpiresAt);
        reversal.IsReversal.ShouldBeTrue();
    }
}
