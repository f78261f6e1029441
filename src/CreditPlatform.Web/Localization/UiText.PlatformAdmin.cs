namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Account/SetPassword: the page an invitation or password link opens.</summary>
    public static class AccountSetup
    {
        public static readonly Text Title = new("设置密码", "Set your password");
        public static readonly Text Intro = new("请为您的账户设置密码。设置后，此链接即失效。", "Choose a password for your account. Once it is set, this link stops working.");
        public static readonly Text Rules = new("至少 10 个字符，包含大写字母、小写字母、数字和一个符号。", "At least 10 characters, with a capital letter, a small letter, a digit and a symbol.");
        public static readonly Text NewPassword = new("新密码", "New password");
        public static readonly Text Confirm = new("再次输入新密码", "New password again");
        public static readonly Text Save = new("设置密码", "Set password");
        public static readonly Text FixThese = new("请修改以下问题：", "Please fix the following:");
        public static readonly Text PasswordRequired = new("请输入新密码。", "Type a new password.");
        public static readonly Text Mismatch = new("两次输入的密码不一致。", "The two passwords are not the same.");
        public static readonly Text Expired = new("此链接已过期。请联系您的管理员重新发送。", "This link has expired. Ask your administrator to send a new one.");
        public static readonly Text Invalid = new("此链接无效或已使用过。如需设置密码，请联系您的管理员重新发送链接。", "This link is not valid or has already been used. Ask your administrator for a new one if you need to set a password.");
        public static readonly Text Done = new("密码已设置。请用户名 {0} 登录。", "Your password is set. Sign in as {0}.");

        private static readonly Dictionary<string, Text> Problems = new(StringComparer.Ordinal)
        {
            ["PasswordTooShort"] = new("密码至少需要 10 个字符。", "The password needs at least 10 characters."),
            ["PasswordRequiresNonAlphanumeric"] = new("密码需要包含至少一个符号（如 - 或 !）。", "The password needs a symbol (such as - or !)."),
            ["PasswordRequiresDigit"] = new("密码需要包含至少一个数字。", "The password needs a digit."),
            ["PasswordRequiresLower"] = new("密码需要包含至少一个小写字母。", "The password needs a small letter."),
            ["PasswordRequiresUpper"] = new("密码需要包含至少一个大写字母。", "The password needs a capital letter."),
            ["PasswordRequiresUniqueChars"] = new("密码需要包含更多不同的字符。", "The password needs more different characters."),
        };

        public static string Problem(string code) =>
            Problems.TryGetValue(code, out var text) ? text : new Text("密码不符合要求。", "The password does not meet the rules.");
    }
}
