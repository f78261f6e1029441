using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using static CreditPlatform.Domain.Tests.Scoring.DemoRules;

namespace CreditPlatform.Domain.Tests.Scoring;

public class GuardrailCheckerTests
{
    private static readonly GuardrailSet[] Platform = [GuardrailSet.PlatformDefaults];

    private static GuardrailSet Tenant(
        PeriodLimit? perPeriod = null,
        bool overridesOnPersons = true,
        params string[] forbidden) => new()
        {
            Name = "rongcheng",
            MaxPointsPerSubjectPerRulePerPeriod = perPeriod,
            BandOverrideOnPersonsAllowed = overridesOnPersons,
            ForbiddenCategories = forbidden,
        };

    private static GuardrailViolation Single(RuleDefinition rule, params GuardrailSet[] chain) =>
        GuardrailChecker.Check(rule, chain).ShouldHaveSingleItem();

    [Theory]
    [MemberData(nameof(DemoCatalogue))]
    public void Check_WhenDemoRuleWithinPlatformDefaults_ReturnsNoViolations(string code)
    {
        var rule = DemoCatalogueRules.Single(r => r.Code == code);

        GuardrailChecker.Check(rule, Platform).ShouldBeEmpty();
    }

    public static TheoryData<string> DemoCatalogue() => [.. DemoCatalogueRules.Select(r => r.Code)];

    private static RuleDefinition[] DemoCatalogueRules =>
    [
        TrafficRedLight, BloodDonation, VolunteerHours, LoanArrears, DrunkDriving, CourtBreachJudgment,
        Donation with { Caps = [new Cap(365, MaxPoints: 30)] },
    ];

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_WhenLegalBasisMissing_ViolatesLegalBasisRequired(string basis)
    {
        var violation = Single(TrafficRedLight with { LegalBasis = basis }, Platform);

        violation.Guardrail.ShouldBe(GuardrailNames.LegalBasisRequired);
        violation.Source.ShouldBe("platform");
    }

