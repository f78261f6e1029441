using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>A host whose clock the tests move by hand and whose e-mail goes to an in-process SMTP server.</summary>
public sealed class MailHostFixture : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public SmtpInbox Inbox { get; } = SmtpInbox.Start();

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() =>
        _factory = await CreditPlatformFactory.StartAsync(Inbox.Settings(), s => s.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Inbox.Dispose();
    }
}
