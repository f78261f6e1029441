namespace CreditPlatform.Domain.Scoring;

/// <summary>The platform's rule categories, looked up by exact code: a spelling that is not a code is not a category.</summary>
public sealed class CategoryVocabulary(IEnumerable<RuleCategory> categories)
{
    private readonly Dictionary<string, RuleCategory> _byCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<RuleCategory> All => _byCode.Values;

    public RuleCategory? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var category) ? category : null;

    /// <summary>The codes no scheme may score, whatever any guardrail set says.</summary>
    public IEnumerable<string> ProtectedCodes => _byCode.Values.Where(c => c.Protected).Select(c => c.Code);
}
