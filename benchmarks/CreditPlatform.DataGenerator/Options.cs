using System.Globalization;

namespace CreditPlatform.DataGenerator;

/// <summary>Sizes and targets from <c>--name value</c> pairs; <c>--small</c> shrinks every default a hundredfold.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Options(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    _values[name] = "true";
                }

                name = arg[2..];
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
        }

        if (name is not null)
        {
            _values[name] = "true";
        }
    }

    public bool Small => _values.ContainsKey("small");

    public int Int(string name, int full) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : Small ? Math.Max(1, full / 100) : full;

    public string Text(string name, string fallback) => _values.TryGetValue(name, out var value) ? value : fallback;

    public static string Env(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {name} (the app's settings: ConnectionStrings__Default is the owner's connection).");
}
