namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Gather/Today: what the gatherer recorded today, and undoing an entry recorded by mistake.</summary>
    public static class GatherToday
    {
        public static readonly Text Title = new("今天的记录", "Today's entries");
        public static readonly Text Nav = new("今天的记录", "Today's entries");
        public static readonly Text Intro = new("今天（{0}）您记录的信息。记错的，可以在当天撤回；撤回及其原因会留在台账里，居民可以看到。", "What you recorded today ({0}). An entry recorded by mistake can be undone on the same day; the undo and its reason stay on the record, where the resident can read them.");
        public static readonly Text SeeToday = new("查看今天的记录（可撤回记错的）", "See today's entries (undo one recorded by mistake)");
        public static readonly Text None = new("今天还没有记录。", "Nothing recorded today yet.");
        public static readonly Text RecordOne = new("记录信用事件", "Record an event");
        public static readonly Text Resident = new("居民", "Resident");
        public static readonly Text Rule = new("规则", "Rule");
        public static readonly Text Points = new("分数", "Points");
        public static readonly Text At = new("记录时间", "Recorded at");
        public static readonly Text Undo = new("撤回", "Undo");
        public static readonly Text UndoOf = new("撤回：{0}，{1}", "Undo: {0}, {1}");
        public static readonly Text Reversed = new("已撤回，不计分", "Undone: does not count");
        public static readonly Text ConfirmTitle = new("确认撤回这条记录？", "Undo this entry?");
        public static readonly Text ConfirmIntro = new("撤回后，这条记录不再计分，居民的信用分恢复原样。撤回本身会留在台账里。", "Once undone, the entry no longer counts and the resident's score is as before. The undo itself stays in the ledger.");
        public static readonly Text Reason = new("撤回原因（居民会看到）", "Why it is undone (the resident will read this)");
        public static readonly Text ReasonMistake = new("记录错误", "Recorded by mistake");
        public static readonly Text ReasonWrongResident = new("记错了居民", "Recorded against the wrong resident");
        public static readonly Text ReasonWrongRule = new("选错了规则", "Recorded under the wrong rule");
        public static readonly Text ReasonOther = new("其他原因（请在下面说明）", "Another reason (say it below)");
        public static readonly Text Details = new("补充说明", "Details");
        public static readonly Text DetailsRequired = new("选择“其他原因”时，请写明原因。", "When the reason is another one, say what it is.");
        public static readonly Text Confirm = new("确认撤回", "Confirm undo");
        public static readonly Text Cancel = new("不撤回，返回", "Keep it and go back");
        public static readonly Text Undone = new("已撤回。{0}的信用分现在是 {1}。", "Undone. {0}'s score is now {1}.");
        public static readonly Text NotFound = new("找不到这条记录。", "That entry cannot be found.");
    }
}
