namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The layout, navigation and words every page uses.</summary>
    public static class Common
    {
        public static readonly Text PlatformName = new("信用平台", "CreditPlatform");
        public static readonly Text SkipToContent = new("跳到正文", "Skip to content");
        public static readonly Text MainNavigation = new("主导航", "Main navigation");
        public static readonly Text Jurisdiction = new("辖区", "Jurisdiction");
        public static readonly Text SignedInAs = new("当前用户", "Signed in as");
        public static readonly Text SignIn = new("登录", "Sign in");
        public static readonly Text SignOut = new("退出", "Sign out");
        public static readonly Text Language = new("语言", "Language");
        public static readonly Text Search = new("搜索", "Search");
        public static readonly Text Previous = new("上一页", "Previous");
        public static readonly Text Next = new("下一页", "Next");
        public static readonly Text PageOf = new("第 {0} 页，共 {1} 页", "Page {0} of {1}");
        public static readonly Text Pagination = new("分页", "Pages");
        public static readonly Text FixErrors = new("请更正以下问题：", "Please correct the following:");
        public static readonly Text Name = new("名称", "Name");
        public static readonly Text Kind = new("类型", "Kind");
        public static readonly Text None = new("无", "None");
    }

    /// <summary>Labels of the navigation entries (NavCatalogue).</summary>
    public static class Nav
    {
        public static readonly Text Dashboard = new("工作台", "Dashboard");
        public static readonly Text Subjects = new("信用主体", "Subjects");
        public static readonly Text Gathering = new("信息采集", "Gathering");
        public static readonly Text PortalHome = new("我的首页", "My home");
        public static readonly Text PublicHome = new("公开信息", "Public information");
    }

    /// <summary>Status pages shown instead of a bare status code.</summary>
    public static class Errors
    {
        public static readonly Text NotFoundTitle = new("未找到", "Not found");
        public static readonly Text NotFound = new("您要找的页面或记录不存在，或不属于您的辖区。", "The page or record you asked for does not exist, or is not in your jurisdiction.");
        public static readonly Text ForbiddenTitle = new("无权访问", "Access denied");
        public static readonly Text Forbidden = new("您的账户无权查看此页面。", "Your account may not see this page.");
        public static readonly Text OtherTitle = new("出错了", "Something went wrong");
        public static readonly Text Other = new("请求未能完成（状态码 {0}）。", "The request could not be completed (status {0}).");
        public static readonly Text BackHome = new("返回首页", "Back to the home page");
    }
}
