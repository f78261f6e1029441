using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CreditPlatform.BrowserTests.Infrastructure;

/// <summary>
/// One host (real port, own database, demo data) and one headless Chromium for all browser tests;
/// each test gets its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private CreditPlatformFactory? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public CreditPlatformFactory Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The SMTP server the host's e-mail goes to (invitation links, notices).</summary>
    public SmtpInbox Inbox { get; } = SmtpInbox.Start();

    /// <summary>Where every test leaves a picture of its last page.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = await Chromium.EnsureAsync();
        _host = await CreditPlatformFactory.StartAsync(Inbox.Settings());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = LaunchArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context and page; disposing it saves screenshots/<paramref name="name"/>.png.</summary>
    public async Task<BrowserSession> OpenAsync(string name, int width = 1280, int height = 800, string? culture = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Waiting limits, not performance assertions: a shared 2-core machine can be very slow at times.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        if (culture is not null)
        {
            await context.AddCookiesAsync(
            [
                new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = Host.BaseAddress.ToString() },
            ]);
        }

        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, Path.Combine(ScreenshotFolder, name + ".png"));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Inbox.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
