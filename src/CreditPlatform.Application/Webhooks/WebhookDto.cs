using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks;

public sealed record WebhookDto(Guid Id, string Url, IReadOnlyList<string> Lists, DateTimeOffset CreatedAt);
