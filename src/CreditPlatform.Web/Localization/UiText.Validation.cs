namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>
    /// Chinese for the Application's own validation messages, which it writes in English for the API.
    /// (FluentValidation's built-in messages are translated by FluentValidation itself.) Keyed by the exact
    /// English text: a message missing here is shown as it is, so add a line when you add a message.
    /// </summary>
    public static class Validation
    {
        private static readonly Dictionary<string, Text> ByEnglish = new[]
        {
            new Text("身份证号码应为 18 位。", "A resident identity number has 18 characters."),
            new Text("身份证号码的前 17 位应为数字。", "The first 17 characters of a resident identity number are digits."),
            new Text("身份证号码中的出生日期不是有效日期。", "The birth date inside the resident identity number is not a real date."),
            new Text("身份证号码的校验码不正确（GB 11643）。", "The check digit of the resident identity number does not match (GB 11643)."),
            new Text("统一社会信用代码应为 18 位。", "A unified social credit code has 18 characters."),
            new Text("统一社会信用代码由数字和大写字母组成，不含 I、O、S、V、Z。", "A unified social credit code uses digits and capital letters other than I, O, S, V and Z."),
            new Text("统一社会信用代码的第 3 至 8 位是行政区划代码，应为数字。", "Characters 3 to 8 of a unified social credit code are the region's digits."),
            new Text("统一社会信用代码的校验码不正确（GB 32100）。", "The check character of the unified social credit code does not match (GB 32100)."),
            new Text("类型应为“自然人”或“法人和其他组织”。", "Kind must be \"person\" or \"organization\"."),
            new Text("只有法人和其他组织才填写法定代表人。", "Only an organization names a legal representative."),
            new Text("请输入名称的前几个字。", "Type the first characters of a name."),
        }.ToDictionary(t => t.En, StringComparer.Ordinal);

        /// <summary>The message in the current UI language when it is known, else unchanged.</summary>
        public static string Translate(string message) =>
            ByEnglish.TryGetValue(message, out var text) ? text.ToString() : message;
    }
}
