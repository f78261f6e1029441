using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Brings home every notice an issuer gave about a national list entry (listing, suspension, change, removal, expiry,
/// appeal filed and decided): in each jurisdiction where the identifier is enrolled, the subject gets the notice in
/// their own inbox and by their own contact addresses, with the list, the authority, the document, the measures and
/// the way to appeal from home. The issuer's notices are read through <c>national_notices_to_relay</c>, which
/// answers only for identifiers enrolled in the jurisdiction the pass runs in; a unique index keeps one copy each.
/// </summary>
public sealed class NationalNoticeRelayJob : ITenantJob
{
    public const string JobName = "national-notice-relay";

    /// <summary>Notices committed a little out of order are still picked up: the pass looks back this far past the last relayed.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(1);

    public string Name => JobName;

    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var last = await db.Set<Notification>().Where(n => n.RelayedFromId != null).MaxAsync(n => (DateTimeOffset?)n.CreatedAt, ct);
        var since = last is { } l ? l - LookBack : DateTimeOffset.UnixEpoch;
        var sources = await db.Database.SqlQuery<RelaySource>($"""
            SELECT id AS "Id", tenant_id AS "TenantId", authority_name AS "AuthorityName", identifier_hash AS "IdentifierHash",
                   kind AS "Kind", list_entry_id AS "ListEntryId", appeal_id AS "AppealId", text_zh AS "TextZh", text_en AS "TextEn",
                   legal_basis AS "LegalBasis", appeal_deadline AS "AppealDeadline", created_at AS "CreatedAt"
            FROM national_notices_to_relay({since}, 1000)
            """).ToListAsync(ct);
        if (sources.Count == 0)
        {
            return 0;
        }

        var ids = sources.Select(s => s.Id).ToList();
        var relayed = (await db.Set<Notification>().Where(n => n.RelayedFromId != null && ids.Contains(n.RelayedFromId.Value))
            .Select(n => n.RelayedFromId!.Value).ToListAsync(ct)).ToHashSet();
        var fresh = sources.Where(s => !relayed.Contains(s.Id)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        var tenantId = services.GetRequiredService<ITenantContext>().TenantId!.Value;
        var entries = new Dictionary<Guid, NationalEntry>();
        var subjects = new Dictionary<string, Guid>();
        foreach (var source in fresh)
        {
            var key = Convert.ToBase64String(source.IdentifierHash);
            if (!subjects.TryGetValue(key, out var subjectId))
            {
                subjectId = await db.Subjects.Where(s => s.IdentifierHash == source.IdentifierHash).Select(s => s.Id).FirstAsync(ct);
                subjects[key] = subjectId;
                foreach (var entry in await services.GetRequiredService<INationalListings>().OfIdentifierAsync(source.IdentifierHash, ct))
                {
                    entries[entry.Id] = entry;
                }
            }

            entries.TryGetValue(source.ListEntryId, out var about);
            Notices.Queue(db, Notices.RelayedHome(tenantId, subjectId, source.ToNotice(), source.AuthorityName, about, now));
        }

        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }

    private sealed class RelaySource
    {
        public Guid Id { get; set; }
        public Guid TenantId { get; set; }
        public string AuthorityName { get; set; } = "";
        public byte[] IdentifierHash { get; set; } = [];
        public string Kind { get; set; } = "";
        public Guid ListEntryId { get; set; }
        public Guid? AppealId { get; set; }
        public string TextZh { get; set; } = "";
        public string TextEn { get; set; } = "";
        public string LegalBasis { get; set; } = "";
        public DateTimeOffset? AppealDeadline { get; set; }
        public DateTimeOffset CreatedAt { get; set; }

        public Notification ToNotice() => new()
        {
            TenantId = TenantId,
            Id = Id,
            IdentifierHash = IdentifierHash,
            Kind = Enum.Parse<NotificationKind>(Kind),
            ListEntryId = ListEntryId,
            AppealId = AppealId,
            TextZh = TextZh,
            TextEn = TextEn,
            LegalBasis = LegalBasis,
            AppealDeadline = AppealDeadline,
            CreatedAt = CreatedAt,
        };
    }
}
