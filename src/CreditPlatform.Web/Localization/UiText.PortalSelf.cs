using CreditPlatform.Application.Portal.GetMyData;

namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Portal/Score additions: the explanation and entries under appeal.</summary>
    public static class MyScoreMore
    {
        public static readonly Text UnderAppeal = new("申诉审核中：这一条正在由他人复核。", "Under appeal: someone else is reviewing this entry.");
        public static readonly Text RepairLink = new("如何修复信用", "How to repair your credit");
    }

    /// <summary>Pages/Portal/Repair: the path to repair, and the application.</summary>
    public static class MyRepair
    {
        public static readonly Text Title = new("修复途径", "Path to repair");
        public static readonly Text Intro = new("下面是每一条影响您信用的记录：从哪一天起可以申请信用修复、需要满足的条件、哪一天自动失效，以及到那时您的信用分。", "Below is every entry that weighs on your credit: the first day you may ask for repair, what you must do, when it lapses by itself, and your score on those days.");
        public static readonly Text Empty = new("没有影响您信用的记录，无需修复。", "Nothing weighs on your credit; there is nothing to repair.");
        public static readonly Text Since = new("自", "Since");
        public static readonly Text EarliestRepair = new("最早可申请修复", "Repair may be asked for from");
        public static readonly Text NoRepair = new("此记录不设修复，到期自动失效。", "No repair for this entry; it lapses by itself.");
        public static readonly Text Conditions = new("条件", "Conditions");
        public static readonly Text Lapses = new("自动失效", "Lapses on");
        public static readonly Text ScoreThen = new("届时信用分", "Score then");
        public static readonly Text Apply = new("申请信用修复", "Apply for repair");
        public static readonly Text NotYet = new("{0} 起可以申请。", "You may apply from {0}.");
        public static readonly Text ApplyTitle = new("申请信用修复", "Apply for credit repair");
        public static readonly Text ApplyIntro = new("请确认您已纠正失信行为或履行了义务，并写下您的信用承诺。审核人会在期限内作出决定。", "Confirm that you have put the conduct right or performed the obligation, and write your commitment to keep faith. A reviewer will decide.");
        public static readonly Text Performed = new("我已纠正失信行为或履行了义务", "I have put the conduct right or performed the obligation");
        public static readonly Text Commitment = new("信用承诺", "Commitment to keep faith");
        public static readonly Text Submit = new("提交申请", "Send the application");
        public static readonly Text Filed = new("您的信用修复申请已提交。", "Your application for credit repair has been sent.");
        public static readonly Text TooEarly = new("还不能申请：最早可在 {0} 申请。", "Too early: you may apply from {0}.");
    }

    /// <summary>Evidence attached to an appeal.</summary>
    public static class Evidence
    {
        public static readonly Text File = new("证据（可选：PDF、JPEG 或 PNG，不超过 5 MB）", "Evidence (optional: PDF, JPEG or PNG, at most 5 MB)");
        public static readonly Text Added = new("已附上证据：{0}。", "Evidence attached: {0}.");
    }

    /// <summary>Pages/Portal/Data: downloading everything held about the citizen.</summary>
    public static class MyData
    {
        public static readonly Text Title = new("我的数据", "My data");
        public static readonly Text Intro = new("下载平台保存的关于您的全部信息：基本信息、每一条记录、名单记录、申诉和通知。", "Download everything the platform holds about you: your details, every entry, list entries, appeals and notices.");
        public static readonly Text Json = new("下载 JSON", "Download JSON");
        public static readonly Text Csv = new("下载 CSV（可用表格软件打开）", "Download CSV (opens in a spreadsheet)");
    }

    /// <summary>Pages/Portal/Checks: who has checked the citizen's identifier.</summary>
    public static class MyChecks
    {
        public static readonly Text Title = new("谁查询过我", "Who checked me");
        public static readonly Text Intro = new("每一次有机构通过平台查询您的证件号码，都会记录在这里：哪个机构、什么时候、为了哪项措施，以及得到的答复。", "Every time an organisation checks your identity number through the platform it is listed here: which organisation, when, for which measure, and what it was told.");
        public static readonly Text Empty = new("还没有机构查询过您。", "No organisation has checked you yet.");
        public static readonly Text Organisation = new("机构", "Organisation");
        public static readonly Text When = new("时间", "When");
        public static readonly Text Measure = new("措施", "Measure");
        public static readonly Text AnyMeasure = new("（全部）", "(any)");
        public static readonly Text Answer = new("答复", "Answer");
        public static readonly Text Restricted = new("受限制", "Restricted");
        public static readonly Text NotRestricted = new("不受限制", "Not restricted");
        public static readonly Text Unknown = new("（未注明）", "(not stated)");
    }
}
