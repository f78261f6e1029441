using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditPlatform.Web.Hardening;

/// <summary>
/// Every string in a request body must be text PostgreSQL can store and a person can read back:
/// no NUL and no unpaired surrogate halves. Refusing them while reading the JSON makes them a 400
/// with the field's path, instead of an error deep in the database.
/// </summary>
public sealed class StrictStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A string was expected.");
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException("The string is not valid Unicode text.");
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                throw new JsonException("Strings may not contain the NUL character.");
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new JsonException("The string contains an unpaired surrogate: it is not valid Unicode text.");
            }
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
