namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Bulk screening (Pages/Admin/Screenings).</summary>
    public static class AdminScreenings
    {
        public static readonly Text Nav = new("批量核查", "Bulk screening");
        public static readonly Text Title = new("批量核查", "Bulk screening");
        public static readonly Text Intro = new(
            "上传一个证件号码文件（每行一个，放在第一列，最多一百万个），系统在后台逐一核查，与单个核查的结果和记录完全相同。文件中的号码只以加密摘要和脱敏形式保存，核查完即删除；结果保留 30 天。",
            "Upload a file of identifiers (one per line, in the first column, up to a million). They are screened in the background with the same answers and the same log as single checks. The file is kept only as keyed hashes and masked identifiers, and only until screened; results are kept for 30 days.");
        public static readonly Text File = new("文件（CSV 或文本，UTF-8）", "File (CSV or text, UTF-8)");
        public static readonly Text Measure = new("只核查一项措施（可选）", "Screen for one measure only (optional)");
        public static readonly Text AnyMeasure = new("全部措施", "Every measure");
        public static readonly Text Start = new("开始核查", "Start screening");
        public static readonly Text Started = new("已开始核查 {0} 个号码。", "Screening of {0} identifiers has started.");
        public static readonly Text NoFile = new("请选择要上传的文件。", "Choose a file to upload.");
        public static readonly Text FileRefused = new(
            "文件未被接受：应为 UTF-8 文本，每行一个证件号码放在第一列，最多 1,000,000 行。",
            "The file was refused: it should be UTF-8 text with one identifier per line in the first column, at most 1,000,000 lines.");
        public static readonly Text TooMany = new(
            "您已有 3 项核查在进行中，请等其中一项完成后再开始新的核查。",
            "You have 3 screenings in progress; start another when one of them has completed.");
        public static readonly Text Yours = new("我的核查", "My screenings");
        public static readonly Text None = new("还没有核查。", "No screenings yet.");
        public static readonly Text StartedAt = new("开始时间", "Started");
        public static readonly Text Progress = new("进度", "Progress");
        public static readonly Text Found = new("结果", "Found");
        public static readonly Text FoundCounts = new("{0} 个受限，{1} 个有异议，{2} 个号码无效", "{0} restricted, {1} disputed, {2} not valid identifiers");
        public static readonly Text ProgressText = new("已核查 {0} / {1}（{2}%）", "{0} of {1} screened ({2}%)");
        public static readonly Text Download = new("下载结果（CSV）", "Download results (CSV)");
        public static readonly Text Delete = new("删除", "Delete");
        public static readonly Text Deleted = new("核查及其结果已删除。", "The screening and its results were deleted.");
        public static readonly Text Refresh = new("刷新进度", "Refresh progress");
        public static readonly Text StillRunning = new("核查尚未完成，完成后才能下载结果。", "The screening has not completed yet; its results can be downloaded when it has.");
        public static readonly Text StatusQueued = new("排队中", "Queued");
        public static readonly Text StatusScreening = new("核查中", "Screening");
        public static readonly Text StatusCompleted = new("已完成", "Completed");

        public static Text Status(string status) => status switch
        {
            Application.Checks.ScreeningDto.Queued => StatusQueued,
            Application.Checks.ScreeningDto.Screening => StatusScreening,
            _ => StatusCompleted,
        };
    }
}
