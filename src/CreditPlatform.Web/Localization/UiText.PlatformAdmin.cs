using CreditPlatform.Application.Common.Abstractions;

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

public static partial class UiText
{
    /// <summary>Pages/Admin/Platform/Jurisdictions and Pages/Admin/Users: administering jurisdictions and accounts.</summary>
    public static class PlatformAdmin
    {
        public static readonly Text JurisdictionsNav = new("辖区管理", "Jurisdictions");
        public static readonly Text JurisdictionsTitle = new("辖区管理", "Jurisdictions");
        public static readonly Text JurisdictionsIntro = new("新建辖区、改名、调整上级或关闭辖区。关闭后不能再记录信用事件或列入名单，已有信息仍可查阅。", "Create jurisdictions, rename them, move them under another parent or close them. A closed jurisdiction takes no new events or listings; what it holds stays readable.");
        public static readonly Text Search = new("搜索", "Search");
        public static readonly Text SearchJurisdictions = new("按名称或代码搜索辖区", "Search jurisdictions by name or slug");
        public static readonly Text NewJurisdiction = new("新建辖区", "New jurisdiction");
        public static readonly Text Slug = new("代码（英文小写，用于网址和接口）", "Slug (lower-case, used in addresses and the API)");
        public static readonly Text NameZh = new("中文名称", "Chinese name");
        public static readonly Text NameEn = new("英文名称", "English name");
        public static readonly Text Kind = new("类型", "Kind");
        public static readonly Text Parent = new("上级辖区", "Parent jurisdiction");
        public static readonly Text NoParent = new("（无上级）", "(none: top level)");
        public static readonly Text Create = new("新建", "Create");
        public static readonly Text Created = new("已新建辖区“{0}”。它还没有积分办法；请邀请该辖区的工作人员。", "Jurisdiction \"{0}\" created. It has no scoring scheme yet; invite its officials next.");
        public static readonly Text Manage = new("管理", "Manage");
        public static readonly Text Rename = new("改名", "Rename");
        public static readonly Text Renamed = new("已改名为“{0}”。", "Renamed to \"{0}\".");
        public static readonly Text Move = new("调整上级", "Move");
        public static readonly Text NewParent = new("新的上级辖区", "New parent");
        public static readonly Text Moved = new("已调整“{0}”的上级辖区。", "\"{0}\" moved.");
        public static readonly Text Close = new("关闭辖区", "Close jurisdiction");
        public static readonly Text CloseWarning = new("关闭后，该辖区不能再记录信用事件或列入名单。此操作不能撤销。", "Once closed, the jurisdiction takes no new events or listings. This cannot be undone.");
        public static readonly Text Closed = new("已关闭“{0}”。", "\"{0}\" closed.");
        public static readonly Text ConfirmMove = new("我确认调整上级辖区", "I confirm the move");
        public static readonly Text ConfirmClose = new("我确认关闭此辖区", "I confirm closing this jurisdiction");
        public static readonly Text ConfirmRequired = new("请勾选确认后再提交。", "Tick the confirmation box first.");
        public static readonly Text StatusOpen = new("运行中", "Open");
        public static readonly Text StatusClosed = new("已关闭（{0}）", "Closed ({0})");
        public static readonly Text Under = new("上级：{0}", "Under: {0}");
        public static readonly Text TopLevel = new("顶级辖区", "Top level");
        public static readonly Text SubCount = new("下级辖区：{0} 个", "Sub-jurisdictions: {0}");
        public static readonly Text NoneFound = new("没有找到辖区。", "No jurisdiction found.");
        public static readonly Text SlugTaken = new("已有辖区使用此代码。", "A jurisdiction already has this slug.");
        public static readonly Text Cycle = new("不能把辖区移到它自己或它的下级辖区之下。", "A jurisdiction can't be moved under itself or one of its own sub-jurisdictions.");
        public static readonly Text FixThese = new("请修改以下问题：", "Please fix the following:");

