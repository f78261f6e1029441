namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Navigation labels of the officials' pages added with the admin UI.</summary>
    public static class AdminNav
    {
        public static readonly Text Rules = new("评分规则", "Rules");
        public static readonly Text Lists = new("名单", "Lists");
        public static readonly Text Transparency = new("透明度报告", "Transparency report");
        public static readonly Text Audit = new("审计日志", "Audit log");
        public static readonly Text ApiKeys = new("接口密钥", "API keys");
    }
}
