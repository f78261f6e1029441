using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.RejectRule;

/// <summary>A reviewer refuses a draft, saying why; the drafter reads the reason beside the version and drafts again.</summary>
public sealed record RejectRule(string? Reason) : ICommand<RuleDto>
{
    [JsonIgnore]
    public string Code { get; init; } = "";

    [JsonIgnore]
    public int Version { get; init; }
}

public sealed class RejectRuleHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<RejectRule, RuleDto>
{
    public async ValueTask<RuleDto> Handle(RejectRule request, CancellationToken cancellationToken)
    {
        var draft = await db.Set<RuleVersion>()
            .FirstOrDefaultAsync(r => r.Code == request.Code && r.Version == request.Version, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such rule version.");
        if (draft.Status != RuleStatus.Draft)
        {
            throw new ConflictException(string.Create(CultureInfo.InvariantCulture,
                $"Version {draft.Version} of rule {draft.Code} is not a draft: only a draft can be rejected."));
        }

        draft.Status = RuleStatus.Rejected;
        draft.RejectedBy = actor.Label;
        draft.RejectedAt = Instants.Stored(clock.GetUtcNow());
        draft.RejectionReason = request.Reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return RuleDto.From(draft);
    }
}
