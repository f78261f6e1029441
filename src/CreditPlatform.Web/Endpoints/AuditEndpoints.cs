using CreditPlatform.Application.Audit.ListAuditEntries;
using CreditPlatform.Application.Audit.VerifyAuditChain;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder tenant)
    {
        var group = tenant.MapGroup("/audit").WithTags("Audit");

        group.MapGet("/", async (Guid? subjectId, int? page, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ListAuditEntries(subjectId, page), ct)))
            .RequireScope(Scopes.AuditRead).WithName("ListAuditEntries");

        group.MapGet("/verification", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new VerifyAuditChain(), ct)))
            .RequireScope(Scopes.AuditRead).WithName("VerifyAuditChain");

        return group;
    }
}
