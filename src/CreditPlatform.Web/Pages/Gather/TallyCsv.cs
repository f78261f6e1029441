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
    public sealed record Parsed(string FileHash, IReadOnlyList<TallyRow> Rows, string EncodingName = "UTF-8");

    public const string Utf8 = "UTF-8";
    public const string Gb18030 = "GB18030";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TallyCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The file's text. Excel and WPS on Chinese Windows save "CSV" in GBK; GB 18030 reads all of GBK. A byte-order
    /// mark, or bytes that are valid UTF-8, mean UTF-8 (plain ASCII is both); anything else is read as GB 18030,
    /// strictly, so a file in neither is refused rather than garbled.
    /// </summary>
    /// <returns>Null when the bytes are text in neither encoding.</returns>
    public static (string Text, string EncodingName)? Decode(byte[] content)
    {
        string text;
        string name;
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = new UTF8Encoding(false, false).GetString(content, 3, content.Length - 3);
            name = Utf8;
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(content);
                name = Utf8;
            }
            catch (DecoderFallbackException)
            {
                try
                {
                    var gb = (Encoding)Encoding.GetEncoding(Gb18030).Clone();
                    gb.DecoderFallback = DecoderFallback.ExceptionFallback;
                    text = gb.GetString(content);
                    name = Gb18030;
                }
                catch (DecoderFallbackException)
                {
                    return null;
                }
            }
        }

        text = text.TrimStart('\uFEFF');
        return text.Contains('\0', StringComparison.Ordinal) ? null : (text, name);
    }

    /// <returns>Null when the bytes are not readable CSV text.</returns>
    public static Parsed? Read(byte[] content)
    {
        if (Decode(content) is not { } decoded)
        {
            return null;
        }

        var (text, encodingName) = decoded;

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
                return new Parsed(Hash(content), rows, encodingName);
            }

            csv.ReadHeader();
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var fields = Enumerable.Range(0, 5).Select(i => csv.TryGetField<string>(i, out var v) ? v : null).ToArray();
                // Blank lines, and the template's rule lines left as they came (a rule code and its name, nobody's).
                if (fields.All(string.IsNullOrWhiteSpace)
                    || (string.IsNullOrWhiteSpace(fields[0]) && string.IsNullOrWhiteSpace(fields[2]) && string.IsNullOrWhiteSpace(fields[3])))
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

        return new Parsed(Hash(content), rows, encodingName);
    }

    /// <summary>
    /// A sheet to fill in: the headings in the page's language, then one line per rule in force (its code and name),
    /// as UTF-8 with a byte-order mark so Excel and WPS open it right. Lines left without a resident, quantity and
    /// date are skipped on import.
    /// </summary>
    public static byte[] Template(IReadOnlyList<string> headings, IEnumerable<(string Code, string Name)> rules)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', headings.Select(Field))).Append("\r\n");
        foreach (var (code, name) in rules)
        {
            text.Append(',').Append(Field(code)).Append(",,,").Append(Field(name)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    /// <summary>The same file's same line always gets the same key, so uploading it again records nothing twice.</summary>
    public static string KeyOf(string fileHash, int line) => string.Create(CultureInfo.InvariantCulture, $"tally:{fileHash}:{line}");
}
