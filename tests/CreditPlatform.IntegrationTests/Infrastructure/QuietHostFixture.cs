namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A host whose background work is off (the outbox's worker and the scheduled jobs), for tests that compare the
/// database before and after a request: nothing else writes meanwhile, so every row that changed is the request's.
/// </summary>
public sealed class QuietHostFixture : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartAsync(new Dictionary<string, string?>
    {
        ["Outbox:Enabled"] = "false",
        ["Scheduling:Enabled"] = "false",
    });

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
