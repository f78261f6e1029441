namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>API scopes (api.md) and the roles of signed-in users.</summary>
public static class Scopes
{
    public const string EventsWrite = "events:write";
    public const string SubjectsRead = "subjects:read";
    public const string SubjectsWrite = "subjects:write";
    public const string RulesRead = "rules:read";
    public const string RulesWrite = "rules:write";
    public const string ListsRead = "lists:read";
    public const string ListsWrite = "lists:write";
    public const string ChecksRead = "checks:read";
    public const string AppealsWrite = "appeals:write";
    public const string AppealsDecide = "appeals:decide";
    public const string KeysWrite = "keys:write";
    public const string AuditRead = "audit:read";

    /// <summary>Correct the ledger with reversal entries.</summary>
    public const string LedgerWrite = "ledger:write";
    /// <summary>Administer the jurisdictions and read their hierarchy (the platform's keys and administrators).</summary>
    public const string TenantsWrite = "tenants:write";

    /// <summary>Propose and approve the platform's own guardrails (platform administrators only).</summary>
    public const string GuardrailsWrite = "guardrails:write";
    public const string WebhooksWrite = "webhooks:write";

    /// <summary>Manage a jurisdiction's users (disable them, and with them the keys they issued).</summary>
    public const string UsersWrite = "users:write";

    /// <summary>A signed-in citizen reads what the platform holds about them (their own explanation and path to repair).</summary>
    public const string SelfRead = "self:read";

    public static readonly IReadOnlyList<string> All =
    [
        EventsWrite, SubjectsRead, SubjectsWrite, RulesRead, RulesWrite, ListsRead, ListsWrite, ChecksRead,
        AppealsWrite, AppealsDecide, KeysWrite, AuditRead, TenantsWrite, LedgerWrite, WebhooksWrite, GuardrailsWrite, UsersWrite, SelfRead,
    ];
}

public static class Roles
{
    public const string PlatformAdmin = "platform-admin";
    public const string Official = "official";

    /// <summary>Held beside <see cref="Official"/> by officials who review (appeals, rule drafts): a label, no scopes of its own.</summary>
    public const string Reviewer = "reviewer";
    public const string Gatherer = "gatherer";
    public const string Citizen = "citizen";

    /// <summary>What a signed-in user may do in their own tenant, by role.</summary>
    public static IReadOnlyList<string> ScopesOf(string role) => role switch
    {
        PlatformAdmin => Scopes.All,
        Official =>
        [
            Scopes.EventsWrite, Scopes.SubjectsRead, Scopes.SubjectsWrite, Scopes.RulesRead, Scopes.RulesWrite,
            Scopes.ListsRead, Scopes.ListsWrite, Scopes.ChecksRead, Scopes.AppealsDecide, Scopes.KeysWrite, Scopes.AuditRead,
            Scopes.LedgerWrite,
            Scopes.WebhooksWrite,
            Scopes.UsersWrite,
        ],
        Gatherer => [Scopes.EventsWrite, Scopes.SubjectsRead, Scopes.SubjectsWrite, Scopes.RulesRead],
        Citizen => [Scopes.AppealsWrite, Scopes.SelfRead],
        _ => [],
    };
}
