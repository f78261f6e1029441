using System.Text.Json.Serialization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.Identification.ConfirmIdentification;

public sealed class ConfirmIdentificationValidator : AbstractValidator<ConfirmIdentification>
{
    public ConfirmIdentificationValidator()
    {
        RuleFor(x => x.SubjectId).NotNull().NotEqual(Guid.Empty).WithErrorCode(ListErrorCodes.IdentifiedSubjectRequired).WithMessage("Name the enrolled subject the entry is about.");
    }
}
