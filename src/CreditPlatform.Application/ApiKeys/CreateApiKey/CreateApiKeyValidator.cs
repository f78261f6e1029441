using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Access;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    public CreateApiKeyValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty().WithErrorCode(ApiKeyErrorCodes.ScopeRequired).WithMessage("Name at least one scope.");
        RuleForEach(x => x.Scopes)
            .Must(s => Common.Abstractions.Scopes.All.Contains(s))
            .WithErrorCode(ApiKeyErrorCodes.ScopeUnknown).WithMessage((_, s) => $"Unknown scope '{s}'. Known scopes: {string.Join(", ", Common.Abstractions.Scopes.All)}.");
    }
}
