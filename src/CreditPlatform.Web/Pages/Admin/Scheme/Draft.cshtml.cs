using System.Globalization;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Schemes.DraftScheme;
using CreditPlatform.Application.Scoring.Schemes.GetScheme;
using CreditPlatform.Application.Scoring.Schemes.SetScheme;
using CreditPlatform.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CreditPlatform.Web.Pages.Admin.Scheme;

/// <summary>Drafts a new version of the scheme, starting from every field of the version in force, with two empty band rows below.</summary>
public sealed class DraftModel(ISender sender) : PageModel
{
    public const int BlankRows = 2;

    [BindProperty]
    public SchemeForm Data { get; set; } = new();

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await sender.Send(new GetScheme(), ct);
        Data = SchemeForm.From(current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Data.Pad();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var draft = await sender.Send(Data.ToCommand(), ct);
            TempData["Notice"] = UiText.AdminScheme.Drafted.ToString();
            return RedirectToPage("Review", new { id = draft.Id });
        }
        catch (RequestValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                var name = SchemeForm.FieldFor(failure.Field);
                ModelState.AddModelError(name.Length > 0 ? $"{nameof(Data)}.{name}" : "", UiText.Validation.For(failure));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (BusinessRuleException e)
        {
            Refusals = [SchemeRefusal.Describe(e)];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}

/// <summary>The scheme as a form: one row per band, empty rows left out when sent.</summary>
public sealed class SchemeForm
{
    public int? BaseScore { get; set; }
    public int? Floor { get; set; }
    public int? Ceiling { get; set; }
    public bool DisplayStars { get; set; }
    public List<BandRow> Bands { get; set; } = [];

    public static SchemeForm From(SchemeDto scheme)
    {
        var form = new SchemeForm
        {
            BaseScore = scheme.BaseScore,
            Floor = scheme.Floor,
            Ceiling = scheme.Ceiling,
            DisplayStars = scheme.DisplayStars,
            Bands = [.. scheme.Bands.Select(b => new BandRow { Code = b.Code, MinScore = b.MinScore, Measures = string.Join(", ", b.Measures) })],
        };
        form.Pad();
        return form;
    }

    /// <summary>Keeps <see cref="DraftModel.BlankRows"/> empty rows below the filled ones.</summary>
    public void Pad()
    {
        Bands = [.. Bands.Where(b => !b.IsEmpty)];
        for (var i = 0; i < DraftModel.BlankRows; i++)
        {
            Bands.Add(new BandRow());
        }
    }

    public DraftScheme ToCommand() => new(
        BaseScore,
        Floor,
        Ceiling,
        [.. Bands.Where(b => !b.IsEmpty).Select(b => new BandInput(b.Code?.Trim(), b.MinScore,
            [.. (b.Measures ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]))],
        DisplayStars);

    /// <summary>The form field a validation failure of <see cref="DraftScheme"/> belongs to ("" for the summary only).</summary>
    public static string FieldFor(string field)
    {
        if (field.StartsWith("Bands[", StringComparison.OrdinalIgnoreCase) || string.Equals(field, "bands", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        return field switch
        {
            _ when string.Equals(field, nameof(BaseScore), StringComparison.OrdinalIgnoreCase) => nameof(BaseScore),
            _ when string.Equals(field, nameof(Floor), StringComparison.OrdinalIgnoreCase) => nameof(Floor),
            _ when string.Equals(field, nameof(Ceiling), StringComparison.OrdinalIgnoreCase) => nameof(Ceiling),
            _ => "",
        };
    }

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

public sealed class BandRow
{
    public string? Code { get; set; }
    public int? MinScore { get; set; }
    public string? Measures { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Code) && MinScore is null && string.IsNullOrWhiteSpace(Measures);
}

/// <summary>A refused scheme change in the reader's language.</summary>
public static class SchemeRefusal
{
    public static string Describe(BusinessRuleException e) => e.Code switch
    {
        Application.Scoring.Rules.RuleFourEyes.Code => UiText.AdminScheme.FourEyes,
        Application.Scoring.Schemes.ApproveSchemeDraft.ApproveSchemeDraftHandler.StaleCode => UiText.AdminScheme.Stale,
        SchemeBandRules.BandInUseCode => UiText.AdminScheme.BandInUse.Format(e.Message),
        _ => UiText.AdminScheme.Refused.Format(e.Message),
    };
}
