using System.Text.Json.Serialization;

namespace CreditPlatform.Domain.Subjects;

/// <summary>Whether a subject is a natural person or an organisation; rules and guardrails differ by kind.</summary>
// Serialised by name because rule definitions are stored as JSON: reordering members must not change stored rules.
[JsonConverter(typeof(JsonStringEnumConverter<SubjectKind>))]
public enum SubjectKind
{
    Person,
    Organization,
}
