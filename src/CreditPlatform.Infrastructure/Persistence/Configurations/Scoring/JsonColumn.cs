using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

/// <summary>Stores a Domain value (a delta, a list of caps, a scheme) as jsonb, compared by its JSON so EF notices changes inside it.</summary>
internal static class JsonColumn
{
    // Default (PascalCase) naming: what the Domain's JSON tests pin, independent of the API's camelCase.
    private static readonly JsonSerializerOptions Options = new();

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        property
            .HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                s => JsonSerializer.Deserialize<T>(s, Options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => StringComparer.Ordinal.GetHashCode(JsonSerializer.Serialize(v, Options)),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
        return property;
    }
}
