using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Appeals.AddAppealEvidence;
using CreditPlatform.Application.Appeals.DecideAppeal;
using CreditPlatform.Application.Appeals.DecideRepair;
using CreditPlatform.Application.Appeals.FileAppeal;
using CreditPlatform.Application.Appeals.FileRepair;
using CreditPlatform.Application.Appeals.GetAppealEvidenceFile;
using CreditPlatform.Application.Appeals.GetAppealForReview;
using CreditPlatform.Application.Appeals.GetAppeals;
using CreditPlatform.Application.Appeals.GetNotifications;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Web.Hardening;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>Appeals, their evidence, credit repair and the subject's notifications.</summary>
public static class AppealsEndpoints
{
    /// <summary>The file plus the multipart envelope around it.</summary>
    private const long EvidenceBodyLimit = AppealEvidence.MaxBytes + (64 * 1024);

    public static RouteGroupBuilder MapAppeals(this RouteGroupBuilder tenant)
    {
        var appeals = tenant.MapGroup("/appeals").WithTags("Appeals");
        appeals.MapPost("/", async (FileAppeal command, ISender sender, CancellationToken ct) =>
        {
            var filed = await sender.Send(command, ct);
            return TypedResults.Created($"appeals/{filed.Id}", filed);
        }).RequireScope(Scopes.AppealsWrite).WithName("FileAppeal");

        appeals.MapGet("/", async (bool? open, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetAppeals(open ?? true), ct)))
            .RequireScope(Scopes.AppealsDecide).WithName("GetAppeals");

        appeals.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetAppealForReview(id), ct)))
            .RequireScope(Scopes.AppealsDecide).WithName("GetAppealForReview");

        appeals.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new GetAppealEvidenceFile(id, evidenceId), ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }).RequireScope(Scopes.AppealsDecide).WithName("GetAppealEvidence");

        appeals.MapPost("/{id:guid}/decision", async (Guid id, DecideAppeal command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { AppealId = id }, ct)))
            .RequireScope(Scopes.AppealsDecide).WithName("DecideAppeal");

        appeals.MapPost("/{id:guid}/evidence", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
        {
            var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
            if (file is null)
            {
                throw RequestValidationException.For("file", AppealErrorCodes.EvidencePartMissing, "Send the evidence as multipart/form-data in a part named \"file\".");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var added = await sender.Send(new AddAppealEvidence(id, file.FileName, buffer.ToArray()), ct);
            return TypedResults.Created($"evidence/{added.Id}", added);
        }).RequireScope(Scopes.AppealsWrite).AllowBodyUpTo(EvidenceBodyLimit).WithName("AddAppealEvidence");

        var repairs = tenant.MapGroup("/repairs").WithTags("Credit repair");
        repairs.MapPost("/", async (FileRepair command, ISender sender, CancellationToken ct) =>
        {
            var filed = await sender.Send(command, ct);
            return TypedResults.Created($"repairs/{filed.Id}", filed);
        }).RequireScope(Scopes.AppealsWrite).WithName("FileRepair");

        repairs.MapPost("/{id:guid}/decision", async (Guid id, DecideRepair command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { RepairId = id }, ct)))
            .RequireScope(Scopes.AppealsDecide).WithName("DecideRepair");

        tenant.MapGet("/subjects/{id:guid}/notifications", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetNotifications(id), ct)))
            .RequireScope(Scopes.SubjectsRead).WithTags("Notifications").WithName("GetNotifications");
        return appeals;
    }
}
