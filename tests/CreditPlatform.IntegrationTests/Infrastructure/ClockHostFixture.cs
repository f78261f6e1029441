using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>A host whose clock the tests move by hand.</summary>
public sealed class ClockHostFixture : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartWithClockAsync(Clock);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
