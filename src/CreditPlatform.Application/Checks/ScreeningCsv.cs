using System.Runtime.CompilerServices;
using System.Text;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Application.Checks;

/// <summary>
/// The files of a bulk screening. In: one identifier per line, in the first column (comma, semicolon or tab separated,
/// optionally quoted), an optional header line, UTF-8 with or without a byte-order mark. Out: one line per identifier
/// in the order given, with its answer.
/// </summary>
public static class ScreeningCsv
{
    public const int MaxIdentifiers = 1_000_000;

    /// <summary>The largest upload: a million identifiers of 18 characters with their line ends, and room for a second column.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public const string ResultsHeader = "row,maskedIdentifier,result,disputed,measures,rewards,lists,band,decisionId";

    /// <summary>
    /// Each data line as its row number (from 1), keyed hash and masked form; a line whose first cell is not a valid
    /// identifier counts as a row whose answer will be <c>invalid_identifier</c> (its text is not kept), except a
    /// first line without digits, which is a header. Fails with 400 past <see cref="MaxIdentifiers"/> rows.
    /// </summary>
    public static async IAsyncEnumerable<ScreeningInput> ReadAsync(
        Stream csv, IIdentifierProtector protector, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var row = 0;
        var first = true;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var cell = FirstCell(line);
            if (cell.Length == 0)
            {
                continue;
            }

            var valid = Identifier.DetectKind(cell) is not null;
            if (first && !valid && !cell.Any(char.IsAsciiDigit))
            {
                first = false;
                continue;
            }

            first = false;
            if (++row > MaxIdentifiers)
            {
                throw RequestValidationException.For("file", CheckErrorCodes.ScreeningTooLarge, $"A screening takes at most {MaxIdentifiers:N0} identifiers; split the file.");
            }

            yield return valid
                ? new ScreeningInput(row, protector.Hash(Identifier.Normalize(cell)), Identifier.Mask(cell))
                // Not an identifier: nothing of the text is kept, not even masked (it may be a name).
                : new ScreeningInput(row, null, new string('*', Math.Min(cell.Length, 18)));
        }
    }

    /// <summary>The results file, UTF-8 with a byte-order mark so that spreadsheets on Chinese Windows read it as such.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ScreenedRow> rows, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(ResultsHeader);
        await foreach (var r in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                r.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), r.MaskedIdentifier, r.Result, r.Disputed ? "true" : "false",
                Field(r.Measures), Field(r.Rewards), Field(r.Lists), Quote(r.Band ?? ""), r.DecisionId.ToString()));
        }

        await writer.FlushAsync(ct);
    }

    private static string FirstCell(string line)
    {
        var end = line.AsSpan().IndexOfAny(',', ';', '\t');
        var cell = (end < 0 ? line.AsSpan() : line.AsSpan(0, end)).Trim().Trim('"').Trim();
        return cell.ToString();
    }

    private static string Field(string[] values) => Quote(string.Join(';', values));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
