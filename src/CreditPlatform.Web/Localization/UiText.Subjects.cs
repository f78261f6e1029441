namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Finding, reading and enrolling subjects (Pages/Admin/Subjects).</summary>
    public static class Subjects
    {
        public static readonly Text Title = new("信用主体", "Subjects");
        public static readonly Text ByName = new("按名称查找", "Find by name");
        public static readonly Text NamePrefix = new("名称开头", "Name starts with");
        public static readonly Text NamePrefixHint = new("输入名称的前几个字，例如“张”。", "Type the first characters of the name, e.g. “Zhang”.");
        public static readonly Text ByIdentifier = new("按证件号码查找", "Find by identifier");
        public static readonly Text Identifier = new("身份证号码或统一社会信用代码", "Resident identity number or unified social credit code");
        public static readonly Text IdentifierHint = new("号码只在表单中提交，不会出现在网址里。", "The number is sent in the form only, never in the address bar.");
        public static readonly Text Find = new("查找", "Find");
        public static readonly Text NoMatch = new("没有找到名称以“{0}”开头的信用主体。", "No subject's name starts with “{0}”.");
        public static readonly Text Found = new("共找到 {0} 个信用主体。", "Subjects found: {0}");
        public static readonly Text NotFoundByIdentifier = new("本辖区没有登记此号码的信用主体。", "No subject with this identifier is enrolled in this jurisdiction.");
        public static readonly Text MaskedIdentifier = new("证件号码（部分隐藏）", "Identifier (masked)");
        public static readonly Text Person = new("自然人", "Person");
        public static readonly Text Organization = new("法人和其他组织", "Organisation");
        public static readonly Text LegalRepresentative = new("法定代表人", "Legal representative");
        public static readonly Text EnrolTitle = new("登记信用主体", "Enrol a subject");
        public static readonly Text EnrolLink = new("登记新的信用主体", "Enrol a new subject");
        public static readonly Text Enrol = new("登记", "Enrol");
        public static readonly Text Enrolled = new("已登记。", "Enrolled.");
        public static readonly Text AlreadyEnrolled = new("此号码的信用主体已在本辖区登记。", "A subject with this identifier is already enrolled in this jurisdiction.");
        public static readonly Text LegalRepresentativeHint = new("仅法人和其他组织填写；自然人请留空。", "Organisations only; leave empty for a person.");
        public static readonly Text RepresentativeIdentifier = new("法定代表人身份证号码", "Legal representative's resident identity number");
        public static readonly Text RepresentativeName = new("法定代表人姓名", "Legal representative's name");
        public static readonly Text BackToSearch = new("返回查找", "Back to search");

        public static Text KindLabel(string kind) => kind == "organization" ? Organization : Person;
    }
}
