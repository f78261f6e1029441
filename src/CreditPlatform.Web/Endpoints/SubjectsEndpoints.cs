using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Application.Subjects.ChangeContact;
using CreditPlatform.Application.Subjects.EnrolSubject;
using CreditPlatform.Application.Subjects.GetSubject;
using CreditPlatform.Application.Subjects.LookupSubject;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

public static class SubjectsEndpoints
{
    public static RouteGroupBuilder MapSubjects(this RouteGroupBuilder tenant)
    {
        var group = tenant.MapGroup("/subjects").WithTags("Subjects");

        group.MapPost("/", async (EnrolSubject command, ISender sender, CancellationToken ct) =>
        {
            var subject = await sender.Send(command, ct);
            return TypedResults.Created($"subjects/{subject.Id}", subject);
        }).RequireScope(Scopes.SubjectsWrite).WithName("EnrolSubject");

        group.MapPost("/lookup", async (LookupSubject query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("LookupSubject");

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetSubject(id), ct)))
            .RequireScope(Scopes.SubjectsRead).WithName("GetSubject");

        group.MapPut("/{id:guid}/contact", async (Guid id, ContactInput contact, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ChangeContact(id, contact), ct)))
            .RequireScope(Scopes.SubjectsWrite).WithName("ChangeSubjectContact");

        return group;
    }
}
