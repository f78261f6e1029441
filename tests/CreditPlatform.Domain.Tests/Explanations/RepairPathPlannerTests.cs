using CreditPlatform.Domain.Explanations;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using static CreditPlatform.Domain.Tests.Explanations.ExplanationFixtures;

namespace CreditPlatform.Domain.Tests.Explanations;

public sealed class RepairPathPlannerTests
{
    private static HeldListing Listing(int minimumDaysBeforeRepair, DateTimeOffset listedAt, int days) => new(
        new ListEntry { Id = Guid.NewGuid(), SubjectKind = SubjectKind.Person, ListedAt = listedAt, ExpiresAt = listedAt.AddDays(days), Status = EntryStatus.Active },
        new CreditList { Name = "失信被执行人", Kind = ListKind.Black, MinimumDaysBeforeRepair = minimumDaysBeforeRepair });

    [Fact]
    public void Plan_WhenRuleHasRectificationDays_EarliestRepairFollowsThem()
    {
        var entries = Record(RedLight(rectificationDays: 90), Start);

        var step = RepairPathPlanner.Plan(City(), entries, [], Start.AddDays(1)).Single();

        step.EarliestRepair.ShouldBe(Start.AddDays(90));
        step.LapsesAt.ShouldBe(Start.AddMonths(12));
    }

    [Fact]
    public void Plan_WhenProjectingToLapse_ScoreRecoversTheLostPoints()
    {
        var entries = Record(RedLight(rectificationDays: 90), Start);

        var step = RepairPathPlanner.Plan(City(), entries, [], Start.AddDays(1)).Single();

        step.AtEarliestRepair!.Score.ShouldBe(995);
        step.AtLapse!.Score.ShouldBe(1000);
    }

    [Fact]
    public void Plan_WhenRuleOffersNoRepair_OnlyTheLapseIsGiven()
    {
        var step = RepairPathPlanner.Plan(City(), Record(RedLight(), Start), [], Start.AddDays(1)).Single();

        step.EarliestRepair.ShouldBeNull();
        step.AtEarliestRepair.ShouldBeNull();
    }

    [Fact]
    public void Plan_WhenListed_EarliestRepairFollowsTheListsMinimum()
    {
        var step = RepairPathPlanner.Plan(City(), [], [Listing(180, Start, 730)], Start.AddDays(1)).Single();

        (step.Kind, step.EarliestRepair, step.LapsesAt).ShouldBe(("listing", Start.AddDays(180), Start.AddDays(730)));
    }
}