        public static readonly Text UsersNav = new("人员账户", "People");
        public static readonly Text UsersTitle = new("人员账户", "People and accounts");
        public static readonly Text UsersIntroPlatform = new("邀请各辖区的工作人员、审核人和信息采集员，重置密码、调整角色或停用账户。", "Invite officials, reviewers and information gatherers of every jurisdiction; reset passwords, change roles or disable accounts.");
        public static readonly Text UsersIntroOfficial = new("您可以邀请本辖区的信息采集员、为他们重置密码或停用账户。工作人员和审核人由平台管理员管理。", "You can invite your jurisdiction's information gatherers, reset their passwords or disable them. Officials and reviewers are managed by the platform administrators.");
        public static readonly Text SearchUsers = new("按姓名、用户名或部门搜索", "Search by name, user name or department");
        public static readonly Text AllJurisdictions = new("全部辖区", "All jurisdictions");
        public static readonly Text Jurisdiction = new("辖区", "Jurisdiction");
        public static readonly Text Invite = new("邀请人员", "Invite someone");
        public static readonly Text SendInvitation = new("发送邀请", "Send invitation");
        public static readonly Text UserName = new("用户名（登录用）", "User name (for signing in)");
        public static readonly Text DisplayName = new("姓名", "Name");
        public static readonly Text Department = new("部门（可不填）", "Department (optional)");
        public static readonly Text Email = new("电子邮箱（邀请链接发到这里）", "E-mail (the invitation link goes here)");
        public static readonly Text Role = new("角色", "Role");
        public static readonly Text Invited = new("已向 {0} 发送邀请，链接有效期至 {1}。", "Invitation sent to {0}; the link works until {1}.");
        public static readonly Text ResetPassword = new("发送重置密码链接", "Send password reset link");
        public static readonly Text ResetSent = new("已向 {0} 发送设置新密码的链接。", "A link to set a new password was sent to {0}.");
        public static readonly Text ChangeRole = new("更改角色", "Change role");
        public static readonly Text RoleChanged = new("{0} 的角色已改为：{1}。", "{0} is now: {1}.");
        public static readonly Text Disable = new("停用账户", "Disable account");
        public static readonly Text ConfirmDisable = new("我确认停用此账户（其签发的接口密钥同时失效）", "I confirm disabling this account (the API keys it issued stop too)");
        public static readonly Text DisabledDone = new("已停用 {0} 的账户。", "{0}'s account is disabled.");
        public static readonly Text StatusActive = new("可登录", "Active");
        public static readonly Text StatusDisabled = new("已停用（{0}）", "Disabled ({0})");
        public static readonly Text StatusInvited = new("已邀请，尚未设置密码（链接有效期至 {0}）", "Invited, no password yet (link works until {0})");
        public static readonly Text NoDepartment = new("未填部门", "No department");
        public static readonly Text PlatformLevel = new("平台", "Platform");
        public static readonly Text NoUsers = new("没有找到人员。", "Nobody found.");
        public static readonly Text PageOf = new("第 {0} 页，共 {1} 页（{2} 人）", "Page {0} of {1} ({2} people)");
        public static readonly Text Previous = new("上一页", "Previous");
        public static readonly Text Next = new("下一页", "Next");
        public static readonly Text UserNameTaken = new("已有账户使用此用户名。", "Another account already has this user name.");
        public static readonly Text OfficialsGatherersOnly = new("辖区工作人员只能管理本辖区的信息采集员。", "Officials of a jurisdiction manage its information gatherers only.");
        public static readonly Text ChooseJurisdiction = new("请选择辖区。", "Choose the jurisdiction.");

        public static Text RoleName(string role) => role switch
        {
            Roles.Official => new("工作人员", "Official"),
            Roles.Reviewer => new("审核人", "Reviewer"),
            Roles.Gatherer => new("信息采集员", "Information gatherer"),
            Roles.PlatformAdmin => new("平台管理员", "Platform administrator"),
            Roles.Citizen => new("居民", "Citizen"),
            _ => new(role, role),
        };

        public static Text KindName(string kind) => kind switch
        {
            "province" => new("省", "Province"),
            "city" => new("市", "City"),
            "county" => new("县（区）", "County"),
            "village" => new("村（社区）", "Village"),
            "market" => new("市场", "Market"),
            "agency" => new("部门", "Agency"),
            "court" => new("法院", "Court"),
            _ => new(kind, kind),
        };
    }
}
