using CreditPlatform.Application.ApiKeys;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Gathering;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Reports;
using CreditPlatform.Application.Scoring;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Simulations;
using CreditPlatform.Application.Tenants;
using CreditPlatform.Application.Transparency;
using CreditPlatform.Application.Users;
using CreditPlatform.Application.Webhooks;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>
    /// What a page says for each validation failure, by its code (the areas' catalogues, <c>…ErrorCodes</c>): pages
    /// never match the English text the API sends. A test fails when a catalogued code has no line here or in
    /// <see cref="Refusals.ByCode"/>. FluentValidation's built-in checks (code <c>NotEmptyValidator</c>, ...) keep
    /// FluentValidation's own message, already in the page's language, with the field named by <see cref="FieldNames"/>.
    /// </summary>
    public static class Validation
    {
        public static readonly IReadOnlyDictionary<string, Text> ByCode = new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            [AppealErrorCodes.CalendarDayKindInvalid] = new("请选择节假日或调休上班日。", "Choose a holiday or a working day."),
            [AppealErrorCodes.WorkingDayNotWeekend] = new("只有周六或周日才能设为调休上班日；工作日本来就要上班。", "Only a Saturday or a Sunday can be listed as a working day; weekdays are working days already."),
            [AppealErrorCodes.CalendarDayNameZhRequired] = new("请填写这一天的中文名称（如春节、国庆节调休上班）。", "Name the day in Chinese."),
            [AppealErrorCodes.CalendarDayNameEnRequired] = new("请填写这一天的英文名称。", "Name the day in English."),
            [AppealErrorCodes.CalendarYearOutOfRange] = new("请填写 2000 至 2100 之间的年份。", "Give a year between 2000 and 2100."),
            [AppealErrorCodes.OneEntryRequired] = new("请选择且只选择一条记录。", "Choose exactly one entry."),
            [AppealErrorCodes.AppealReasonRequired] = new("请说明这条记录错在哪里，审核人会阅读。", "Say why the entry is wrong; the reviewer reads it."),
            [AppealErrorCodes.OutcomeInvalid] = new("请选择决定结果：申诉成立、部分成立或驳回。", "Choose the outcome: upheld, partly upheld or rejected."),
            [AppealErrorCodes.DecisionReasonsRequired] = new("请写明决定理由，当事人会看到。", "Give written reasons; the subject will read them."),
            [AppealErrorCodes.AdjustedPointsRequired] = new("部分成立的申诉须退回部分分值：请填写 1 或以上的分值。", "A partly upheld appeal gives back some points: give at least 1."),
            [AppealErrorCodes.AdjustedPointsAll] = new("退回全部分值即为申诉成立，请选择“申诉成立”。", "Giving back all the points is upholding the appeal."),
            [AppealErrorCodes.EvidenceSizeInvalid] = new("请附上一个不超过 5 MB 的文件。", "Attach one file of at most 5 MB."),
            [AppealErrorCodes.EvidenceTypeInvalid] = new("证据须为 PDF、JPEG 或 PNG 文件。", "Evidence must be a PDF, JPEG or PNG file."),
            [AppealErrorCodes.EvidencePartMissing] = new("请以名为 file 的部分上传证据文件。", "Send the evidence as a file."),
            [ListErrorCodes.ListCodeShape] = new("名单代码只能使用大写英文字母、数字和下划线（例如 FOOD_SAFETY）。", "A list code uses capital letters, digits and underscores (e.g. FOOD_SAFETY)."),
            [ListErrorCodes.ListKindInvalid] = new("请选择黑名单或红名单。", "Choose a black or a red list."),
            [ListErrorCodes.SectorInvalid] = new("请选择领域。", "Choose a sector."),
            [ListErrorCodes.ListScopeInvalid] = new("请选择范围。", "Choose the scope."),
            [ListErrorCodes.LegalBasisRequired] = new("每份名单都要有法律依据。", "Every list rests on a legal basis."),
            [ListErrorCodes.DefaultDurationRequired] = new("列入名单都有期限：请填写默认天数。", "Every listing expires: give a default duration in days."),
            [ListErrorCodes.MaximumDurationBelowDefault] = new("最长期限不能短于默认期限。", "The maximum duration can't be shorter than the default."),
            [ListErrorCodes.MeasureRequired] = new("名单至少要有一项措施。", "A list attaches at least one measure."),
            [ListErrorCodes.MeasureUnknown] = new("没有这项措施。", "There is no such measure."),
            [ListErrorCodes.MeasureKindMismatch] = new("这项措施与名单类型不符：黑名单采取限制措施，红名单给予激励。", "This measure does not fit the list: black lists restrict, red lists reward."),
            [ListErrorCodes.RepresentativeTreatmentInvalid] = new("请选择对法定代表人的处理方式。", "Choose how legal representatives are treated."),
            [ListErrorCodes.RepresentativeMeasuresRequired] = new("请选择限制法定代表人的措施。", "Name the measures that restrict a listed organisation's legal representative."),
            [ListErrorCodes.RepresentativeMeasuresNotSubset] = new("法定代表人的措施须是名单措施中的一部分。", "A legal representative's measures are a subset of the list's measures."),
            [ListErrorCodes.RepresentativeMeasuresUnexpected] = new("只有限制法定代表人时才选择法定代表人的措施。", "Representative measures apply only when representatives are restricted."),
            [ListErrorCodes.ListingReasonRequired] = new("请说明列入名单的理由。", "Say why the subject is listed."),
            [ListErrorCodes.ListingDocumentRequired] = new("列入名单须依据已生效的法律文书：请填写文书号。", "A listing rests on a legally effective document: give its number."),
            [ListErrorCodes.ExpiryNotAfterListing] = new("到期日期须晚于列入日期。", "The expiry must come after the listing date."),
            [ListErrorCodes.ExpiryBeyondMaximum] = new("到期日期超出了该名单允许的最长期限。", "The expiry is later than this list allows."),
            [ListErrorCodes.ListedInFuture] = new("列入日期不能在将来。", "A listing can't be dated in the future."),
            [ListErrorCodes.ListingExpiredAlready] = new("按此日期，这条记录已经到期。", "This listing would have expired already."),
            [ListErrorCodes.UnverifiedIdentifierTooLong] = new("证件号码太长。", "The identifier is too long."),
            [ListErrorCodes.IdentifiedSubjectRequired] = new("请选择这条记录对应的已登记主体。", "Choose the enrolled subject the entry is about."),
            [ListErrorCodes.RemovalReasonInvalid] = new("请选择移出原因。", "Choose the reason for the removal."),
            [ListErrorCodes.EntryStatusInvalid] = new("状态应为“有效”“暂停”或“已移出”。", "Choose active, suspended or removed."),
            [RuleErrorCodes.RuleCodeShape] = new("规则代码由大写英文字母、数字和下划线组成，以字母开头。", "A rule code is upper-case letters, digits and underscores, starting with a letter."),
            [RuleErrorCodes.SubjectKindsRequired] = new("请选择规则适用的主体类型。", "Say which kinds of subject the rule applies to."),
            [RuleErrorCodes.PointsRequired] = new("请填写规则的分值。", "Give the rule's points."),
            [RuleErrorCodes.PointsZero] = new("分值为 0 的规则不计分。", "A rule that moves no points scores nothing."),
            [RuleErrorCodes.CapLimitRequired] = new("上限须限制分值、次数或两者。", "A cap limits points, occurrences or both."),
            [EventErrorCodes.BatchEmpty] = new("请至少提交一条事件。", "Send at least one event."),
            [EventErrorCodes.BatchTooLarge] = new("一批最多 " + CreditPlatform.Application.Scoring.Events.EventRecorder.MaxBatchSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 条事件，请拆分。", "A batch holds at most " + CreditPlatform.Application.Scoring.Events.EventRecorder.MaxBatchSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " events; split larger ones."),
            [SchemeErrorCodes.ReversalReasonRequired] = new("请说明冲正的理由，当事人会看到。", "Say why the entry is reversed; the subject will read it."),
            [SchemeErrorCodes.RejectionReasonRequired] = new("请说明驳回理由，起草人会看到。", "Say why the draft is rejected: the drafter reads it."),
            [SchemeErrorCodes.BaseScoreRequired] = new("请填写起始分。", "Say where every subject starts."),
            [SchemeErrorCodes.BandsRequired] = new("请按从好到差列出信用等级。", "List the bands, best first."),
            [SchemeErrorCodes.BandsEmpty] = new("方案至少要有一个等级。", "A scheme has at least one band."),
            [SchemeErrorCodes.CeilingBelowFloor] = new("最高分不能低于最低分。", "The ceiling is not below the floor."),
            [SchemeErrorCodes.BandCodeRequired] = new("每个等级都要有代码。", "Each band has a code."),
            [SchemeErrorCodes.BandCodesNotDistinct] = new("每个等级的代码不能重复。", "Each band has its own code."),
            [SchemeErrorCodes.OpenBandNotLast] = new("只有最后（最差）一级可以不填最低分数。", "Only the last (worst) band may be open-ended, without a minimum score."),
            [SchemeErrorCodes.BandsNotOrdered] = new("等级须从好到差排列，每一级的最低分数低于上一级。", "Bands are listed best first, each with a lower minimum score than the one before."),
            [SchemeErrorCodes.GuardrailLimitsRequired] = new("请填写平台要设定的限值。", "Give the limits the platform is to set."),
            [SchemeErrorCodes.GuardrailNoteRequired] = new("请说明平台护栏为何改变。", "Say why the platform's guardrails change."),
            [SchemeErrorCodes.GuardrailRejectionReasonRequired] = new("请说明驳回此提议的理由。", "Say why the proposal is rejected."),
            [SchemeErrorCodes.ForbiddenCategoriesTooMany] = new("禁止的类别最多 100 个。", "At most 100 forbidden categories."),
            [ReportErrorCodes.ReportCodeRequired] = new("请输入报告上印的核验码。", "Enter the code printed on the report."),
            [ReportErrorCodes.ReportCodeShape] = new("报告核验码为 16 位字母和数字。", "A report code has 16 letters and digits."),
            [SimulationErrorCodes.PeriodEndsBeforeStart] = new("结束时间须晚于开始时间。", "The period must end after it starts."),
            [SimulationErrorCodes.PeriodTooLong] = new("一次模拟最多回放 " + CreditPlatform.Application.Simulations.RunSimulation.RunSimulationValidator.MaxPeriodDays + " 天。", "A simulation replays at most " + CreditPlatform.Application.Simulations.RunSimulation.RunSimulationValidator.MaxPeriodDays + " days."),
            [SimulationErrorCodes.ChangeRequired] = new("请起草一项改动：一条规则或新的等级分数线。", "Draft a change: a rule, or new band thresholds."),
            [SimulationErrorCodes.CapsTooMany] = new("最多 10 个上限。", "At most 10 caps."),
            [SimulationErrorCodes.BandsTooMany] = new("最多 20 个等级。", "At most 20 bands."),
            [ApiKeyErrorCodes.ScopeRequired] = new("请至少选择一个权限范围。", "Choose at least one scope."),
            [ApiKeyErrorCodes.ScopeUnknown] = new("没有这个权限范围。", "There is no such scope."),
            [ApiKeyErrorCodes.ScopePlatformOnly] = new("tenants:write 是平台权限，辖区的密钥不能使用。", "tenants:write is a platform scope."),
            [GatheringErrorCodes.ResidentSearchTextRequired] = new("请输入姓名的一部分或拼音首字母。", "Type part of a name, or its pinyin initials."),
            [GatheringErrorCodes.ResidentRequired] = new("请先选择村民。", "Choose the resident first."),
            [GatheringErrorCodes.UndoReasonRequired] = new("请说明撤销的理由，村民会看到。", "Say why the entry is undone; the resident will read it."),
            [GatheringErrorCodes.TallyEmpty] = new("文件中没有可记录的行。", "The file has no lines to record."),
            [GatheringErrorCodes.TallyTooLarge] = new("一份汇总表最多 " + CreditPlatform.Application.Gathering.CheckTally.CheckTally.MaxRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 行。", "A tally holds at most " + CreditPlatform.Application.Gathering.CheckTally.CheckTally.MaxRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " lines."),
            [OversightErrorCodes.SuspensionReasonRequired] = new("请说明暂停的理由：该辖区和相关主体都会被告知。", "Give the reason for the suspension: the jurisdiction and the subjects concerned are told it."),
            [WebhookErrorCodes.UrlInvalid] = new("网址须为不含用户名和密码的完整 http 或 https 地址。", "The URL must be an absolute http or https address without credentials."),
            [WebhookErrorCodes.SecretLength] = new("签名密钥为 16 至 200 个字符。", "A signing secret has 16 to 200 characters."),
            [WebhookErrorCodes.OverlapOutOfRange] = new("新旧密钥并用时间为 0 至 168 小时（七天）。", "The overlap is between 0 and 168 hours (seven days)."),
            [WebhookErrorCodes.ListUnknown] = new("没有可订阅的这个名单代码。", "No list you may follow has this code."),
            [UserErrorCodes.UserNameRequired] = new("请填写登录用的用户名。", "Give a user name for signing in."),
            [UserErrorCodes.UserNameShape] = new("用户名为 2 至 64 个英文小写字母、数字、点、连字符或下划线。", "A user name has 2 to 64 lower-case letters, digits, dots, hyphens or underscores."),
            [UserErrorCodes.DisplayNameRequired] = new("请填写姓名。", "Give the person's name as others should see it."),
            [UserErrorCodes.RoleInvalid] = new("请选择角色。", "Choose a role."),
            [UserErrorCodes.EmailRequired] = new("请填写能收到邀请的电子邮箱。", "Give an e-mail address the invitation can be sent to."),
            [UserErrorCodes.EmailInvalid] = new("请填写能收到邀请的电子邮箱。", "Give an e-mail address the invitation can be sent to."),
            [UserErrorCodes.JurisdictionRequired] = new("请选择辖区。", "Choose the jurisdiction."),
            [UserErrorCodes.ConfirmationRequired] = new("请勾选确认后再提交。", "Tick the confirmation box first."),
            [CheckErrorCodes.IdentifiersRequired] = new("请至少填写一个证件号码。", "Name at least one identifier."),
            [CheckErrorCodes.IdentifiersTooMany] = new("每次核查最多 " + CreditPlatform.Application.Checks.CheckIdentifiers.CheckIdentifiers.MaxIdentifiers + " 个证件号码。", "At most " + CreditPlatform.Application.Checks.CheckIdentifiers.CheckIdentifiers.MaxIdentifiers + " identifiers per check."),
            [CheckErrorCodes.CursorInvalid] = new("游标应为 0 或变更记录给出的值。", "A cursor is 0 or a cursor the feed gave."),
            [CheckErrorCodes.LimitOutOfRange] = new("每页条数超出允许范围。", "The limit is out of range."),
            [CheckErrorCodes.FilePartMissing] = new("请以名为 file 的部分上传文件。", "Send the file."),
            [CheckErrorCodes.ScreeningFileEmpty] = new("文件中没有证件号码：每行一个，放在第一列。", "The file holds no identifier: one identifier per line, in the first column."),
            [CheckErrorCodes.ScreeningTooLarge] = new("文件中的证件号码太多，请拆分后分别核查。", "The file holds too many identifiers; split it."),
            [CheckErrorCodes.AsOfInFuture] = new("核查时间须为过去的时间。", "The moment checked must be in the past."),
            [CheckErrorCodes.WatchIdentifiersCount] = new("请填写 1 至 " + CreditPlatform.Application.Checks.CreateWatch.CreateWatch.MaxIdentifiers + " 个证件号码。", "Name between 1 and " + CreditPlatform.Application.Checks.CreateWatch.CreateWatch.MaxIdentifiers + " identifiers."),
            [CheckErrorCodes.IdentifierUnrecognised] = new("不是有效的身份证号码或统一社会信用代码。", "Not a valid resident identity number or unified social credit code."),
            [CheckErrorCodes.WatchWebhookUnknown] = new("本辖区没有这个有效的回调地址。", "No live webhook of your jurisdiction has this id."),
            [TenantErrorCodes.SlugInvalid] = new("代码为 2 至 40 个英文小写字母、数字或单个连字符，以字母开头。", "A code has 2 to 40 lower-case letters, digits and single hyphens, and starts with a letter."),
            [TenantErrorCodes.NameZhRequired] = new("请填写辖区的中文名称。", "Give the jurisdiction's Chinese name."),
            [TenantErrorCodes.NameEnRequired] = new("请填写辖区的英文名称。", "Give the jurisdiction's English name."),
            [TenantErrorCodes.KindInvalid] = new("请选择辖区类型。", "Choose the kind of jurisdiction."),
            [TenantErrorCodes.UnknownSlug] = new("没有使用此代码的辖区。", "No jurisdiction has this code."),
            [TenantErrorCodes.UnknownParent] = new("没有使用此代码的上级辖区。", "No jurisdiction has this parent code."),
            [TransparencyErrorCodes.PeriodInvalid] = new("请选择月份（1–12）、季度（1–4）或 2000 至 2100 之间的年份。", "Choose a month (1–12), a quarter (1–4) or a year between 2000 and 2100."),
            [SubjectErrorCodes.KindInvalid] = new("类型应为“自然人”或“法人和其他组织”。", "Choose a person or an organisation."),
            [SubjectErrorCodes.RepresentativeOnlyForOrganization] = new("只有法人和其他组织才填写法定代表人。", "Only an organisation names a legal representative."),
            [SubjectErrorCodes.NamePrefixRequired] = new("请输入名称的前几个字。", "Type the first characters of a name."),
            [SubjectErrorCodes.IdentityNumberLength] = new("身份证号码应为 18 位。", "A resident identity number has 18 characters."),
            [SubjectErrorCodes.IdentityNumberDigits] = new("身份证号码的前 17 位应为数字。", "The first 17 characters of a resident identity number are digits."),
            [SubjectErrorCodes.IdentityNumberBirthDate] = new("身份证号码中的出生日期不是有效日期。", "The birth date inside the resident identity number is not a real date."),
            [SubjectErrorCodes.IdentityNumberCheckDigit] = new("身份证号码的校验码不正确（GB 11643）。", "The check digit of the resident identity number does not match (GB 11643)."),
            [SubjectErrorCodes.CreditCodeLength] = new("统一社会信用代码应为 18 位。", "A unified social credit code has 18 characters."),
            [SubjectErrorCodes.CreditCodeAlphabet] = new("统一社会信用代码由数字和大写字母组成，不含 I、O、S、V、Z。", "A unified social credit code uses digits and capital letters other than I, O, S, V and Z."),
            [SubjectErrorCodes.CreditCodeRegion] = new("统一社会信用代码的第 3 至 8 位是行政区划代码，应为数字。", "Characters 3 to 8 of a unified social credit code are the region's digits."),
            [SubjectErrorCodes.CreditCodeCheckCharacter] = new("统一社会信用代码的校验码不正确（GB 32100）。", "The check character of the unified social credit code does not match (GB 32100)."),
            [SubjectErrorCodes.EmailLength] = new("电子邮箱地址的长度不符合要求。", "An e-mail address of this length cannot be stored."),
            [SubjectErrorCodes.EmailShape] = new("这不是有效的电子邮箱地址（例如 name@example.cn）。", "This is not an e-mail address (name@example.cn)."),
            [SubjectErrorCodes.PhoneCharacters] = new("电话号码只能包含数字、空格、连字符和开头的 +。", "A phone number holds digits, spaces, dashes and a leading +."),
            [SubjectErrorCodes.PhoneLength] = new("电话号码应为 7 至 15 位数字。", "A phone number has 7 to 15 digits."),
        };

        /// <summary>The failure in the current UI language: by its code when it is known, else FluentValidation's (localized) message.</summary>
        public static string For(FieldFailure failure) =>
            ByCode.TryGetValue(failure.Code, out var text) || Refusals.ByCode.TryGetValue(failure.Code, out text)
                ? text.ToString()
                : failure.Message;

        /// <summary>Every failure of the exception in the current UI language, once each.</summary>
        public static List<string> All(RequestValidationException exception) =>
            exception.Failures.Select(For).Distinct(StringComparer.Ordinal).ToList();
    }
}
