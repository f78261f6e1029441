using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Appeals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.AddAppealEvidence;

public sealed class AddAppealEvidenceValidator : AbstractValidator<AddAppealEvidence>
{
    public AddAppealEvidenceValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(AppealEvidence.FileNameMaxLength);
        RuleFor(x => x.Content).Must(c => c.Length is > 0 and <= AppealEvidence.MaxBytes)
            .WithName("file").WithErrorCode(AppealErrorCodes.EvidenceSizeInvalid).WithMessage("Attach one file of at most 5 MB.");
        RuleFor(x => x.Content).Must(c => EvidenceType.Detect(c) is not null)
            .WithName("file").WithErrorCode(AppealErrorCodes.EvidenceTypeInvalid).WithMessage("Evidence must be a PDF, JPEG or PNG file.");
    }
}
