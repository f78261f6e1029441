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

namespace CreditPlatform.Application.Scoring.Guardrails.Platform.RejectPlatformGuardrails;

public sealed class RejectPlatformGuardrailsValidator : AbstractValidator<RejectPlatformGuardrails>
{
    public RejectPlatformGuardrailsValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(SchemeErrorCodes.GuardrailRejectionReasonRequired).WithMessage("Say why the proposal is rejected.").MaximumLength(PlatformGuardrailVersion.NoteMaxLength);
    }
}
