namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The confirmations asked before listing or delisting a subject (Pages/Admin/Lists).</summary>
    public static class ListConfirm
    {
        public static readonly Text ConfirmListing = new("我已核对对象和依据，确认列入名单", "I have checked the subject and the grounds: list them");
        public static readonly Text ConfirmRemoval = new("确认移出名单", "Confirm the removal");
        public static readonly Text ChooseReason = new("请选择移出原因", "Choose a reason");
        public static readonly Text NotConfirmed = new("请先勾选确认，再提交。", "Tick the confirmation before submitting.");
        public static readonly Text NoReason = new("请选择移出原因。", "Choose a reason for the removal.");
    }
}
