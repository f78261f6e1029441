using System.Text.Json.Serialization;

namespace CreditPlatform.Domain.Scoring;

/// <summary>How a rule turns an event into points.</summary>
// Serialised by name because rule definitions are stored as JSON: reordering members must not change stored rules.
[JsonConverter(typeof(JsonStringEnumConverter<DeltaKind>))]
public enum DeltaKind
{
    /// <summary>The same points for every event.</summary>
    Fixed,

    /// <summary>Points per whole unit of the event's quantity ("1 point per 4 hours").</summary>
    PerUnit,
}
