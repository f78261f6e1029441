using System.Text.Json.Serialization;

namespace CreditPlatform.Domain.Scoring;

/// <summary>How a quantity that is not a whole number of units is counted.</summary>
// Serialised by name because rule definitions are stored as JSON: reordering members must not change stored rules.
[JsonConverter(typeof(JsonStringEnumConverter<UnitRounding>))]
public enum UnitRounding
{
    /// <summary>Only complete units count: 7 hours at 4 hours a unit is 1 unit.</summary>
    Down,

    /// <summary>Any started unit counts: 5 hours at 4 hours a unit is 2 units.</summary>
    Up,

    /// <summary>The nearest whole unit, halves rounded away from zero as people expect: 6 hours at 4 is 2 units.</summary>
    Nearest,
}
