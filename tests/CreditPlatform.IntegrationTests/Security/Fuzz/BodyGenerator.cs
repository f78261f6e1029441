using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Security.Fuzz;

/// <summary>
/// Builds request bodies for an endpoint's body type: first a plausible one (so a mutation can reach
/// past validation into the handler and the database), then with some fields swapped for hostile
/// values or wrong types, or unknown fields added. Everything is drawn from one seeded random source.
/// </summary>
public sealed class BodyGenerator(Random random)
{
    public byte[] Mutated(Type? bodyType)
    {
        var fields = Plausible(bodyType);
        var names = fields.Keys.ToList();
        var mutations = names.Count == 0 ? 1 : random.Next(1, names.Count + 1);
        for (var i = 0; i < mutations; i++)
        {
            var name = names.Count == 0 || random.Next(6) == 0 ? "unexpected" + random.Next(100) : names[random.Next(names.Count)];
            fields[name] = Hostile();
        }

        var json = new StringBuilder("{");
        json.AppendJoin(',', fields.Select(f => HostileValues.Quote(f.Key) + ":" + f.Value));
        return HostileValues.Utf8(json.Append('}').ToString());
    }

    /// <summary>A hostile JSON value: mostly strings, sometimes a wrong type or a nested structure.</summary>
    public string Hostile() => random.Next(10) switch
    {
        < 6 => HostileValues.Quote(HostileValues.Strings[random.Next(HostileValues.Strings.Count)]),
        < 9 => HostileValues.WrongTypes[random.Next(HostileValues.WrongTypes.Count)],
        _ => "{\"identifier\":" + HostileValues.Quote(HostileValues.Strings[random.Next(HostileValues.Strings.Count)]) + ",\"name\":[]}",
    };

    /// <summary>Field name (camelCase) → JSON value that the endpoint would likely accept.</summary>
    private Dictionary<string, string> Plausible(Type? bodyType)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (bodyType is null)
        {
            return fields;
        }

        foreach (var property in bodyType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsRecordParameter(bodyType, p)))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (PlausibleValue(name, property.PropertyType) is { } value)
            {
                fields[name] = value;
            }
        }

        return fields;
    }

    private string? PlausibleValue(string name, Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        return name switch
        {
            "identifier" => HostileValues.Quote(random.Next(2) == 0 ? TestIdentifiers.Person() : TestIdentifiers.Organization()),
            "kind" => "\"person\"",
            "tenant" => "\"rongcheng\"",
            "scopes" => "[\"subjects:read\"]",
            _ when core == typeof(string) => HostileValues.Quote("Fuzz 测试 " + random.Next(1000)),
            _ when core == typeof(Guid) => HostileValues.Quote(Guid.NewGuid().ToString()),
            _ when core == typeof(int) || core == typeof(long) || core == typeof(decimal) => "1",
            _ when core == typeof(bool) => "true",
            _ when core == typeof(DateTimeOffset) || core == typeof(DateTime) => "\"2026-01-15T10:00:00+08:00\"",
            _ when core == typeof(DateOnly) => "\"2026-01-15\"",
            _ when core != typeof(string) && typeof(IEnumerable).IsAssignableFrom(core) => "[]",
            _ => null,
        };
    }

    private static bool IsRecordParameter(Type type, PropertyInfo property) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)));
}
