using System.Globalization;
using CreditPlatform.Domain.Explanations;
using CreditPlatform.Domain.Scoring;
using static CreditPlatform.Domain.Tests.Explanations.ExplanationFixtures;

namespace CreditPlatform.Domain.Tests.Explanations;

public sealed class ScoreExplainerTests
{
    /// <summary>Reads the number a sentence starts with, as a citizen would: "−5: ..." is minus five.</summary>
    private static int LeadingNumber(string sentence)
    {
        var head = sentence.Split(':', '：')[0].Replace('\u2212', '-');
        return int.Parse(head, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Explain_WhenEntriesAreCapped_SentenceNumbersAddUpToTheScore()
    {
        var entries = Record(RedLight(), Start, Start.AddDays(1), Start.AddDays(2), Start.AddDays(3), Start.AddDays(4));

        var explanation = ScoreExplainer.Explain(City(), entries, Start.AddDays(10));

        explanation.Score.ShouldBe(985);
        explanation.Sentences.Sum(s => LeadingNumber(s.En)).ShouldBe(explanation.Score);
        explanation.Sentences.Sum(s => LeadingNumber(s.Zh)).ShouldBe(explanation.Score);
    }

    [Fact]
    public void Explain_WhenAnEntryIsCapped_SaysSoInBothLanguages()
    {
        var entries = Record(RedLight(), Start, Start.AddDays(1), Start.AddDays(2), Start.AddDays(3));

        var explanation = ScoreExplainer.Explain(City(), entries, Start.AddDays(10));

        var capped = explanation.Sentences[^1];
        capped.Points.ShouldBe(0);
        capped.En.ShouldContain("\u22125 before the cap");
        capped.En.ShouldContain("Road Traffic Safety Law art. 90");
        capped.En.ShouldContain("at most \u221215 points per 30 days");
        capped.Zh.ShouldContain("每 30 天最多");
    }

    [Fact]
    public void Explain_WhenTheFloorHolds_AddsTheAdjustmentSoNumbersStillAddUp()
    {
        var rule = RedLight() with { Delta = PointsDelta.Fixed(-400), Caps = [] };
        var entries = Record(rule, Start, Start.AddDays(1), Start.AddDays(2));

        var explanation = ScoreExplainer.Explain(City(floor: 0), entries, Start.AddDays(10));

        explanation.Score.ShouldBe(0);
        explanation.Sentences[^1].Kind.ShouldBe("floor");
        explanation.Sentences.Sum(s => LeadingNumber(s.En)).ShouldBe(0);
    }

    [Fact]
    public void Explain_WhenPointsHaveLapsed_LeavesThemOut()
    {
        var entries = Record(RedLight(), Start);

        var explanation = ScoreExplainer.Explain(City(), entries, Start.AddMonths(13));

        explanation.Score.ShouldBe(1000);
        explanation.Sentences.Count.ShouldBe(1);
    }

    [Fact]
    public void Explain_WhenBetweenTwoBands_NamesBothThresholds()
    {
        var entries = Record(RedLight(), Start);

        var explanation = ScoreExplainer.Explain(City(), entries, Start.AddDays(1));

        (explanation.Band, explanation.BandFrom, explanation.NextBand, explanation.NextBandFrom).ShouldBe(("A", 960, "AA", 1030));
        explanation.Notes.Single().En.ShouldBe("A score of 995 is band A, which starts at 960; band AA starts at 1030.");
    }
}
