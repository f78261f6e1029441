using System.Text.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Outbox;

namespace CreditPlatform.Application.Users;

/// <summary>
/// Queues the e-mail with a one-time link to set a password, in the transaction of the change. The link itself is made
/// when the mail goes out: no token is ever stored.
/// </summary>
public static class InvitationMail
{
    public static void Queue(IAppDbContext db, Guid tenantId, Guid userId, DateTimeOffset expiresAt, string? linkBase, DateTimeOffset now)
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            Topic = "user.invitation",
            Destination = AccountRoles.Destination + userId,
            Payload = JsonSerializer.Serialize(new { userId, expiresAt, linkBase }),
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }
}
