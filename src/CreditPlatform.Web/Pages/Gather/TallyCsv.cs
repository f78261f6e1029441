using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CreditPlatform.Application.Gathering;
using CreditPlatform.Application.Gathering.CheckTally;
using CsvHelper;
using CsvHelper.Configuration;

namespace CreditPlatform.Web.Pages.Gather;

/// <summary>
/// Reads a tally sheet: a heading line, then resident, rule, quantity, date, evidence. Everything stays text here;
/// the Application decides what each field means. The file's hash names its lines for idempotency keys.
/// </summary>
public static class TallyCsv
{
    public sealed record Parsed(string FileHash, IReadOnlyList<TallyRow> Rows);

    /// <returns>Null when the bytes are not readable CSV text.</returns>
    public static Parsed? Read(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            MissingFieldFound = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
        };
        var rows = new List<TallyRow>();
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, config);
            if (!csv.Read())
            {
                return new Parsed(Hash(content), rows);
            }

            csv.ReadHeader();
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var fields = Enumerable.Range(0, 5).Select(i => csv.TryGetField<string>(i, out var v) ? v : null).ToArray();
                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                rows.Add(new TallyRow(line, fields[0], fields[1], fields[2], fields[3], fields[4]));
            }
        }
        catch (CsvHelperException)
        {
            return null;
        }

        return new Parsed(Hash(content), rows);
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    /// <summary>The same file's same line always gets the same key, so uploading it again records nothing twice.</summary>
    public static string KeyOf(string fileHash, int line) => string.Create(CultureInfo.InvariantCulture, $"tally:{fileHash}:{line}");
}
