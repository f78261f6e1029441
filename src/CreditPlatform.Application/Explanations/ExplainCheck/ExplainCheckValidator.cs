using System.Globalization;
using CreditPlatform.Application.Checks;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Explanations.ExplainCheck;

public sealed class ExplainCheckValidator : AbstractValidator<ExplainCheck>
{
    public ExplainCheckValidator()
    {
        RuleFor(x => x.Identifier).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Measure).MaximumLength(64);
        RuleFor(x => x.Tenant).MaximumLength(64);
    }
}
