namespace CreditPlatform.Domain.Subjects;

/// <summary>Validation and masking shared by both identifier standards.</summary>
public static class Identifier
{
    /// <summary>Upper-cased and trimmed, the form that is hashed for lookup.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static SubjectError? Validate(SubjectKind kind, string? value) => kind switch
    {
        SubjectKind.Person => ResidentIdentityNumber.Validate(value?.Trim()),
        SubjectKind.Organization => UnifiedSocialCreditCode.Validate(value?.Trim()),
        _ => new(SubjectErrorCodes.KindInvalid, "Unknown subject kind."),
    };

    /// <summary>Guesses the kind from the shape, for check requests that carry bare identifiers.</summary>
    public static SubjectKind? DetectKind(string value)
    {
        var v = Normalize(value);
        if (ResidentIdentityNumber.Validate(v) is null)
        {
            return SubjectKind.Person;
        }

        return UnifiedSocialCreditCode.Validate(v) is null ? SubjectKind.Organization : null;
    }

    /// <summary>Keeps the first four and last four characters: <c>3201**********123X</c>.</summary>
    public static string Mask(string value)
    {
        var v = Normalize(value);
        if (v.Length <= 8)
        {
            return new string('*', v.Length);
        }

        return string.Concat(v.AsSpan(0, 4), new string('*', v.Length - 8), v.AsSpan(v.Length - 4));
    }
}
