using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Simulations;
using CreditPlatform.Application.Simulations.RunSimulation;
using CreditPlatform.Web.Errors;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin;

/// <summary>Replays a drafted rule change over a past period: the same request as the API, shown as a table and a chart.</summary>
public sealed class SimulationModel(ISender sender, ITenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SimulationForm Form { get; set; } = new();

    public SimulationReport? Report { get; private set; }

    public bool HasJurisdiction => tenant.TenantId is not null;

    public void OnGet()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form = new SimulationForm { From = today.AddYears(-1), To = today };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HasJurisdiction)
        {
            return Page();
        }

        IReadOnlyList<SimulatedCap>? caps = Form.CapDays is { } days ? [new SimulatedCap(days, Form.CapMaxPoints, null)] : null;
        var command = new RunSimulation(
            Form.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Form.To?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            new RuleChange(Form.RuleCode, Form.Points, null, caps, null),
            null,
            Form.BucketSize);
        try
        {
            Report = await sender.Send(command, ct);
        }
        catch (RequestValidationException e)
        {
            ModelState.AddRequestErrors(e, nameof(Form));
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(SimulationForm.RuleCode)}", Localization.UiText.Refusals.ByCode[Application.Scoring.Events.EventErrorCodes.UnknownRule]);
        }

        return Page();
    }
}

public sealed class SimulationForm
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? RuleCode { get; set; }
    public int? Points { get; set; }
    public int? CapDays { get; set; }
    public int? CapMaxPoints { get; set; }
    public int? BucketSize { get; set; } = 50;
}
