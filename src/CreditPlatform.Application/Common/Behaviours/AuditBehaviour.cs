using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.Application.Common.Behaviours;

/// <summary>
/// Records every command and every read of personal data: who, what, when, which subject.
/// Runs inside the transaction, so an audited write and its audit row commit together.
/// The context is resolved only for audited requests, so a query that needs no database costs none.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(
    IServiceProvider services, ICurrentActor actor, ITenantContext tenant, TimeProvider clock, ICorrelation correlation,
    IAuditReason? stated = null)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        var isCommand = request is ICommand<TResponse>;
        var isPersonalRead = request is IPersonalDataRead;
        if (!isCommand && !isPersonalRead)
        {
            return await next(request, cancellationToken);
        }

        var response = await next(request, cancellationToken);
        var subjectId = request switch
        {
            IPersonalDataRead r => r.AuditSubjectId,
            ISubjectCommand c => c.AuditSubjectId,
            _ => null,
        } ?? (response as ISubjectResult)?.SubjectId;

        var db = services.GetRequiredService<IAppDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            TenantId = tenant.TenantId ?? Guid.Empty,
            At = clock.GetUtcNow(),
            Actor = actor.IsAuthenticated ? actor.Label : "anonymous",
            Action = typeof(TRequest).Name,
            SubjectId = subjectId,
            Reason = stated?.Reason,
            CorrelationId = correlation.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
