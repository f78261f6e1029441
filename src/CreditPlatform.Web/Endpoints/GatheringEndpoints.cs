using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Subjects.SearchSubjects;
using CreditPlatform.Web.Security;
using Mediator;

namespace CreditPlatform.Web.Endpoints;

/// <summary>What the gatherers' phone forms fetch as they are filled in.</summary>
public static class GatheringEndpoints
{
    public const int MaxSuggestions = 8;

    public static RouteGroupBuilder MapGathering(this RouteGroupBuilder tenant)
    {
        // A name prefix is not an identifier, so it may travel in the query; answers carry masked identifiers only.
        tenant.MapGet("/subjects/suggestions", async (string? name, ISender sender, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    return TypedResults.Ok(Array.Empty<SubjectSummaryDto>());
                }

                var page = await sender.Send(new SearchSubjects(name.Trim()), ct);
                return TypedResults.Ok(page.Items.Take(MaxSuggestions).ToArray());
            })
            .RequireScope(Scopes.SubjectsRead).WithTags("Subjects").WithName("SuggestSubjects");
        return tenant;
    }
}
