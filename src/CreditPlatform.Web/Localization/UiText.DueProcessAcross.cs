using CreditPlatform.Application.Appeals.GetAppealForReview;

namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>National listings seen at home, appeals kept by their issuer, escalated appeals and the reviewer's file.</summary>
    public static class AcrossJurisdictions
    {
        public static readonly Text NationalListings = new("其他机关对您作出的全国性名单记录", "National list entries other authorities made about you");
        public static readonly Text NationalListingsLead = new(
            "这些记录不计入本地分数，但在全国适用。您可以在本地提出申诉，由作出决定的机关审查；也可以在规定日期后申请信用修复。",
            "These entries carry no points here but apply nationwide. You may appeal from here, and the authority that made the entry decides; or ask for credit repair after the date shown.");
        public static readonly Text AppealThis = new("对此记录提出申诉", "Appeal this entry");
        public static readonly Text DecidedBy = new("审查机关", "Decided by");
        public static readonly Text Appellant = new("申诉人", "Appellant");
        public static readonly Text Home = new("申诉人所在辖区", "Appellant's home jurisdiction");
        public static readonly Text FiledBy = new("提交人", "Filed by");
        public static readonly Text List = new("名单", "List");
        public static readonly Text ListReason = new("列入原因", "Reason for the listing");
        public static readonly Text Document = new("文书号", "Document number");
        public static readonly Text Measures = new("措施", "Measures");
        public static readonly Text Period = new("有效期", "In force");
        public static readonly Text EntryStatus = new("记录状态", "Entry status");
        public static readonly Text Evidence = new("证据", "Evidence");
        public static readonly Text NoEvidence = new("申诉人没有提交证据。", "The appellant sent no evidence.");
        public static readonly Text Download = new("下载", "Download");
        public static readonly Text EarlierDecisions = new("此前的决定", "Earlier decisions");
        public static readonly Text NoEarlierDecisions = new("此前没有关于此记录或此申诉人的决定。", "No earlier decision on this entry or appellant.");
        public static readonly Text ChooseOutcome = new("请选择一项决定。", "Choose a decision.");
        public static readonly Text ListingChangedSince = new("注意：本报告出具后，此人的名单状态已有变化，请以最新查询为准。", "Note: this person's list status has changed since the report was issued; rely on a current check.");
        public static readonly Text HandedOver = new("此申诉未在期限内决定，已转交上级机关，由其工作人员决定。", "This appeal was not decided in time and has passed to the higher authority, whose officials decide it.");
    }
}
