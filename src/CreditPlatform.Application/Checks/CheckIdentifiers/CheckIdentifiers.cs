using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Domain.Subjects;
using Mediator;

namespace CreditPlatform.Application.Checks.CheckIdentifiers;

/// <summary>
/// "May these identifiers do X?", answered from every national list plus the caller's own
/// jurisdiction's local lists (or, for a platform caller, those of <see cref="Tenant"/>).
/// </summary>
/// <remarks><see cref="AsOf"/>: answer as the lists stood then, from every entry's history (null: now, from memory).</remarks>
public sealed record CheckIdentifiers(IReadOnlyList<string?>? Identifiers, string? Measure, string? Tenant, DateTimeOffset? AsOf = null) : IRequest<CheckResponse>
{
    public const int MaxIdentifiers = 1000;
}

/// <summary>
/// The answer, with the id it can be read back by (<c>GET /api/v1/checks/{decisionId}</c>) and the generation of the
/// index it was given from.
/// </summary>
public sealed record CheckResponse(IReadOnlyList<CheckResult> Results, Guid DecisionId, long IndexGeneration, DateTimeOffset At);

/// <summary>
/// One identifier's answer. <see cref="Restricted"/> speaks of black lists only; red-list rewards
/// come separately. <see cref="Error"/> is set (and nothing else) when the identifier is not valid.
/// </summary>
public sealed record CheckResult(
    string MaskedIdentifier,
    bool Restricted,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> Rewards,
    IReadOnlyList<CheckEntry> Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    bool Disputed = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CheckBand? Band = null)
{
    public const string InvalidIdentifier = "invalid_identifier";
}

/// <summary>The subject's band in the caller's own jurisdiction and the measures its scheme attaches (narrowed by the measure asked).</summary>
public sealed record CheckBand(string Tenant, string Band, IReadOnlyList<string> Measures);

public sealed record CheckEntry(
    string List,
    string Authority,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    IReadOnlyList<string> Measures,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt,
    bool Disputed = false);

public sealed class CheckIdentifiersHandler(IIdentifierProtector protector, ICurrentActor actor, ICorrelation correlation, CheckAnswerer answerer)
    : IRequestHandler<CheckIdentifiers, CheckResponse>
{
    public async ValueTask<CheckResponse> Handle(CheckIdentifiers request, CancellationToken cancellationToken)
    {
        // An index that has not loaded, or has lost its change feed for too long, would answer "unrestricted" for people
        // who are listed: no answer is safer than a wrong one.
        answerer.EnsureServing();
        var localTenant = await answerer.LocalListsTenantAsync(actor, request.Tenant, cancellationToken);
        var identifiers = request.Identifiers!;
        var hashes = new byte[]?[identifiers.Count];
        var masked = new string[identifiers.Count];
        for (var i = 0; i < identifiers.Count; i++)
        {
            var raw = identifiers[i];
            hashes[i] = raw is null || Identifier.DetectKind(raw) is null ? null : protector.Hash(Identifier.Normalize(raw));
            masked[i] = Identifier.Mask(raw ?? "");
        }

        var measure = string.IsNullOrWhiteSpace(request.Measure) ? null : request.Measure.Trim();
        return await answerer.AnswerAsync(
            new CheckCaller(actor.Label, actor.TenantId, correlation.Id), hashes, masked, localTenant, measure, request.AsOf, cancellationToken);
    }
}
