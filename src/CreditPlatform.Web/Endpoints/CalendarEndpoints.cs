using CreditPlatform.Application.Appeals.Calendar;
using CreditPlatform.Application.Appeals.Calendar.GetCalendar;
using CreditPlatform.Application.Appeals.Calendar.RemoveCalendarDay;
using CreditPlatform.Application.Appeals.Calendar.SetCalendarDay;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CreditPlatform.Web.Endpoints;

/// <summary>
/// The working calendar every working-day deadline counts with. Reading it is public (it is the State Council's
/// published schedule); changing it is for the platform's administrators (scope <c>tenants:write</c>), audited.
/// </summary>
public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Working calendar");

        group.MapGet("/", async (int year, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetCalendar(year), ct)))
            .AllowAnonymous().WithName("GetCalendar");

        group.MapPut("/{day}", async (DateOnly day, CalendarDayBody body, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SetCalendarDay(day, body.Kind, body.NameZh, body.NameEn), ct)))
            .RequireScope(Scopes.TenantsWrite).WithName("SetCalendarDay");

        group.MapDelete("/{day}", async Task<Results<NoContent, NotFound>> (DateOnly day, ISender sender, CancellationToken ct) =>
            await sender.Send(new RemoveCalendarDay(day), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireScope(Scopes.TenantsWrite).WithName("RemoveCalendarDay");

        return group;
    }
}

/// <summary>What a day is: <c>holiday</c> or <c>workingDay</c>, with its name in both languages.</summary>
public sealed record CalendarDayBody(string? Kind, string? NameZh, string? NameEn);
