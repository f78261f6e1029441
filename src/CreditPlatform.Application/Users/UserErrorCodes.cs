namespace CreditPlatform.Application.Users;

/// <summary>Every code with which account administration refuses (the problem's <c>code</c>); they never change.</summary>
public static class UserErrorCodes
{
    public const string Disabled = "user_disabled";
    public const string NoEmail = "no_email";
}
