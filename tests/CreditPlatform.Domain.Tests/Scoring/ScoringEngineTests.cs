using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class ScoringEngineTests
{
    private static readonly PriorEntry[] NoHistory = [];

    [Fact]
    public void Evaluate_WhenFixedRuleWithoutHistory_GivesRawPointsUncapped()
    {
        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, NoHistory).Value!;

        evaluation.RawPoints.ShouldBe(-5);
        evaluation.Points.ShouldBe(-5);
        evaluation.Capped.ShouldBeFalse();
        evaluation.CapNotes.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_WhenSucceeding_EchoesTheInputsUsed()
    {
        var rule = CourtBreachJudgment with { Version = 3 };

        var evaluation = ScoringEngine.Evaluate(rule, SubjectKind.Organization, T0, 2m, "(2024)浙0782执123号", NoHistory).Value!;

        evaluation.RuleCode.ShouldBe("COURT_BREACH_JUDGMENT");
        evaluation.RuleVersion.ShouldBe(3);
        evaluation.SubjectKind.ShouldBe(SubjectKind.Organization);
        evaluation.OccurredAt.ShouldBe(T0);
        evaluation.Quantity.ShouldBe(2m);
        evaluation.DocumentNumber.ShouldBe("(2024)浙0782执123号");
    }

    [Fact]
    public void Evaluate_WhenSubjectKindNotCovered_ReturnsSubjectKindNotAllowed()
    {
        var personsOnly = TrafficRedLight with { SubjectKinds = [SubjectKind.Person] };

        var result = ScoringEngine.Evaluate(personsOnly, SubjectKind.Organization, T0, null, null, NoHistory);

        result.Error!.Code.ShouldBe(ScoringErrorCodes.SubjectKindNotAllowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Evaluate_WhenDocumentRequiredButMissing_ReturnsDocumentRequired(string? documentNumber)
    {
        var result = ScoringEngine.Evaluate(CourtBreachJudgment, SubjectKind.Person, T0, null, documentNumber, NoHistory);

        result.Error!.Code.ShouldBe(ScoringErrorCodes.DocumentRequired);
    }

    [Fact]
    public void Evaluate_WhenDocumentRequiredAndGiven_Succeeds()
    {
        var result = ScoringEngine.Evaluate(CourtBreachJudgment, SubjectKind.Person, T0, null, "(2024)鲁1082执45号", NoHistory);

        result.Value!.Points.ShouldBe(-50);
    }

    [Fact]
    public void Evaluate_WhenPerUnitQuantityMissing_ReturnsQuantityRequired()
    {
        var result = ScoringEngine.Evaluate(VolunteerHours, SubjectKind.Person, T0, null, null, NoHistory);

        result.Error!.Code.ShouldBe(ScoringErrorCodes.QuantityRequired);
    }

    [Fact]
    public void Evaluate_WhenRuleHasExpiry_ExpiresThatManyMonthsAfterTheEvent()
    {
        var rule = TrafficRedLight with { ExpiryMonths = 24 };

        var evaluation = ScoringEngine.Evaluate(rule, SubjectKind.Person, T0, null, null, NoHistory).Value!;

        evaluation.ExpiresAt.ShouldBe(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Evaluate_WhenRuleHasNoExpiry_NeverExpires()
    {
        ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, NoHistory).Value!.ExpiresAt.ShouldBeNull();
    }

    [Fact]
    public void Evaluate_WhenRuleOverridesBand_HoldsBandForTheDuration()
    {
        var evaluation = ScoringEngine.Evaluate(DrunkDriving, SubjectKind.Person, T0, null, null, NoHistory).Value!;

        evaluation.BandOverride.ShouldBe("C");
        evaluation.BandOverrideUntil.ShouldBe(T0.AddDays(365));
    }

    [Fact]
    public void Evaluate_WhenRuleHasNoOverride_LeavesBandAlone()
    {
        var evaluation = ScoringEngine.Evaluate(TrafficRedLight, SubjectKind.Person, T0, null, null, NoHistory).Value!;

        evaluation.BandOverride.ShouldBeNull();
        evaluation.BandOverrideUntil.ShouldBeNull();
    }

    [Fact]
    public void Evaluate_WhenPointsCappedToZero_StillAppliesBandOverride()
    {
        var rule = DrunkDriving with { Caps = [new Cap(365, MaxPoints: 50)] };
        PriorEntry[] history = [new(T0.AddDays(-10), -50)];

        var evaluation = ScoringEngine.Evaluate(rule, SubjectKind.Person, T0, null, null, history).Value!;

        evaluation.Points.ShouldBe(0);
        evaluation.BandOverride.ShouldBe("C");
    }
}
