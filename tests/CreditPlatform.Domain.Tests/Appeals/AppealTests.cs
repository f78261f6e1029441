using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Domain.Tests.Appeals;

public sealed class AppealTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Appeal File(Guid? ledgerEntryId, Guid? listEntryId, string reason = "  记录有误 ", DateTimeOffset? due = null) =>
        Appeal.File(Guid.NewGuid(), AppealTarget.LedgerEntry, ledgerEntryId, listEntryId, Guid.NewGuid(), null,
            reason, "user:recorder", "user:citizen", Now, due ?? Now.AddDays(21));

    [Fact]
    public void File_WhenAgainstOneEntry_IsPendingWithItsReasonTrimmed()
    {
        var appeal = File(Guid.NewGuid(), null);

        appeal.Status.ShouldBe(AppealStatus.Pending);
        appeal.Reason.ShouldBe("记录有误");
        appeal.FiledAt.ShouldBe(Now);
        appeal.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void File_WhenAgainstNoEntryOrTwo_Refuses()
    {
        Should.Throw<ArgumentException>(() => File(null, null));
        Should.Throw<ArgumentException>(() => File(Guid.NewGuid(), Guid.NewGuid()));
    }

    [Fact]
    public void File_WhenReasonEmptyOrTooLongOrDueBeforeFiling_Refuses()
    {
        Should.Throw<ArgumentException>(() => File(Guid.NewGuid(), null, "   "));
        Should.Throw<ArgumentException>(() => File(Guid.NewGuid(), null, new string('x', Appeal.ReasonMaxLength + 1)));
        Should.Throw<ArgumentException>(() => File(Guid.NewGuid(), null, due: Now.AddDays(-1)));
    }

    [Fact]
    public void Decide_WhenUpheld_KeepsTheReversalItProduced()
    {
        var appeal = File(Guid.NewGuid(), null);
        var reversal = Guid.NewGuid();

        appeal.Decide(AppealStatus.Upheld, "证据不足", null, "user:reviewer", Now.AddDays(3), reversal);

        appeal.ResultingLedgerEntryId.ShouldBe(reversal);
        Should.Throw<InvalidOperationException>(() => appeal.Decide(AppealStatus.Rejected, "again", null, "user:reviewer", Now.AddDays(4)));
    }
}
