using System.Diagnostics;

namespace CreditPlatform.BrowserTests.Infrastructure;

/// <summary>
/// The browser is Debian's Chromium, never a downloaded build. When it is missing and the tests run as
/// root with apt, Debian's package is installed once per run; otherwise the run fails saying what to install.
/// A small Chinese font comes along when the machine has none, so screenshots of zh-CN pages are readable
/// (without one the tests still pass; only the pictures show empty boxes).
/// </summary>
public static class Chromium
{
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>Overrides the executable, for machines whose Chromium lives elsewhere.</summary>
    public const string PathVariable = "CREDITPLATFORM_CHROMIUM";

    public const string MissingMessage =
        "Chromium is missing: install Debian's package with `apt-get install -y chromium` (or set CREDITPLATFORM_CHROMIUM to a Chromium executable).";

    public const string ChineseFontPackage = "fonts-wqy-microhei";

    private static readonly Lazy<Task<string>> Located = new(LocateAsync);

    /// <summary>The path of a Chromium executable, installing Debian's package first if needed and allowed.</summary>
    public static Task<string> EnsureAsync() => Located.Value;

    private static async Task<string> LocateAsync()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{PathVariable} names {configured}, which does not exist.");
        }

        var packages = new List<string>();
        if (!File.Exists(DebianPath))
        {
            packages.Add("chromium");
        }

        if (!await HasChineseFontAsync())
        {
            packages.Add(ChineseFontPackage);
        }

        if (packages.Count > 0 && await IsRootAsync() && File.Exists("/usr/bin/apt-get"))
        {
            var (code, output) = await RunAsync("/bin/sh", "-c", "apt-get update -qq && apt-get install -y -qq " + string.Join(' ', packages));
            if (code != 0 && !File.Exists(DebianPath))
            {
                throw new InvalidOperationException($"{MissingMessage} Installing it failed (exit {code}): {Tail(output)}");
            }
        }

        return File.Exists(DebianPath) ? DebianPath : throw new InvalidOperationException(MissingMessage);
    }

    private static async Task<bool> HasChineseFontAsync()
    {
        try
        {
            var (code, output) = await RunAsync("fc-list", ":lang=zh", "family");
            return code == 0 && output.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No fontconfig: Chromium will bring it, and the font check is only for readable pictures.
            return false;
        }
    }

    private static async Task<bool> IsRootAsync()
    {
        try
        {
            var (code, output) = await RunAsync("id", "-u");
            return code == 0 && output.Trim() == "0";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Tail(string text) => text.Length <= 800 ? text : text[^800..];
}
