namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The officials' area (Pages/Admin).</summary>
    public static class Admin
    {
        public static readonly Text DashboardTitle = new("工作台", "Dashboard");
        public static readonly Text Welcome = new("欢迎，{0}。", "Welcome, {0}.");
        public static readonly Text Department = new("部门", "Department");
        public static readonly Text PlatformWide = new("全平台（不属于任何辖区）", "The whole platform (no jurisdiction)");
        public static readonly Text WhereToGo = new("常用功能", "Where to go");
    }

    /// <summary>The information gatherers' area (Pages/Gather), laid out for phones.</summary>
    public static class Gather
    {
        public static readonly Text Title = new("信息采集", "Gathering");
        public static readonly Text Welcome = new("{0}，您好。", "Hello, {0}.");
        public static readonly Text Intro = new("在这里记录居民的信用事件。每条记录都要写明依据的规则，并尽量附上证据。", "Record residents' credit events here. Each record names the rule it rests on and, where possible, its evidence.");
    }

    /// <summary>The citizens' portal (Pages/Portal).</summary>
    public static class Portal
    {
        public static readonly Text Title = new("我的首页", "My home");
        public static readonly Text Welcome = new("{0}，您好。", "Hello, {0}.");
        public static readonly Text Intro = new("您可以在这里查看自己的信用分和每一条记录的原因与法律依据，并在期限内提出异议。", "Here you can see your score and the reason and legal basis of every entry, and object within the time allowed.");
    }

    /// <summary>Pages anyone may read (Pages/Public).</summary>
    public static class Public
    {
        public static readonly Text Title = new("公开信息", "Public information");
        public static readonly Text Intro = new("各辖区公示的信用信息目录、黑名单和红名单将在此公布。", "The catalogues, black lists and red lists that jurisdictions publish appear here.");
    }
}
