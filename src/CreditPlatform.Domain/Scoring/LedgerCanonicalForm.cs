using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// The bytes of an entry that its hash covers: every field that gives it meaning, as a JSON array in a fixed order.
/// JSON, not a joined string, so no value (a reason with a separator in it) can shift into its neighbour.
/// The sequence is left out so the form can be built before the chain is locked; the links themselves fix the order,
/// and verification checks that sequences run without gaps.
/// </summary>
public static class LedgerCanonicalForm
{
    /// <summary>Bumped if the form ever changes, so old and new entries stay verifiable side by side.</summary>
    public const int FormVersion = 1;

    public static string Of(LedgerEntry e)
    {
        using var buffer = new MemoryStream(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteNumberValue(FormVersion);
            w.WriteStringValue(e.TenantId);
            w.WriteStringValue(e.Id);
            WriteNullable(w, e.EventId);
            w.WriteStringValue(e.SubjectId);
            w.WriteStringValue(e.RuleCode);
            w.WriteNumberValue(e.RuleVersion);
            w.WriteNumberValue(e.Points);
            w.WriteNumberValue(e.RawPoints);
            w.WriteBooleanValue(e.Capped);
            w.WriteStartArray();
            foreach (var note in e.CapNotes)
            {
                w.WriteStringValue(note);
            }

            w.WriteEndArray();
            WriteNullable(w, e.Quantity is { } q ? q.ToString("0.############################", CultureInfo.InvariantCulture) : null);
            w.WriteStringValue(Moment(e.OccurredAt));
            w.WriteStringValue(Moment(e.RecordedAt));
            WriteNullable(w, e.ExpiresAt is { } x ? Moment(x) : null);
            WriteNullable(w, e.BandOverride);
            WriteNullable(w, e.BandOverrideUntil is { } u ? Moment(u) : null);
            WriteNullable(w, e.ReversesId);
            WriteNullable(w, e.Reason);
            w.WriteStringValue(e.Recorder);
            WriteNullable(w, e.Department);
            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>UTC to the microsecond: what the database gives back, whatever offset the value was written with.</summary>
    private static string Moment(DateTimeOffset value) =>
        Instants.Stored(value).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, Guid? value)
    {
        if (value is { } v)
        {
            w.WriteStringValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
