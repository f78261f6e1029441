namespace CreditPlatform.Application.Users;

/// <summary>Every code with which account administration refuses (the problem's <c>code</c>); they never change.</summary>
public static class UserErrorCodes
{
    public const string Disabled = "user_disabled";
    public const string NoEmail = "no_email";

    /// <summary>An invitation without a user name.</summary>
    public const string UserNameRequired = "user_name_required";

    /// <summary>A user name that is not 2 to 64 lower-case letters, digits, dots, hyphens or underscores.</summary>
    public const string UserNameShape = "user_name_shape";

    /// <summary>An invitation without the person's name.</summary>
    public const string DisplayNameRequired = "display_name_required";

    /// <summary>A role that cannot be given (official, reviewer or gatherer).</summary>
    public const string RoleInvalid = "role_invalid";

    /// <summary>An invitation without an e-mail address.</summary>
    public const string EmailRequired = "email_required";

    /// <summary>An invitation whose e-mail address is not one.</summary>
    public const string EmailInvalid = "email_invalid";

    /// <summary>A platform administrator's invitation without the jurisdiction.</summary>
    public const string JurisdictionRequired = "jurisdiction_required";

    /// <summary>A change that asks to be confirmed, not confirmed.</summary>
    public const string ConfirmationRequired = "confirmation_required";
}
