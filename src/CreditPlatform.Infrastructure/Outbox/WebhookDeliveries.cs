using CreditPlatform.Application.Webhooks;
using CreditPlatform.Application.Webhooks.GetWebhookDeliveries;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>A webhook's delivery log through <c>webhook_deliveries</c> (migration 0063).</summary>
public sealed class WebhookDeliveries(NpgsqlDataSource dataSource) : IWebhookDeliveries
{
    public async Task<IReadOnlyList<WebhookDeliveryDto>> ListAsync(Guid webhookId, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, topic, attempts, created_at, next_attempt_at, delivered_at, last_error FROM webhook_deliveries($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = webhookId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var deliveries = new List<WebhookDeliveryDto>();
        while (await reader.ReadAsync(ct))
        {
            deliveries.Add(new WebhookDeliveryDto(
                reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(5) ? reader.GetFieldValue<DateTimeOffset>(4) : null,
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return deliveries;
    }
}
