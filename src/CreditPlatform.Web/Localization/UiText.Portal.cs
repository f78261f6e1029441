namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Portal/Score: the citizen's own score and entries, in plain words.</summary>
    public static class MyScore
    {
        public static readonly Text Title = new("我的信用分", "My score");
        public static readonly Text Score = new("信用分", "Score");
        public static readonly Text Band = new("信用等级", "Band");
        public static readonly Text Explain = new("信用分由下面每一条记录加减得出。每条记录都写明了原因、依据的法律规定和记录的部门。如果您认为哪一条不对，可以在期限内提出异议。", "Your score is the sum of the entries below. Each one says why it was made, which rule of law it rests on and who recorded it. If you think one is wrong, you can object before its deadline.");
        public static readonly Text Trend = new("近一年的变化", "The last twelve months");
        public static readonly Text TrendDescription = new("每月信用分：{0}", "Score by month: {0}");
        public static readonly Text Entries = new("每一条记录", "Every entry");
        public static readonly Text NoEntries = new("您还没有任何记录。", "You have no entries yet.");
        public static readonly Text WhatHappened = new("发生在 {0}，{1}", "Happened on {0}; {1}");
        public static readonly Text Rule = new("依据的规则", "Rule");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text Department = new("记录部门", "Recorded by");
        public static readonly Text UnknownDepartment = new("（未注明）", "(not stated)");
        public static readonly Text RecordedOn = new("记录日期", "Recorded on");
        public static readonly Text Reason = new("说明", "Reason");
        public static readonly Text CappedTitle = new("上限", "Limit");
        public static readonly Text Capped = new("按规则上限计算，原应为 {0} 分。", "Limited by the rule's cap; it would have been {0}.");
        public static readonly Text Expires = new("到期后不再计分", "Stops counting on");
        public static readonly Text AppealBy = new("提出异议的最后一天", "Last day to object");
        public static readonly Text Appeal = new("对这一条提出异议", "Object to this entry");
        public static readonly Text StruckPoints = new("原记 {0} 分，已更正", "{0} points at first, since corrected");
        public static readonly Text NowCounts = new("更正后计 {0} 分", "counts {0} after correction");
        public static readonly Text Correction = new("{0} 更正：{1} 分退回。理由：{2}", "Corrected on {0}: {1} points given back. Reason: {2}");

        private static readonly Text Counted = new("现在计入信用分。", "it counts towards your score now.");
        private static readonly Text Expired = new("已经到期，不再计分。", "it has expired and no longer counts.");
        private static readonly Text Pending = new("日期在今天之后，到那天才计分。", "it is dated later and counts from that day.");
        private static readonly Text Reversed = new("已被撤销，不计分。", "it was withdrawn and does not count.");
        private static readonly Text Reversal = new("这是对一条记录的撤销。", "this withdraws an earlier entry.");

        public static string StatusText(string status) => status switch
        {
            "expired" => Expired,
            "pending" => Pending,
            "reversed" => Reversed,
            "reversal" => Reversal,
            _ => Counted,
        };
    }

    /// <summary>Pages/Portal/Report: the printable score report for a bank.</summary>
    public static class Report
    {
        public static readonly Text Nav = new("信用报告", "Score report");
        public static readonly Text Title = new("打印信用报告", "Print a score report");
        public static readonly Text Intro = new("申请贷款时，银行可能要您的信用报告。报告上有一个核验码，银行在本平台输入核验码即可确认报告是真的。报告 90 天内有效。", "A bank may ask for your score report when you apply for a loan. The report carries a code the bank types on this platform to make sure it is genuine. It is valid for 90 days.");
        public static readonly Text Issue = new("生成报告", "Make the report");
        public static readonly Text Heading = new("个人信用分报告", "Score report");
        public static readonly Text Name = new("姓名", "Name");
        public static readonly Text Identifier = new("证件号码", "Identity number");
        public static readonly Text ListStatus = new("黑名单情况", "Black lists");
        public static readonly Text Listed = new("在黑名单上", "On a black list");
        public static readonly Text NotListed = new("不在任何黑名单上", "On no black list");
        public static readonly Text IssuedOn = new("开具日期", "Issued on");
        public static readonly Text ValidUntil = new("有效期至", "Valid until");
        public static readonly Text Code = new("核验码", "Verification code");
        public static readonly Text HowToVerify = new("核验方法：打开本平台的 {0} 页面，输入核验码。", "To check it, open {0} on this platform and enter the code.");
        public static readonly Text Print = new("打印", "Print");
    }

    /// <summary>Pages/Public/Verify: a bank checks a report's code.</summary>
    public static class Verify
    {
        public static readonly Text Nav = new("核验信用报告", "Verify a report");
        public static readonly Text Title = new("核验信用报告", "Verify a score report");
        public static readonly Text Intro = new("输入信用报告上印的核验码，查看报告开具时的内容以及是否仍然有效。", "Enter the code printed on a score report to see what it said when it was issued and whether it is still valid.");
        public static readonly Text CodeLabel = new("核验码", "Verification code");
        public static readonly Text Check = new("核验", "Check");
        public static readonly Text Unknown = new("没有这个核验码的报告。请检查是否输错。", "No report has this code. Check it was typed correctly.");
        public static readonly Text Authority = new("开具辖区", "Issued in");

        private static readonly Text Valid = new("报告真实有效", "The report is genuine and valid");
        private static readonly Text Expired = new("报告是真的，但已过期", "The report is genuine but has expired");
        private static readonly Text Altered = new("报告内容与开具时不符，不能采信", "The report's content does not match what was issued; do not rely on it");

        public static string StatusText(string status) => status switch
        {
            "valid" => Valid,
            "expired" => Expired,
            _ => Altered,
        };
    }
}
