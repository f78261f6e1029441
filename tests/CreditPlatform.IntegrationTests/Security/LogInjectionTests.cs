using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security;

public sealed class LogInjectionTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task RequestLog_WhenUnknownPathCarriesLineBreaks_LogsNoneOfTheCallersText()
    {
        using var client = host.Factory.ApiClient(null);

        using var response = await client.GetAsync("/api/v1/nowhere/%0D%0AFORGED-LINE%20admin%20signed%20in");

        host.Factory.Logs.ShouldNotContain(line => line.Contains("FORGED-LINE", StringComparison.Ordinal) && line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal));
        host.Factory.Logs.ShouldContain(line => line.Contains("(no matching route)", StringComparison.Ordinal));
    }
}
