namespace CreditPlatform.Application.Users;

/// <summary>The validation messages of the account use cases (the pages translate them by their English text).</summary>
public static class UserMessages
{
    public const string UserName = "Give a user name for signing in.";
    public const string UserNameShape = "A user name has 2 to 64 lower-case letters, digits, dots, hyphens or underscores.";
    public const string DisplayName = "Give the person's name as others should see it.";
    public const string Role = "Role must be \"official\", \"reviewer\" or \"gatherer\".";
    public const string Email = "Give an e-mail address the invitation can be sent to.";
    public const string UserNameTaken = "Another account already has this user name.";
}
