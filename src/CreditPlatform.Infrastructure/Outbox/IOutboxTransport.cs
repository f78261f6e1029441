using CreditPlatform.Domain.Outbox;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>Delivers outbox messages of one kind of destination ("webhook:", later "sms:", "email:").</summary>
public interface IOutboxTransport
{
    bool Handles(string destination);

    /// <summary>Throws when the delivery failed; <see cref="UndeliverableException"/> when retrying can't help.</summary>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>The destination is gone or refuses for good: the message is not retried.</summary>
public sealed class UndeliverableException(string message) : Exception(message);

/// <summary>This attempt failed (a server refused or could not be reached): the message is retried with back-off.</summary>
public sealed class DeliveryFailedException(string message, Exception? inner = null) : Exception(message, inner);
