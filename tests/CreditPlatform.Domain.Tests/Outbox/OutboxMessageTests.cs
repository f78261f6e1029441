using CreditPlatform.Domain.Outbox;

namespace CreditPlatform.Domain.Tests.Outbox;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Failed_WhenRepeated_DoublesTheWaitEachTime()
    {
        var message = new OutboxMessage();

        message.Failed(Now, "500", TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));
        var first = message.NextAttemptAt - Now;
        message.Failed(Now, "500", TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));
        var second = message.NextAttemptAt - Now;
        message.Failed(Now, "500", TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));

        first.ShouldBe(TimeSpan.FromSeconds(5));
        second.ShouldBe(TimeSpan.FromSeconds(10));
        (message.NextAttemptAt - Now).ShouldBe(TimeSpan.FromSeconds(20));
        message.Attempts.ShouldBe(3);
    }

    [Fact]
    public void Failed_WhenManyTimes_NeverWaitsLongerThanTheMaximum()
    {
        var message = new OutboxMessage { Attempts = 40 };

        message.Failed(Now, "timeout", TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));

        (message.NextAttemptAt - Now).ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Delivered_ClearsTheLastErrorAndCountsTheAttempt()
    {
        var message = new OutboxMessage();
        message.Failed(Now, "500", TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));

        message.Delivered(Now.AddSeconds(5));

        message.DeliveredAt.ShouldBe(Now.AddSeconds(5));
        message.LastError.ShouldBeNull();
        message.Attempts.ShouldBe(2);
    }
}
