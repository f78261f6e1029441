using System.Globalization;
using System.Reflection;

namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>
    /// How FluentValidation's built-in messages name a field on a Chinese page ("'中文标题' 不能为空。", never
    /// "'Title Zh' 不能为空。"). Keyed by the validated property's name; English keeps FluentValidation's own name, so
    /// the API's messages do not change. A test fails when a validated property has no line here.
    /// </summary>
    public static class FieldNames
    {
        public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = "操作",
            ["AdjustedPoints"] = "退回的分值",
            ["AppealWindowDays"] = "申诉期限（天）",
            ["Band"] = "等级",
            ["Bands"] = "等级",
            ["BaseScore"] = "起始分",
            ["BucketSize"] = "分组大小",
            ["Caps"] = "上限",
            ["Category"] = "类别",
            ["Ceiling"] = "最高分",
            ["Code"] = "代码",
            ["Commitment"] = "承诺",
            ["Contact"] = "联系方式",
            ["Content"] = "文件",
            ["Days"] = "天数",
            ["DecisionWorkingDays"] = "决定期限（工作日）",
            ["DefaultDurationDays"] = "默认期限（天）",
            ["Delta"] = "分值",
            ["Department"] = "部门",
            ["DisplayName"] = "姓名",
            ["DocumentNumber"] = "文书号",
            ["DurationDays"] = "期限（天）",
            ["Email"] = "电子邮箱",
            ["Events"] = "事件",
            ["ExpiresAt"] = "到期日期",
            ["ExpiryMonths"] = "有效期（月）",
            ["FileName"] = "文件名",
            ["ForbiddenCategories"] = "禁止的类别",
            ["From"] = "开始时间",
            ["Identifier"] = "证件号码",
            ["Identifiers"] = "证件号码",
            ["Input"] = "事件",
            ["Kind"] = "类型",
            ["LegalBasis"] = "法律依据",
            ["LegalRepresentative"] = "法定代表人",
            ["Limits"] = "限值",
            ["List"] = "名单",
            ["Lists"] = "名单",
            ["MaxOccurrences"] = "最多次数",
            ["MaxPoints"] = "最高分值",
            ["MaxPointsPerEntry"] = "每条记录的最高分值",
            ["MaxPurchasablePointsPerYear"] = "每年可获得的最高分值",
            ["MaxQuantity"] = "最大数量",
            ["MaximumDurationDays"] = "最长期限（天）",
            ["Measure"] = "措施",
            ["Measures"] = "措施",
            ["MinQuantity"] = "最小数量",
            ["MinimumDaysBeforeRepair"] = "可申请修复前的最短天数",
            ["Months"] = "月数",
            ["Name"] = "名称",
            ["NameEn"] = "英文名称",
            ["NamePrefix"] = "名称",
            ["NameZh"] = "中文名称",
            ["Note"] = "说明",
            ["Outcome"] = "决定结果",
            ["OverlapHours"] = "新旧密钥并用时间（小时）",
            ["Page"] = "页码",
            ["PageNumber"] = "页码",
            ["PageSize"] = "每页条数",
            ["Parent"] = "上级辖区",
            ["Password"] = "密码",
            ["PeriodDays"] = "周期（天）",
            ["Phone"] = "电话",
            ["Points"] = "分值",
            ["QuantityUnit"] = "数量单位",
            ["Reason"] = "理由",
            ["Reasons"] = "理由",
            ["RectificationDays"] = "整改期限（天）",
            ["RepresentativeMeasures"] = "法定代表人的措施",
            ["Role"] = "角色",
            ["Rows"] = "行",
            ["Scope"] = "范围",
            ["Scopes"] = "权限范围",
            ["Search"] = "搜索内容",
            ["Secret"] = "签名密钥",
            ["Sector"] = "领域",
            ["Slug"] = "代码",
            ["Status"] = "状态",
            ["SubjectId"] = "主体",
            ["SubjectKinds"] = "主体类型",
            ["Tenant"] = "辖区",
            ["Text"] = "内容",
            ["TitleEn"] = "英文标题",
            ["TitleZh"] = "中文标题",
            ["To"] = "结束时间",
            ["Token"] = "令牌",
            ["UnitSize"] = "计量单位",
            ["Url"] = "网址",
            ["UserId"] = "用户",
            ["UserName"] = "用户名",
            ["Year"] = "年份",
        };

        /// <summary>For <c>ValidatorOptions.Global.DisplayNameResolver</c>: the Chinese name on a Chinese page, else null (FluentValidation's own).</summary>
        public static string? Resolve(Type type, MemberInfo? member, System.Linq.Expressions.LambdaExpression? expression) =>
            CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal)
                ? member is not null && Zh.TryGetValue(member.Name, out var name) ? name : "此项"
                : null;
    }
}
