using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Webhooks;
using CreditPlatform.Application.Webhooks.CreateWebhook;
using CreditPlatform.Application.Webhooks.DisableWebhook;
using CreditPlatform.Application.Webhooks.GetWebhookDeliveries;
using CreditPlatform.Application.Webhooks.GetWebhooks;
using CreditPlatform.Application.Webhooks.RotateWebhookSecret;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class WebhooksEndpoints
{
    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/webhooks").WithTags("Webhooks");

        group.MapPost("/", async (CreateWebhook command, ISender sender, CancellationToken ct) =>
        {
            var created = await sender.Send(command, ct);
            return TypedResults.Created($"webhooks/{created.Id}", created);
        }).RequireScope(Scopes.WebhooksWrite).WithName("CreateWebhook");

        group.MapGet("/", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetWebhooks(), ct)))
            .RequireScope(Scopes.WebhooksWrite).WithName("GetWebhooks");

        group.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new DisableWebhook(id), ct);
            return TypedResults.NoContent();
        }).RequireScope(Scopes.WebhooksWrite).WithName("DisableWebhook");

        group.MapPost("/{id:guid}/secret", async (Guid id, RotateWebhookSecret command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Id = id }, ct)))
            .RequireScope(Scopes.WebhooksWrite).WithName("RotateWebhookSecret");

        group.MapGet("/{id:guid}/deliveries", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetWebhookDeliveries(id), ct)))
            .RequireScope(Scopes.WebhooksWrite).WithName("GetWebhookDeliveries");

        return group;
    }
}