    [Fact]
    public void Check_WhenLegalBasisMissingButNotRequired_ReturnsNoViolations()
    {
        GuardrailChecker.Check(TrafficRedLight with { LegalBasis = "" }, [Tenant()]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WhenFixedPointsAbovePerEntryLimit_ViolatesAndNamesTheLimit()
    {
        var violation = Single(TrafficRedLight with { Delta = PointsDelta.Fixed(-250), Caps = [] }, Platform);

        violation.Guardrail.ShouldBe(GuardrailNames.MaxPointsPerEntry);
        violation.Message.ShouldContain("max_points_per_entry");
        violation.Message.ShouldContain("at most 200 points");
        violation.Message.ShouldContain("can produce 250");
    }

    [Fact]
    public void Check_WhenFixedPointsAtPerEntryLimit_ReturnsNoViolations()
    {
        GuardrailChecker.Check(TrafficRedLight with { Delta = PointsDelta.Fixed(-200), Caps = [] }, Platform).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WhenPerUnitMaximumQuantityExceedsPerEntryLimit_Violates()
    {
        var rule = VolunteerHours with { Delta = PointsDelta.PerUnit(1, 4m, "hours", maxQuantity: 1000m), Caps = [] };

        Single(rule, Platform).Guardrail.ShouldBe(GuardrailNames.MaxPointsPerEntry);
    }

    [Fact]
    public void Check_WhenPerUnitUnboundedWithoutPointsCap_Violates()
    {
        var rule = VolunteerHours with { Caps = [new Cap(30, MaxOccurrences: 3)] };

        var violation = Single(rule, Platform);

        violation.Guardrail.ShouldBe(GuardrailNames.MaxPointsPerEntry);
        violation.Message.ShouldContain("unbounded");
    }

    [Fact]
    public void Check_WhenPerUnitUnboundedButPointsCapAboveLimit_Violates()
    {
        var rule = VolunteerHours with { Caps = [new Cap(30, MaxPoints: 300)] };

        Single(rule, Platform).Guardrail.ShouldBe(GuardrailNames.MaxPointsPerEntry);
    }

    [Fact]
    public void Check_WhenPerUnitUnboundedButPointsCapWithinLimit_ReturnsNoViolations()
    {
        GuardrailChecker.Check(VolunteerHours, Platform).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ethnicity")]
    [InlineData("religion")]
    [InlineData("Religion")]
    [InlineData("political_opinion")]
    [InlineData("Political Opinion")]
    [InlineData("PETITION")]
    [InlineData("lawful-speech")]
    public void Check_WhenCategoryForbiddenByPlatform_ViolatesForbiddenCategory(string category)
    {
        var violation = Single(TrafficRedLight with { Category = category }, Platform);

        violation.Guardrail.ShouldBe(GuardrailNames.ForbiddenCategory);
        violation.Source.ShouldBe("platform");
    }

    [Fact]
    public void Check_WhenPersonBandOverrideNotAllowed_ViolatesBandOverrideOnPersons()
    {
        var violation = Single(DrunkDriving, Tenant(overridesOnPersons: false));

        violation.Guardrail.ShouldBe(GuardrailNames.BandOverrideOnPersons);
        violation.Message.ShouldContain("band C");
    }

    [Fact]
    public void Check_WhenOrganisationOnlyBandOverrideAndPersonsNotAllowed_ReturnsNoViolations()
    {
        var rule = DrunkDriving with { SubjectKinds = [SubjectKind.Organization] };

        GuardrailChecker.Check(rule, [Tenant(overridesOnPersons: false)]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WhenPurchasableWithoutCap_ViolatesPurchasableLimit()
    {
        var violation = Single(Donation with { Delta = PointsDelta.PerUnit(1, 100m, "yuan", maxQuantity: 3000m) }, Platform);

        violation.Guardrail.ShouldBe(GuardrailNames.MaxPurchasablePointsPerYear);
        violation.Message.ShouldContain("at most 30 points a year");
    }

    [Theory]
    [InlineData(40, 365)]
    [InlineData(30, 180)]
    public void Check_WhenPurchasableCapLooserThanYearlyLimit_Violates(int maxPoints, int days)
    {
        var rule = Donation with { Caps = [new Cap(days, MaxPoints: maxPoints)] };

        Single(rule, Platform).Guardrail.ShouldBe(GuardrailNames.MaxPurchasablePointsPerYear);
    }

    [Fact]
    public void Check_WhenPurchasableCappedOnlyByOccurrences_Violates()
    {
        var rule = Donation with { Delta = PointsDelta.Fixed(10), Caps = [new Cap(365, MaxOccurrences: 1)] };

        Single(rule, Platform).Guardrail.ShouldBe(GuardrailNames.MaxPurchasablePointsPerYear);
    }

    [Fact]
    public void Check_WhenRuleHasNoCapButTenantLimitsPerPeriod_ViolatesPerPeriodLimit()
    {
        var rule = TrafficRedLight with { Caps = [] };

        var violation = Single(rule, Tenant(new PeriodLimit(50, 30)));

        violation.Guardrail.ShouldBe(GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod);
        violation.Message.ShouldContain("at most 50 points per rule in 30 days");
    }

    [Theory]
    [InlineData(60, 30)]
    [InlineData(50, 7)]
    public void Check_WhenCapLooserThanTenantPerPeriodLimit_Violates(int maxPoints, int days)
    {
        var rule = TrafficRedLight with { Caps = [new Cap(days, MaxPoints: maxPoints)] };

        Single(rule, Tenant(new PeriodLimit(50, 30))).Guardrail.ShouldBe(GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod);
    }

    [Theory]
    [InlineData(50, 30)]
    [InlineData(50, 365)]
    [InlineData(15, 30)]
    public void Check_WhenCapAtLeastAsStrictAsTenantPerPeriodLimit_ReturnsNoViolations(int maxPoints, int days)
    {
        var rule = TrafficRedLight with { Caps = [new Cap(days, MaxPoints: maxPoints)] };

        GuardrailChecker.Check(rule, [Tenant(new PeriodLimit(50, 30))]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WhenOccurrenceCapBoundsPointsWithinTenantLimit_ReturnsNoViolations()
    {
        GuardrailChecker.Check(BloodDonation, [Tenant(new PeriodLimit(10, 30))]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WhenOccurrenceCapAllowsMoreThanTenantLimit_Violates()
    {
        Single(BloodDonation, Tenant(new PeriodLimit(9, 30))).Guardrail.ShouldBe(GuardrailNames.MaxPointsPerSubjectPerRulePerPeriod);
    }

    [Fact]
    public void Check_WhenSeveralSetsInChain_EachViolationNamesItsSource()
    {
        var rule = TrafficRedLight with { Category = "gambling", LegalBasis = "" };

        var violations = GuardrailChecker.Check(rule, [GuardrailSet.PlatformDefaults, Tenant(forbidden: "Gambling")]);

        violations.Select(v => (v.Guardrail, v.Source)).ShouldBe(
        [
            (GuardrailNames.LegalBasisRequired, "platform"),
            (GuardrailNames.ForbiddenCategory, "rongcheng"),
        ]);
    }

    [Fact]
    public void PlatformDefaults_WhenRead_ProtectWhatNoSchemeMayScore()
    {
        var defaults = GuardrailSet.PlatformDefaults;

        defaults.ForbiddenCategories.ShouldBe(["ethnicity", "religion", "political_opinion", "petition", "lawful_speech"], ignoreOrder: true);
        defaults.MaxPurchasablePointsPerYear.ShouldBe(30);
        defaults.MaxPointsPerEntry.ShouldBe(200);
        defaults.LegalBasisRequired.ShouldBeTrue();
        defaults.BandOverrideOnPersonsAllowed.ShouldBeTrue();
    }

    private static readonly CategoryVocabulary Vocabulary = new(
    [
        new RuleCategory { Code = "traffic" },
        new RuleCategory { Code = "donation", Purchasable = true },
        new RuleCategory { Code = "petition", Protected = true },
    ]);

    [Theory]
    [InlineData("petitions")]
    [InlineData("Traffic")]
    [InlineData("xinfang")]
    public void Check_WhenCategoryIsNotACodeOfTheVocabulary_ViolatesUnknownCategory(string category)
    {
        var violation = GuardrailChecker.Check(TrafficRedLight with { Category = category }, Platform, Vocabulary).ShouldHaveSingleItem();

        violation.Guardrail.ShouldBe(GuardrailNames.UnknownCategory);
        violation.Source.ShouldBe("platform");
    }

    [Fact]
    public void Check_WhenCategoryIsProtected_ViolatesForbiddenCategoryOnce()
    {
        var violation = GuardrailChecker.Check(TrafficRedLight with { Category = "petition" }, Platform, Vocabulary).ShouldHaveSingleItem();

        violation.Guardrail.ShouldBe(GuardrailNames.ForbiddenCategory);
    }

    [Fact]
    public void Check_WhenCategoryIsPurchasableAndTheRuleSaysNot_AppliesTheBoughtCreditCap()
    {
        var rule = Donation with { Category = "donation", Purchasable = false, Caps = [new Cap(365, MaxPoints: 100)] };

        GuardrailChecker.Check(rule, Platform, Vocabulary).ShouldHaveSingleItem().Guardrail.ShouldBe(GuardrailNames.MaxPurchasablePointsPerYear);
    }
}
