namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Portal/Notifications: the citizen's inbox.</summary>
    public static class Inbox
    {
        public static readonly Text Title = new("我的通知", "My notifications");
        public static readonly Text Empty = new("您还没有收到任何通知。", "You have no notifications yet.");
        public static readonly Text Received = new("收到日期", "Received on");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text AppealBy = new("提出异议的最后一天", "Last day to object");
        public static readonly Text Appeal = new("对这一条提出异议", "Object to this entry");
    }

    /// <summary>Pages/Portal/Appeals: objecting to an entry and following the objection.</summary>
    public static class MyAppeals
    {
        public static readonly Text Title = new("我的申诉", "My appeals");
        public static readonly Text NewTitle = new("提出异议", "Object to an entry");
        public static readonly Text Intro = new("请写明您认为这条记录错在哪里。审核的人不是记录这条记录的人，会在期限内给出书面决定。", "Say what you think is wrong with this entry. Someone other than the person who recorded it will review it and give a written decision before the deadline.");
        public static readonly Text Entry = new("您提出异议的记录", "The entry you object to");
        public static readonly Text ListEntry = new("名单记录", "List entry");
        public static readonly Text Reason = new("您的理由", "Your reasons");
        public static readonly Text Submit = new("提交申诉", "Send the appeal");
        public static readonly Text Filed = new("您的申诉已提交，决定将在 {0} 前作出。", "Your appeal has been sent. You will have a decision by {0}.");
        public static readonly Text WindowClosed = new("提出异议的期限已于 {0} 结束。您仍可以申请信用修复。", "The time to object to this entry ended on {0}. You may still ask for credit repair.");
        public static readonly Text AlreadyOpen = new("这条记录已经有一个申诉正在审核中。", "An appeal against this entry is already being reviewed.");
        public static readonly Text Empty = new("您还没有提出过申诉。", "You have not made any appeals.");
        public static readonly Text Status = new("状态", "Status");
        public static readonly Text FiledOn = new("提交日期", "Sent on");
        public static readonly Text DecisionDue = new("决定期限", "Decision due by");
        public static readonly Text DecisionReasons = new("决定理由", "Reasons for the decision");
        public static readonly Text AdjustedPoints = new("退还的分数", "Points given back");

        private static readonly Text Pending = new("正在审核", "Being reviewed");
        private static readonly Text Escalated = new("已转交上级机关", "Passed to the higher authority");
        private static readonly Text Upheld = new("申诉成立，记录已撤销", "Upheld: the entry was withdrawn");
        private static readonly Text PartiallyUpheld = new("部分成立，退还部分分数", "Partly upheld: some points given back");
        private static readonly Text Rejected = new("申诉不成立，记录保留", "Rejected: the entry stays");

        public static string StatusText(string status) => status switch
        {
            "escalated" => Escalated,
            "upheld" => Upheld,
            "partiallyUpheld" => PartiallyUpheld,
            "rejected" => Rejected,
            _ => Pending,
        };
    }

    /// <summary>Pages/Admin/Appeals: the reviewers' queue and decision form.</summary>
    public static class AdminAppeals
    {
        public static readonly Text Nav = new("申诉", "Appeals");
        public static readonly Text Title = new("待审核的申诉", "Appeals to review");
        public static readonly Text Empty = new("没有待审核的申诉。", "No appeals are waiting.");
        public static readonly Text Open = new("审核", "Review");
        public static readonly Text DetailsTitle = new("审核申诉", "Review an appeal");
        public static readonly Text Recorder = new("记录人", "Recorded by");
        public static readonly Text Outcome = new("决定", "Decision");
        public static readonly Text Upheld = new("成立（撤销记录）", "Upheld (withdraw the entry)");
        public static readonly Text PartiallyUpheld = new("部分成立（退还部分分数）", "Partly upheld (give back some points)");
        public static readonly Text Rejected = new("不成立", "Rejected");
        public static readonly Text Points = new("退还的分数（部分成立时）", "Points to give back (partly upheld)");
        public static readonly Text Reasons = new("书面理由", "Written reasons");
        public static readonly Text Decide = new("作出决定", "Decide");
        public static readonly Text Decided = new("已作出决定：{0}", "Decided: {0}");
        public static readonly Text RecorderMayNotDecide = new("您记录了这条记录，不能审核对它的申诉，请由其他工作人员审核。", "You recorded this entry, so you may not decide the appeal against it; another official must.");
    }
}
