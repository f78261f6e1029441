using System.Globalization;
using System.Text;

namespace CreditPlatform.IntegrationTests.Security.Fuzz;

/// <summary>Values that have broken web applications before: injection, markup, odd Unicode, wrong types.</summary>
public static class HostileValues
{
    public static readonly IReadOnlyList<string> Strings =
    [
        "'; DROP TABLE subjects; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "{{7*7}}${7*7}",
        "../../../../etc/passwd",
        "%00%27%22",
        "\0",
        "name\0with-nul",
        "\uD800",
        "\uDC00",
        "\uDC00\uD800",
        "a\uD83D",
        "\u202Etxt.exe",
        "\u200F\u200E\u061C",
        "\u200B\u200C\u200D\uFEFF",
        "😀👨‍👩‍👧‍👦🇨🇳",
        "𠜎𠜱𠝹",
        "e" + string.Concat(Enumerable.Repeat("\u0301", 500)),
        new string('x', 100_000),
        new string('长', 5_000),
        "   ",
        "",
        "\u0007\u001b[31mred\u001b[0m",
        "\r\nX-Injected: yes",
        "11010519491231002X\0",
        "１１０１０５１９４９１２３１００２Ｘ",
        "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X",
        "11010519491231002x",
        "110105194912310020000",
        "9135010 0M000100Y43",
        "NaN",
        "-0",
        "person\0",
        "PERSON",
        "organization ",
    ];

    /// <summary>JSON fragments of the wrong shape for any field.</summary>
    public static readonly IReadOnlyList<string> WrongTypes =
    [
        "0", "-1", "9223372036854775808", "1e400", "-1e-400", "0.5", "true", "false", "null",
        "[]", "[1,2,3]", "{}", "{\"a\":{\"b\":[null]}}", "[\"x\"]", "\"\"",
    ];

    /// <summary>Whole bodies that are not (or not quite) JSON, or JSON of the wrong shape.</summary>
    public static IReadOnlyList<byte[]> MalformedBodies() =>
    [
        [],
        Utf8("{"),
        Utf8("}"),
        Utf8("{\"a\":"),
        Utf8("{'kind':'person'}"),
        Utf8("{kind:1}"),
        Utf8("{\"kind\":\"person\",}"),
        Utf8("[]"),
        Utf8("null"),
        Utf8("\"text\""),
        Utf8("123"),
        Utf8("{}{}"),
        Utf8("{\"kind\":\"person\"} trailing"),
        [0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}'],
        [0xFF, 0xFE, 0x00, 0x7B, 0x00, 0x7D],
        [0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D],
        Utf8("{\"name\":\"\\u12\"}"),
        Utf8("{\"name\":\"\\uD800\"}"),
        Utf8("{\"name\":\"a\",\"name\":\"b\"}"),
        Utf8(new string('[', 100_000)),
        Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
        Utf8("{\"kind\":\"person\",\"identifier\":" + new string('9', 5_000) + "}"),
    ];

    /// <summary>A JSON string literal for any .NET string, lone surrogates and NUL written as escapes.</summary>
    public static string Quote(string value)
    {
        var json = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair)
            {
                json.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                json.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
