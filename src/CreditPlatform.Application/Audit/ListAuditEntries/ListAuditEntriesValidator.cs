using FluentValidation;

namespace CreditPlatform.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    // Deep pages cost a long scan and no one reads them: narrow by subject instead.
    public const int MaxPage = 10_000;

    public ListAuditEntriesValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, MaxPage);
        RuleFor(x => x.Action).MaximumLength(200);
    }
}
