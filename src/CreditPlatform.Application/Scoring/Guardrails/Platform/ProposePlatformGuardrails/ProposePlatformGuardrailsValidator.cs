using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.Platform.ProposePlatformGuardrails;

using CreditPlatform.Application.Scoring.Guardrails.SetGuardrails;

public sealed class ProposePlatformGuardrailsValidator : AbstractValidator<ProposePlatformGuardrails>
{
    public ProposePlatformGuardrailsValidator()
    {
        RuleFor(x => x.Limits).NotNull().WithErrorCode(SchemeErrorCodes.GuardrailLimitsRequired).WithMessage("Give the limits the platform is to set.").SetValidator(new SetGuardrailsValidator()!);
        RuleFor(x => x.Note).NotEmpty().WithErrorCode(SchemeErrorCodes.GuardrailNoteRequired).WithMessage("Say why the platform's guardrails change.").MaximumLength(PlatformGuardrailVersion.NoteMaxLength);
    }
}
