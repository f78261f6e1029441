namespace CreditPlatform.Domain.Subjects;

/// <summary>Every code with which a subject's data fails its checks (kind, identifiers, contact); API clients and pages branch on these, so they never change.</summary>
public static class SubjectErrorCodes
{
    /// <summary>A subject kind other than person or organization.</summary>
    public const string KindInvalid = "subject_kind_invalid";

    /// <summary>A legal representative named for a person.</summary>
    public const string RepresentativeOnlyForOrganization = "representative_only_for_organization";

    /// <summary>A subject search without the first characters of a name.</summary>
    public const string NamePrefixRequired = "name_prefix_required";

    /// <summary>A resident identity number that does not have 18 characters.</summary>
    public const string IdentityNumberLength = "identity_number_length";

    /// <summary>A resident identity number whose first 17 characters are not all digits.</summary>
    public const string IdentityNumberDigits = "identity_number_digits";

    /// <summary>A resident identity number whose birth date is not a real date.</summary>
    public const string IdentityNumberBirthDate = "identity_number_birth_date";

    /// <summary>A resident identity number whose check digit does not match (GB 11643).</summary>
    public const string IdentityNumberCheckDigit = "identity_number_check_digit";

    /// <summary>A unified social credit code that does not have 18 characters.</summary>
    public const string CreditCodeLength = "credit_code_length";

    /// <summary>A unified social credit code with a character outside its alphabet (digits and capitals but I, O, S, V, Z).</summary>
    public const string CreditCodeAlphabet = "credit_code_alphabet";

    /// <summary>A unified social credit code whose characters 3 to 8 (the region) are not digits.</summary>
    public const string CreditCodeRegion = "credit_code_region";

    /// <summary>A unified social credit code whose check character does not match (GB 32100).</summary>
    public const string CreditCodeCheckCharacter = "credit_code_check_character";

    /// <summary>A contact e-mail address that is empty or too long.</summary>
    public const string EmailLength = "email_length";

    /// <summary>A contact e-mail address that is not one.</summary>
    public const string EmailShape = "email_shape";

    /// <summary>A phone number with characters other than digits, spaces, dashes, brackets and a leading +.</summary>
    public const string PhoneCharacters = "phone_characters";

    /// <summary>A phone number with fewer than 7 or more than 15 digits.</summary>
    public const string PhoneLength = "phone_length";
}
