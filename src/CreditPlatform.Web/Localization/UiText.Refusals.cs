using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Gathering;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Scoring;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Tenants;
using CreditPlatform.Application.Users;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>
    /// What a page says for each refusal code of the areas' catalogues (<see cref="AppealErrorCodes"/>,
    /// <see cref="ListErrorCodes"/>, <see cref="SchemeErrorCodes"/>, <see cref="EventErrorCodes"/>,
    /// <see cref="ScoringErrorCodes"/>, <see cref="CheckErrorCodes"/>): pages translate by code, never by the English
    /// text the API sends. A test fails when a catalogue's code has no line here.
    /// </summary>
    public static class Refusals
    {
        public static readonly IReadOnlyDictionary<string, Text> ByCode = new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            [AppealErrorCodes.WindowClosed] = new("申诉期限已过；仍可申请信用修复。", "The time to appeal this entry has ended; credit repair may still be possible."),
            [AppealErrorCodes.Escalated] = new("此申诉未按期决定，已转交上级机关，现由其官员决定。", "This appeal was not decided in time and has passed to the higher authority, whose officials decide it now."),
            [AppealErrorCodes.NotAppealable] = new("此记录不能申诉（冲正记录不能申诉）。", "This entry cannot be appealed (a reversal cannot be)."),
            [AppealErrorCodes.AlreadyCorrected] = new("此记录已被冲正、纠正或修复，无需再处理。", "This entry has been reversed, corrected or repaired already."),
            [AppealErrorCodes.CorrectionExceedsEntry] = new("调整的分值不能超过原记录的分值。", "A correction cannot give back more points than the entry took."),
            [AppealErrorCodes.RepairTooEarly] = new("尚未到可以申请信用修复的时间。", "Credit repair may not be asked for yet."),
            [AppealErrorCodes.RepairConditionsUnmet] = new("尚未满足信用修复的条件。", "The conditions for credit repair are not met yet."),
            [AppealErrorCodes.ReviewerIsRecorder] = new("记录这条信息的人不能审核与之相关的申诉或修复。", "The person who recorded this entry may not decide an appeal or repair about it."),
            [ListErrorCodes.KindMismatch] = new("名单记录与该主体不是同一类型（自然人或法人和其他组织）。", "The entry and the subject are not of the same kind (person or organisation)."),
            [ListErrorCodes.NeedsReview] = new("名单须先起草，再由另一位官员批准后发布。", "A list is drafted, then published once another official approves it."),
            [ListErrorCodes.ListSuspended] = new("上级机关已暂停此名单，在恢复前不能列入新的记录。", "A higher authority has suspended this list: it takes no new entries until the suspension is lifted."),
            [OversightErrorCodes.OwnJurisdiction] = new("本辖区不能暂停自己的规则或名单；如需停止，请停用它。", "A jurisdiction does not suspend its own rule or list; retire it instead."),
            [OversightErrorCodes.AlreadySuspended] = new("已被暂停。", "It is suspended already."),
            [OversightErrorCodes.NotSuspended] = new("目前没有被暂停。", "It is not suspended."),
            [OversightErrorCodes.LiftNotProposed] = new("还没有人提议解除暂停，请先提议。", "No one has proposed lifting this suspension yet; propose it first."),
            [EventErrorCodes.RuleSuspended] = new("上级机关已暂停这条规则，暂不计分；解除暂停后可重新提交。", "A higher authority has suspended this rule: it scores nothing until the suspension is lifted, then send the event again."),
            [SchemeErrorCodes.SchemeChanged] = new("起草之后方案已有新版本生效，请在新版本的基础上重新起草。", "Another version of the scheme took effect after this draft was written; draft again from it."),
            [TenantErrorCodes.Closed] = new("该辖区已关闭，不再接受新的事件或名单记录。", "This jurisdiction is closed: it takes no new events or listings."),
            [TenantErrorCodes.SlugTaken] = new("这个代码已被另一个辖区使用。", "Another jurisdiction already uses this code."),
            [TenantErrorCodes.HierarchyCycle] = new("辖区不能移到自己或自己的下级之下。", "A jurisdiction cannot move under itself or one of its own sub-jurisdictions."),
            [UserErrorCodes.Disabled] = new("该账户已停用。", "This account is disabled."),
            [UserErrorCodes.NoEmail] = new("该账户没有电子邮件地址，无法发送链接。", "This account has no e-mail address to send the link to."),
            [SchemeErrorCodes.FourEyes] = new("起草人不能批准自己的改动（无论使用何种凭据），请由另一位官员审核。", "The person who drafted a change may not approve it, whatever credential they use: another official must review it."),
            [SchemeErrorCodes.EffectiveFromBeforePrevious] = new("生效日期不能早于上一版本的生效日期。", "The new version cannot take effect before the version it follows."),
            [SchemeErrorCodes.EffectiveToBeforeStart] = new("失效日期不能早于生效日期。", "A version cannot end before it starts."),
            [SchemeErrorCodes.UnknownBand] = new("方案中没有这个等级。", "The scheme has no such band."),
            [SchemeErrorCodes.BandInUse] = new("仍有规则使用这个等级，不能删除。", "Rules still use this band; it cannot be removed."),
            [SchemeErrorCodes.NoScheme] = new("本辖区还没有评分方案。", "This jurisdiction has no scoring scheme yet."),
            [SchemeErrorCodes.GuardrailViolation] = new("此改动超出了上级或平台设定的护栏。", "This change goes beyond a guardrail set by a higher level or the platform."),
            [SchemeErrorCodes.ChangeNeedsReview] = new("本辖区已有评分方案：改动须先起草，再由另一位官员批准。", "This jurisdiction has a scheme already: a change is drafted, then approved by another official."),
            [SchemeErrorCodes.NotReversible] = new("这条记录不能冲正。", "This entry cannot be reversed."),
            [EventErrorCodes.EventRequired] = new("请填写事件。", "An event is required."),
            [EventErrorCodes.SubjectRequired] = new("请选择主体。", "Choose a subject."),
            [EventErrorCodes.RuleCodeRequired] = new("请选择规则。", "Choose a rule."),
            [EventErrorCodes.OccurredAtRequired] = new("请填写发生日期。", "Give the date it happened."),
            [EventErrorCodes.OccurredInFuture] = new("发生日期不能在将来。", "The date it happened cannot be in the future."),
            [EventErrorCodes.IdempotencyKeyRequired] = new("缺少请求标识，请重新提交。", "The request has no key; submit it again."),
            [EventErrorCodes.TooLong] = new("内容太长。", "Too long."),
            [EventErrorCodes.SubjectNotEnrolled] = new("该主体未在本辖区登记。", "The subject is not enrolled in this jurisdiction."),
            [EventErrorCodes.UnknownRule] = new("没有这条规则。", "There is no such rule."),
            [EventErrorCodes.RuleNotInForce] = new("这条规则在该日期不生效。", "The rule was not in force on that date."),
            [EventErrorCodes.IdempotencyKeyReused] = new("这个请求标识已用于另一条不同的事件。", "This request key was used for a different event."),
            [ScoringErrorCodes.QuantityRequired] = new("这条规则需要填写数量。", "This rule needs a quantity."),
            [ScoringErrorCodes.QuantityOutOfRange] = new("数量超出允许范围。", "The quantity is out of range."),
            [ScoringErrorCodes.UnitSizeInvalid] = new("规则的计量单位设置有误。", "The rule's unit size is not valid."),
            [ScoringErrorCodes.SubjectKindNotAllowed] = new("这条规则不适用于这类主体。", "This rule does not apply to this kind of subject."),
            [ScoringErrorCodes.DocumentRequired] = new("这条规则需要填写文书号。", "This rule needs a document number."),
            [GatheringErrorCodes.NotRecorder] = new("只有记录这条信息的人才能撤回；如需更正，请联系官员冲正。", "Only the person who recorded this entry may undo it; ask an official to reverse it."),
            [GatheringErrorCodes.DayOver] = new("只能在记录当天撤回；之后请联系官员冲正。", "An entry can be undone only on the day it was recorded; after that, ask an official to reverse it."),
            [CheckErrorCodes.ScreeningsInProgress] = new("正在进行的批量核查已达上限，请等其中一项完成。", "Too many screenings are running; wait for one to finish."),
        };

        /// <summary>The refusal in the page's language when its code is known, else the API's own text.</summary>
        public static string For(Exception refusal)
        {
            var code = refusal switch
            {
                BusinessRuleException b => b.Code,
                ConflictException c => c.Code,
                _ => null,
            };
            return code is not null && ByCode.TryGetValue(code, out var text) ? text.ToString() : refusal.Message;
        }
    }
}
