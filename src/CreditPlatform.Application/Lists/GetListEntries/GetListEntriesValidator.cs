using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Domain.Lists;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.GetListEntries;

public sealed class GetListEntriesValidator : AbstractValidator<GetListEntries>
{
    public GetListEntriesValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || ApiNames.Parse<EntryStatus>(s) is not null)
            .WithErrorCode(ListErrorCodes.EntryStatusInvalid).WithMessage("Status must be \"active\", \"suspended\" or \"removed\".");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).When(x => x.Page is not null);
        RuleFor(x => x.PageSize).InclusiveBetween(1, GetListEntries.MaxPageSize).When(x => x.PageSize is not null);
    }
}
