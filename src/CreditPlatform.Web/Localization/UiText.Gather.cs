namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Gather/Record: one event on a phone.</summary>
    public static class Record
    {
        public static readonly Text Title = new("记录信用事件", "Record an event");
        public static readonly Text Nav = new("记录事件", "Record event");
        public static readonly Text FindResident = new("居民姓名或拼音首字母", "Resident's name or pinyin initials");
        public static readonly Text FindHint = new("输入姓名的前一两个字，从列表中选择。", "Type the first letters of the name and pick from the list.");
        public static readonly Text Search = new("查找", "Search");
        public static readonly Text NoMatches = new("没有找到这个名字开头的居民。", "Nobody's name starts like that.");
        public static readonly Text NoSuchResident = new("找不到这位居民，请重新查找。", "That resident cannot be found; search again.");
        public static readonly Text ChangeResident = new("换一位居民", "Choose someone else");
        public static readonly Text Rule = new("依据的规则", "Rule");
        public static readonly Text RecentRules = new("最近使用", "Recently used");
        public static readonly Text AllRules = new("全部规则", "All rules");
        public static readonly Text Quantity = new("数量（小时、元等，没有可不填）", "Quantity (hours, yuan… leave empty if none)");
        public static readonly Text QuantityHint = new("按次计分的规则不用填写数量。", "Rules that score per event need no quantity.");
        public static readonly Text Date = new("发生日期", "Date it happened");
        public static readonly Text DocumentNumber = new("文书编号（如有）", "Document number (if any)");
        public static readonly Text Evidence = new("证据说明", "Evidence");
        public static readonly Text PreviewButton = new("计算分数", "Work out the points");
        public static readonly Text ConfirmTitle = new("请确认", "Please confirm");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text Points = new("本次分数", "Points");
        public static readonly Text ScoreChange = new("信用分变化", "Score change");
        public static readonly Text Capped = new("按规则上限计算，原应为 {0} 分。", "Limited by the rule's cap; it would have been {0}.");
        public static readonly Text Save = new("确认保存", "Confirm and save");
        public static readonly Text Edit = new("返回修改", "Go back and change");
        public static readonly Text SavedTitle = new("已保存", "Saved");
        public static readonly Text NewScore = new("现在的信用分：{0}", "Score now: {0}");
        public static readonly Text SavedPoints = new("本次记分 {0}。", "This record counted {0}.");
        public static readonly Text PerUnit = new("每{0}{1} {2} 分", "{2} per {0} {1}");
        public static readonly Text FixedPoints = new("{0} 分", "{0} points");
        public static readonly Text Hours = new("小时", "hours");
        public static readonly Text Yuan = new("元", "yuan");
        public static readonly Text Months = new("个月", "months");
    }

    /// <summary>Pages/Gather/Board: the village board of stars and flags.</summary>
    public static class Board
    {
        public static readonly Text Month = new("月份", "Month");
        public static readonly Text Show = new("显示", "Show");
        public static readonly Text Nav = new("光荣榜", "Village board");
        public static readonly Text Title = new("{0}月度积分榜", "{0} monthly board");
        public static readonly Text Intro = new("每 1 分是一颗星，6 颗星换一面红旗。", "Every point is a star; six stars make a flag.");
        public static readonly Text NotStars = new("本辖区的积分不以星和红旗显示。", "This jurisdiction's scheme is not shown as stars and flags.");
        public static readonly Text Villager = new("村民", "Villager");
        public static readonly Text Points = new("积分", "Points");
        public static readonly Text StarsAndFlags = new("红旗和星", "Flags and stars");
        public static readonly Text ThisMonth = new("本月", "This month");
        public static readonly Text Tally = new("{0} 面红旗，{1} 颗星", "{0} flags, {1} stars");
        public static readonly Text Negative = new("积分为负，需要改进", "Below zero: needs to improve");
        public static readonly Text Print = new("打印", "Print");
    }

    /// <summary>Pages/Gather/Tally: the village's monthly tally sheet as a CSV file.</summary>
    public static class Tally
    {
        public static readonly Text Nav = new("上传月度台账", "Upload tally");
        public static readonly Text Title = new("上传月度台账（CSV）", "Upload the monthly tally (CSV)");
        public static readonly Text Intro = new("每行一条记录：居民（身份证号码或姓名）、规则代码、数量、日期（如 2026-11-03）、证据说明。第一行是标题行。", "One record a line: resident (identity number or name), rule code, quantity, date (e.g. 2026-11-03), evidence. The first line holds the headings.");
        public static readonly Text File = new("台账文件", "Tally file");
        public static readonly Text Check = new("检查文件", "Check the file");
        public static readonly Text Import = new("导入正确的行", "Import the good lines");
        public static readonly Text Summary = new("共 {0} 行：{1} 行可以导入，{2} 行有错误（有错误的行不会导入）。", "{0} lines: {1} can be imported, {2} have errors (lines with errors are not imported).");
        public static readonly Text Line = new("行号", "Line");
        public static readonly Text Resident = new("居民", "Resident");
        public static readonly Text Rule = new("规则", "Rule");
        public static readonly Text Quantity = new("数量", "Quantity");
        public static readonly Text Date = new("日期", "Date");
        public static readonly Text Problems = new("问题", "Problems");
        public static readonly Text Fine = new("正确", "OK");
        public static readonly Text Progress = new("导入进度", "Import progress");
        public static readonly Text Done = new("导入完成：新记录 {0} 条，之前已导入 {1} 条，被拒绝 {2} 条。", "Import finished: {0} new, {1} already imported before, {2} refused.");
        public static readonly Text NoFile = new("请选择一个 CSV 文件。", "Choose a CSV file.");
        public static readonly Text Unreadable = new("无法读取这个文件。请确认它是 UTF-8 或 GBK 编码的 CSV 文件。", "This file cannot be read. Make sure it is a CSV file in UTF-8 or GBK.");
        public static readonly Text RuleCode = new("规则代码", "Rule code");
        public static readonly Text Evidence = new("证据说明", "Evidence");
        public static readonly Text Points = new("分值", "Points");
        public static readonly Text LineNumber = new("第 {0} 行", "Line {0}");
        public static readonly Text ReadAs = new("文件按 {0} 编码读取。", "The file was read as {0}.");
        public static readonly Text DidYouMean = new("是不是“{0}”（{1}）？", "Did you mean “{0}” ({1})?");
        public static readonly Text UseSuggestion = new("改用 {0} 并重新检查", "Use {0} and check again");
        public static readonly Text DownloadTemplate = new("下载台账模板（含本村规则代码和名称）", "Download the tally template (with this jurisdiction's rule codes and names)");
        public static readonly Text Encodings = new("可以用 Excel 或 WPS 另存为 CSV：UTF-8 和 GBK 编码都能读取。模板中没有填写居民、数量和日期的规则行会被跳过。", "Save as CSV from Excel or WPS: files in UTF-8 and in GBK are both read. Template lines left without a resident, quantity and date are skipped.");
        public static readonly Text TooLarge = new("文件太大。", "The file is too large.");
        public static readonly Text Expired = new("上传的文件已过期，请重新上传。", "The upload has expired; upload the file again.");

        private static readonly Text UnknownResident = new("找不到这位居民", "Unknown resident");
        private static readonly Text AmbiguousResident = new("同名居民不止一位，请写身份证号码", "More than one resident has this name; use the identity number");
        private static readonly Text UnknownRule = new("没有这条规则", "Unknown rule");
        private static readonly Text BadQuantity = new("数量不对", "Bad quantity");
        private static readonly Text BadDate = new("日期不对", "Bad date");
        private static readonly Text NotApplicable = new("这条规则不适用于这位居民", "This rule does not apply to this resident");

        public static string ErrorText(string code) => code switch
        {
            "unknown_resident" => UnknownResident,
            "ambiguous_resident" => AmbiguousResident,
            "unknown_rule" => UnknownRule,
            "bad_quantity" => BadQuantity,
            "bad_date" => BadDate,
            "not_applicable" => NotApplicable,
            _ => code,
        };
    }
}
