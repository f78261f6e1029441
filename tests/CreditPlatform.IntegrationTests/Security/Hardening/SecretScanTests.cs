using System.Diagnostics;
using System.Text;

namespace CreditPlatform.IntegrationTests.Security.Hardening;

/// <summary>Secrets come from configuration only: nothing in the repository's tracked files looks like one.</summary>
public sealed class SecretScanTests
{
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreditPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above the test assembly.");
    }

    private static List<string> TrackedFiles(string root)
    {
        var info = new ProcessStartInfo("git", ["-C", root, "ls-files", "-z"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(info)!;
        var listing = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, "git ls-files failed");
        return listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    [Fact]
    public void TrackedFiles_ContainNothingThatLooksLikeASecret()
    {
        var root = RepositoryRoot();
        var files = TrackedFiles(root);
        var findings = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 2_000_000)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                continue; // binary
            }

            findings.AddRange(SecretScanner.Find(Encoding.UTF8.GetString(bytes)).Select(f => $"{file}: {f}"));
        }

        files.Count.ShouldBeGreaterThan(50);
        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void Scanner_WhenTextHoldsRealLookingSecrets_FindsEach()
    {
        var planted = string.Join('\n',
            "-----BEGIN " + "RSA PRIVATE KEY-----",
            // Assembled at run time so that this file does not itself hold a connection string.
            "Host=db.internal;Username=app;" + "Pass" + "word=Zq8#kLw2vN",
            "  \"HashKey\": \"q3J0cR1mN2bT8xW4yZ6aV9sD5fG7hJ1k\",",
            "cpk_" + new string('A', 43));

        SecretScanner.Find(planted).Count().ShouldBe(4);
    }

    [Fact]
    public void Scanner_WhenTextHoldsOnlyPlaceholders_FindsNothing()
    {
        var placeholders = string.Join('\n',
            "ConnectionStrings__Default: Host=db;Database=creditplatform;Username=postgres;Password=${POSTGRES_PASSWORD}",
            "Host=localhost;Port=5432;Username=postgres;Password=ci-owner-password;Database=postgres",
            "  \"HashKey\": \"<32 random bytes, base64>\",",
            "new NpgsqlConnectionStringBuilder { Password = SuperuserPassword }");

        SecretScanner.Find(placeholders).ShouldBeEmpty();
    }
}
