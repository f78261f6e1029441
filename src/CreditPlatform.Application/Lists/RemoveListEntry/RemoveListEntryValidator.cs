using System.Text.Json.Serialization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.RemoveListEntry;

public sealed class RemoveListEntryValidator : AbstractValidator<RemoveListEntry>
{
    /// <summary>Expiry is the platform's to record, never a caller's.</summary>
    private static readonly RemovalReason[] Allowed = [RemovalReason.Performed, RemovalReason.AppealUpheld, RemovalReason.Repaired, RemovalReason.Error];

    public RemoveListEntryValidator()
    {
        RuleFor(x => x.Reason)
            .Must(r => ApiNames.Parse<RemovalReason>(r) is { } reason && Allowed.Contains(reason))
            .WithErrorCode(ListErrorCodes.RemovalReasonInvalid).WithMessage("Reason must be \"performed\", \"appealUpheld\", \"repaired\" or \"error\".");
        RuleFor(x => x.Note).MaximumLength(ListEntry.NoteMaxLength);
    }
}
