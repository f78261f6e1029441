using System.Text.RegularExpressions;

namespace CreditPlatform.IntegrationTests.Security.Hardening;

/// <summary>
/// Finds text that looks like a real secret: private keys, connection strings and config values with
/// a password or key that is not an obvious placeholder, API keys of this platform and of well-known
/// services. Placeholders (environment references, "test", "example", "changeme", ...) pass, so the
/// scan stays quiet unless something real slipped in.
/// </summary>
public static partial class SecretScanner
{
    private static readonly string[] PlaceholderWords =
        ["placeholder", "example", "changeme", "change-me", "dummy", "test", "password", "secret", "xxx", "ci-", "demo", "not-a-real"];

    public static IEnumerable<string> Find(string text)
    {
        foreach (Match m in PrivateKey().Matches(text))
        {
            yield return "a private key block";
        }

        foreach (Match m in ConnectionStringPassword().Matches(text))
        {
            if (!IsPlaceholder(m.Groups["value"].Value))
            {
                yield return "a connection string with a password";
            }
        }

        foreach (Match m in ConfigSecret().Matches(text))
        {
            if (!IsPlaceholder(m.Groups["value"].Value))
            {
                yield return $"a configured {m.Groups["name"].Value}";
            }
        }

        foreach (Match m in KnownTokens().Matches(text))
        {
            yield return "an access token";
        }
    }

    private static bool IsPlaceholder(string value) =>
        value.Length == 0
        || value[0] is '$' or '{' or '<' or '%'
        || PlaceholderWords.Any(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("-{5}BEGIN (?:[A-Z]+ )*PRIVATE KEY-{5}")]
    private static partial Regex PrivateKey();

    // A password inside something that is clearly a connection string (it names a host first).
    [GeneratedRegex("(?i)\\b(?:host|server|data source)\\s*=[^;\"'\\n]*;[^\"'\\n]*?\\b(?:password|pwd)\\s*=\\s*(?<value>[^;\"'\\s]*)")]
    private static partial Regex ConnectionStringPassword();

    // JSON/YAML/env settings whose name says secret: "HashKey": "...", Password: ..., Identifiers__HashKey=...
    [GeneratedRegex("(?i)[\"']?(?<name>[A-Za-z_]*(?:hashkey|encryptionkey|apikey|secret|password))[\"']?\\s*[:=]\\s*[\"']?(?<value>[A-Za-z0-9+/=_\\-]{16,})[\"']?\\s*,?\\s*$", RegexOptions.Multiline)]
    private static partial Regex ConfigSecret();

    // This platform's key format (43 random characters after the prefix) and well-known cloud token formats.
    [GeneratedRegex("\\bcpk_[A-Za-z0-9_\\-]{43}\\b|\\bAKIA[0-9A-Z]{16}\\b|\\bgh[pousr]_[A-Za-z0-9]{36}\\b|\\bxox[baprs]-[A-Za-z0-9\\-]{10,}")]
    private static partial Regex KnownTokens();
}
