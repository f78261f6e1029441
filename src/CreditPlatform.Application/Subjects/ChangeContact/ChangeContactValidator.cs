using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Subjects.ChangeContact;

public sealed class ChangeContactValidator : AbstractValidator<ChangeContact>
{
    public ChangeContactValidator() => RuleFor(x => x.Contact).NotNull().SetValidator(new ContactInputValidator());
}
