using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CreditPlatform.DevCluster;

/// <summary>
/// A PostgreSQL cluster started from the machine's own binaries: initdb on first use, pg_ctl start
/// and stop. Used by the run command when no connection string is configured, and by the test
/// fixture for a throwaway cluster. As root it runs the server as the <c>postgres</c> OS user,
/// since PostgreSQL refuses to run as root.
/// </summary>
public sealed class LocalCluster
{
    public const string MissingBinariesMessage =
        "PostgreSQL server binaries were not found: install them (Debian: apt-get install -y postgresql) or set ConnectionStrings__Default to an existing server.";

    private const string OsUser = "postgres";
    private readonly string _binDir;

    public LocalCluster(string dataDirectory, int port, string superuserPassword)
    {
        _binDir = FindBinDirectory() ?? throw new LocalClusterException(MissingBinariesMessage);
        DataDirectory = dataDirectory;
        Port = port;
        SuperuserPassword = superuserPassword;
    }

    public string DataDirectory { get; }
    public int Port { get; }
    public string SuperuserPassword { get; }

    /// <summary>More server settings (<c>name=value</c>), given on the command line at every start.</summary>
    public IReadOnlyList<string> ServerSettings { get; init; } = [];

    public static bool RunningAsRoot => Environment.UserName == "root";

    /// <summary>Whether this process started the server (rather than finding it running).</summary>
    public bool StartedHere { get; private set; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = SuperuserPassword,
        Database = database,
    }.ConnectionString;

    /// <summary>The newest installed server's bin folder, or null.</summary>
    public static string? FindBinDirectory()
    {
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>A free loopback TCP port for a throwaway cluster.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Whether the postgres OS user can create files in the folder (every parent traversable).
    /// Always true when not running as root: the server then runs as the current user.
    /// </summary>
    public static bool ServerUserCanUse(string directory)
    {
        if (!RunningAsRoot)
        {
            return true;
        }

        Directory.CreateDirectory(directory);
        Chown(directory);
        return Run("runuser", ["-u", OsUser, "--", "test", "-w", directory], throwOnError: false).ExitCode == 0;
    }

    /// <summary>Initialises the cluster if needed and starts it if it isn't running.</summary>
    public async Task StartAsync(bool throwaway, CancellationToken ct = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            Initialise(throwaway);
        }

        if (IsRunning())
        {
            return;
        }

        var options = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            "-c unix_socket_directories=''",
            // Test runs start dozens of hosts at once, each with its own pools and listeners.
            throwaway ? "-c max_connections=1000" : "-c max_connections=300",
            throwaway ? "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "",
            string.Join(' ', ServerSettings.Select(setting => "-c " + setting)));
        AsServerUser(Path.Combine(_binDir, "pg_ctl"),
            ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        StartedHere = true;
        await WaitUntilAcceptingAsync(ct);
    }

    /// <summary>
    /// A fast restart (pg_ctl restart -m fast, same server options): open sessions are cut, committed
    /// work survives. Returns once the server accepts connections again.
    /// </summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        AsServerUser(Path.Combine(_binDir, "pg_ctl"),
            ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-m", "fast", "-w", "-t", "60", "restart"]);
        await WaitUntilAcceptingAsync(ct);
    }

    public void Stop()
    {
        if (IsRunning())
        {
            AsServerUser(Path.Combine(_binDir, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"], throwOnError: false);
        }
    }

    /// <summary>The port this cluster's server listens on when it is running already (from postmaster.pid), else null.</summary>
    public int? RunningPort()
    {
        if (!IsRunning())
        {
            return null;
        }

        // postmaster.pid: pid, data directory, start time, port, ...
        var lines = File.ReadAllLines(Path.Combine(DataDirectory, "postmaster.pid"));
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private bool IsRunning() =>
        File.Exists(Path.Combine(DataDirectory, "postmaster.pid"))
        && AsServerUser(Path.Combine(_binDir, "pg_ctl"), ["-D", DataDirectory, "status"], throwOnError: false).ExitCode == 0;

    private void Initialise(bool throwaway)
    {
        Directory.CreateDirectory(DataDirectory);
        var passwordFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DataDirectory))!, $".pwfile-{Guid.NewGuid():N}");
        File.WriteAllText(passwordFile, SuperuserPassword);
        try
        {
            if (RunningAsRoot)
            {
                Chown(DataDirectory);
                Chown(passwordFile);
            }

            List<string> args =
            [
                "-D", DataDirectory, "-U", "postgres", "--pwfile", passwordFile, "-E", "UTF8", "--locale=C",
                "--auth-host=scram-sha-256", "--auth-local=peer",
            ];
            if (throwaway)
            {
                args.Add("--no-sync");
            }

            AsServerUser(Path.Combine(_binDir, "initdb"), args);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    private static (int ExitCode, string Output) AsServerUser(string file, IReadOnlyList<string> args, bool throwOnError = true) =>
        RunningAsRoot
            ? Run("runuser", ["-u", OsUser, "--", file, .. args], throwOnError)
            : Run(file, args, throwOnError);

    private static void Chown(string path) => Run("chown", [$"{OsUser}:", path], throwOnError: true);

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> args, bool throwOnError)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var output = stdout.Result + stderr.Result;
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {output}");
        }

        return (process.ExitCode, output);
    }
}
