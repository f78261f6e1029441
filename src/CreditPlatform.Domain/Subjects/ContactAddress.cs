using System.Net.Mail;

namespace CreditPlatform.Domain.Subjects;

/// <summary>
/// Validation and masking of a subject's e-mail address and mobile number. Both are personal data: they are
/// stored encrypted like identifiers, shown only masked, and never echoed in an error.
/// </summary>
public static class ContactAddress
{
    public const int EmailMaxLength = 254;
    public const int MaskedMaxLength = 64;

    public static string NormalizeEmail(string value) => value.Trim();

    /// <summary>Digits only, with a leading + kept: "+86 138-0000-1234" → "+8613800001234".</summary>
    public static string NormalizePhone(string value)
    {
        var trimmed = value.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        return trimmed.StartsWith('+') ? "+" + digits : digits;
    }

    public static SubjectError? ValidateEmail(string value)
    {
        var v = NormalizeEmail(value);
        if (v.Length is 0 or > EmailMaxLength)
        {
            return new(SubjectErrorCodes.EmailLength, $"An e-mail address has 1 to {EmailMaxLength} characters.");
        }

        return MailAddress.TryCreate(v, out var parsed) && parsed.Address == v && v.Contains('.', StringComparison.Ordinal)
            ? null
            : new(SubjectErrorCodes.EmailShape, "This is not an e-mail address (name@example.cn).");
    }

    public static SubjectError? ValidatePhone(string value)
    {
        if (value.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '+' or '(' or ')')))
        {
            return new(SubjectErrorCodes.PhoneCharacters, "A phone number holds digits, spaces, dashes and a leading +.");
        }

        var digits = NormalizePhone(value).TrimStart('+').Length;
        return digits is >= 7 and <= 15 ? null : new(SubjectErrorCodes.PhoneLength, "A phone number has 7 to 15 digits.");
    }

    /// <summary>Keeps the first character of the local part and the domain: <c>z***@example.cn</c>.</summary>
    public static string MaskEmail(string value)
    {
        var v = NormalizeEmail(value);
        var at = v.LastIndexOf('@');
        var masked = at <= 0 ? new string('*', v.Length) : string.Concat(v.AsSpan(0, 1), "***", v.AsSpan(at));
        return masked.Length > MaskedMaxLength ? masked[..MaskedMaxLength] : masked;
    }

    /// <summary>Keeps the first three and last four digits: <c>138****1234</c>.</summary>
    public static string MaskPhone(string value)
    {
        var v = NormalizePhone(value);
        return v.Length <= 7
            ? new string('*', v.Length)
            : string.Concat(v.AsSpan(0, 3), new string('*', v.Length - 7), v.AsSpan(v.Length - 4));
    }
}
