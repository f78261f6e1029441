using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Subjects.LookupSubject;

public sealed class LookupSubjectValidator : AbstractValidator<LookupSubject>
{
    public LookupSubjectValidator() =>
        RuleFor(x => x.Identifier).NotEmpty().MaximumLength(32);
}
