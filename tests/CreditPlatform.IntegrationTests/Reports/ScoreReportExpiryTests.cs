using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Reports;

public sealed class ScoreReportExpiryTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    [Fact]
    public async Task Verify_WhenNinetyDaysHavePassed_AnswersExpired()
    {
        var code = await ScoreReportClient.IssueAsync(host.Factory);
        host.Clock.Advance(TimeSpan.FromDays(90) + TimeSpan.FromMinutes(1));

        var (_, body) = await ScoreReportClient.VerifyAsync(host.Factory, code);

        body.GetProperty("status").GetString().ShouldBe("expired");
        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
    }
}
