using CreditPlatform.Domain.Outbox;

namespace CreditPlatform.Infrastructure.Outbox;

/// <summary>Delivers outbox messages of one kind of destination ("webhook:", later "sms:", "email:").</summary>
public interface IOutboxTransport
{
    bool Handles(string destination);

    /// <summary>
    /// Called once per claimed batch, before its messages are sent one by one, with the messages this transport
    /// handles: a transport may read what they all need in one round trip.
    /// </summary>
    Task PrepareAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Throws when the delivery failed; <see cref="UndeliverableException"/> when retrying can't help.</summary>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Called once per batch after every message was attempted, before the batch's transaction commits.</summary>
    Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The destination is gone or refuses for good: the message is not retried.</summary>
public sealed class UndeliverableException(string message) : Exception(message);

/// <summary>This attempt failed (a server refused or could not be reached): the message is retried with back-off.</summary>
public sealed class DeliveryFailedException(string message, Exception? inner = null) : Exception(message, inner);
