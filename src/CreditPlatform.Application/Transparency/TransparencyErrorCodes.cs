namespace CreditPlatform.Application.Transparency;

/// <summary>Every code with which a transparency report request fails (a field failure's code); they never change.</summary>
public static class TransparencyErrorCodes
{
    /// <summary>A transparency report period that is not a month (1–12), a quarter (1–4) or a year between 2000 and 2100.</summary>
    public const string PeriodInvalid = "report_period_invalid";
}
