using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class StoredScoringEntityTests
{
    [Fact]
    public void Stored_WhenGivenALocalMomentWithSubMicrosecondTicks_IsUtcToTheMicrosecond()
    {
        var stored = Instants.Stored(T0.AddTicks(19));

        stored.Offset.ShouldBe(TimeSpan.Zero);
        stored.ShouldBe(T0.AddTicks(10));
    }

    [Fact]
    public void ToDefinition_WhenDraftHasNoStart_StartsAtTheGivenMoment()
    {
        var rule = new RuleVersion { Code = "X", Version = 2, Category = "traffic", SubjectKinds = [SubjectKind.Person], Delta = PointsDelta.Fixed(-5) };

        var definition = rule.ToDefinition(T0);

        definition.EffectiveFrom.ShouldBe(T0);
        definition.Version.ShouldBe(2);
        definition.Delta.ShouldBe(PointsDelta.Fixed(-5));
    }

    [Theory]
    [InlineData(RuleStatus.Draft, false)]
    [InlineData(RuleStatus.Active, true)]
    [InlineData(RuleStatus.Superseded, true)]
    [InlineData(RuleStatus.Retired, true)]
    public void IsApproved_ByStatus_TellsWhetherEventsMayBeScoredUnderIt(RuleStatus status, bool approved)
    {
        new RuleVersion { Status = status }.IsApproved.ShouldBe(approved);
    }

    [Fact]
    public void IsCurrent_WhenAPointHasLapsedSinceComputed_IsFalse()
    {
        var score = new SubjectScore { SchemeVersion = 1, ComputedAt = T0, NextChangeAt = T0.AddDays(1) };

        score.IsCurrent(1, T0.AddDays(1)).ShouldBeFalse();
        score.IsCurrent(1, T0.AddHours(23)).ShouldBeTrue();
    }

    [Fact]
    public void IsCurrent_WhenTheSchemeChangedSinceComputed_IsFalse()
    {
        new SubjectScore { SchemeVersion = 1, ComputedAt = T0 }.IsCurrent(2, T0).ShouldBeFalse();
    }
}
