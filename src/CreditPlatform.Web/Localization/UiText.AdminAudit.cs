namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The audit log viewer (Pages/Admin/Audit).</summary>
    public static class AdminAudit
    {
        public static readonly Text Title = new("审计日志", "Audit log");
        public static readonly Text Intro = new("每一次修改和每一次查看个人信息都记录在这里：谁、何时、做了什么、为什么。记录只能追加，不能修改。", "Every change and every look at a person's data is recorded here: who, when, what and why. Records can be added, never changed.");
        public static readonly Text ChainIntact = new("校验通过：{0} 条记录的哈希链完整，没有被修改、删除或调换。", "Verified: the hash chain of {0} records is intact; none was changed, removed or reordered.");
        public static readonly Text ChainBroken = new("校验失败：第 {0} 条记录起哈希链断开（{1}）。请立即报告。", "Verification failed: the hash chain breaks at record {0} ({1}). Report this at once.");
        public static readonly Text SubjectId = new("信用主体编号", "Subject id");
        public static readonly Text Action = new("操作", "Action");
        public static readonly Text At = new("时间", "When");
        public static readonly Text Actor = new("操作人", "Who");
        public static readonly Text Reason = new("理由", "Reason given");
    }

    /// <summary>API key management (Pages/Admin/ApiKeys).</summary>
    public static class AdminKeys
    {
        public static readonly Text Title = new("接口密钥", "API keys");
        public static readonly Text Intro = new("外部系统（法院、税务、银行等）用密钥调用本辖区的接口。每把密钥只能做勾选的事情。", "External systems (courts, tax bureaus, banks) call this jurisdiction's API with a key. Each key can do only what is ticked.");
        public static readonly Text NewKey = new("新建密钥", "New key");
        public static readonly Text KeyName = new("用途（例如：法院执行系统）", "What it is for (e.g. court enforcement system)");
        public static readonly Text Scopes = new("权限", "Permissions");
        public static readonly Text Create = new("生成密钥", "Create the key");
        public static readonly Text CreatedOnce = new("密钥“{0}”已生成。请现在复制下面的密钥：它只显示这一次，平台不保存可读的副本。", "Key “{0}” created. Copy the secret below now: it is shown this once, and the platform keeps no readable copy.");
        public static readonly Text Prefix = new("开头", "Starts with");
        public static readonly Text CreatedBy = new("创建人", "Created by");
        public static readonly Text InUse = new("使用中", "In use");
        public static readonly Text RevokedOn = new("已于 {0} 停用", "Revoked on {0}");
        public static readonly Text Revoke = new("停用", "Revoke");
        public static readonly Text Revoked = new("密钥已停用，立即生效。", "The key is revoked, from now on.");
        public static readonly Text IssuedBy = new("代表", "Acts for");
        public static readonly Text SystemActor = new("系统（无人签发）", "System (issued by no person)");
        public static readonly Text ScopeNotHeld = new("您本人没有“{0}”权限，因此您签发的密钥也不能有。", "You do not hold “{0}” yourself, so no key you issue may carry it.");
    }
}
