using System.Diagnostics;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>Runs a command to its end and gives back its exit code and everything it printed (stdout, then stderr).</summary>
public static class ChildProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, TimeSpan deadline)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
