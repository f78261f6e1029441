namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// One word of the platform's controlled vocabulary of rule categories. Every rule names one by its code, so a
/// protected subject cannot be scored under a synonym or a free-text spelling, and whether points can be bought
/// follows from the category rather than from what a rule's author claims.
/// </summary>
public sealed class RuleCategory
{
    public const int CodeMaxLength = 50;
    public const int LabelMaxLength = 100;

    public string Code { get; set; } = "";
    public string LabelZh { get; set; } = "";
    public string LabelEn { get; set; } = "";

    /// <summary>Points in this category are obtained by giving money or goods; the bought-credit guardrail caps them.</summary>
    public bool Purchasable { get; set; }

    /// <summary>No scheme may score this category (who people are, what they believe, complaining and lawful speech).</summary>
    public bool Protected { get; set; }
}
