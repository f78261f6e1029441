using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Webhooks;

/// <summary>A host whose outbox polls and retries quickly, so delivery tests wait briefly.</summary>
public sealed class WebhookHostFixture : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:RetryBaseDelay"] = "00:00:00.200",
    });

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
