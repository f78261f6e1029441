namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    public static class Account
    {
        public static readonly Text SignInTitle = new("登录", "Sign in");
        public static readonly Text UserName = new("用户名", "User name");
        public static readonly Text Password = new("密码", "Password");
        public static readonly Text WrongPassword = new("用户名或密码不正确。", "The user name or password is not right.");
        public static readonly Text LockedOut = new("多次输入错误，账户已被暂时锁定，请稍后再试。", "The account is locked for a while after repeated failures. Please try again later.");
    }

    public static class Home
    {
        public static readonly Text Title = new("首页", "Home");
        public static readonly Text Intro = new(
            "多个辖区在同一平台上运行各自的信用积分办法和黑名单、红名单。每一分、每一条名单记录都有法律依据、记录人、证据、告知、申诉期限和退出途径。",
            "Many jurisdictions run their own credit scoring schemes and black and red lists on one platform. Every point and every listing has a legal basis, a recorder, evidence, a notification, an appeal window and an exit.");
        public static readonly Text ForEveryone = new("公众可查阅已公示的信息，无需登录。", "Anyone can read the published information without signing in.");
        public static readonly Text ForStaff = new("工作人员和居民请登录。", "Staff and residents: please sign in.");
        public static readonly Text ApiDocs = new("REST 接口文档（OpenAPI）", "REST API documentation (OpenAPI)");
    }
}
