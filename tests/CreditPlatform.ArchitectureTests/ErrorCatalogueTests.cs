using System.Reflection;
using System.Text.RegularExpressions;
using CreditPlatform.Web.Localization;

namespace CreditPlatform.ArchitectureTests;

/// <summary>
/// One catalogue of refusal codes per area (static classes named <c>…ErrorCodes</c>), every code of them translated for
/// the pages in both languages, and no refusal in the Application that names its code as a bare string.
/// </summary>
public sealed partial class ErrorCatalogueTests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(CreditPlatform.Application.DependencyInjection).Assembly,
        typeof(CreditPlatform.Domain.Scoring.ScoringErrorCodes).Assembly,
    ];

    private static List<(string Catalogue, string Code)> CataloguedCodes() =>
        Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => (t.Name, (string)f.GetRawConstantValue()!)))
            .ToList();

    [Fact]
    public void EveryCataloguedCode_HasThePagesTextInBothLanguages()
    {
        var codes = CataloguedCodes();
        codes.Select(c => c.Catalogue).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        var missing = codes.Where(c => !UiText.Refusals.ByCode.ContainsKey(c.Code)).Select(c => $"{c.Catalogue}: {c.Code}").ToList();
        missing.ShouldBeEmpty();
        UiText.Refusals.ByCode.Values.ShouldAllBe(t => t.Zh.Length > 0 && t.En.Length > 0 && t.Zh != t.En);
    }

    [Fact]
    public void NoRefusal_NamesItsCodeAsABareString()
    {
        var root = Path.Combine(UseCaseLayoutTests.RepositoryRoot(), "src", "CreditPlatform.Application");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))
            .ToList();
        files.Count.ShouldBeGreaterThan(100);
        BareCodes(files).ShouldBeEmpty();
        // The rule itself fails on what breaks it.
        BareCodes([("Example.cs", "throw new BusinessRuleException(\"made_up\", \"No.\");")]).ShouldNotBeEmpty();
        BareCodes([("Example.cs", "throw new ConflictException(\"Taken.\", \"made_up\");")]).ShouldNotBeEmpty();
    }

    private static List<string> BareCodes(IEnumerable<(string Path, string Text)> files) =>
        files.SelectMany(f => BareCode().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}")).ToList();

    [GeneratedRegex("""new (BusinessRuleException\(\s*"[a-z_]+"|ConflictException\(\s*(\$?"(?:[^"\\]|\\.)*"|[^,()]+)\s*,\s*"[a-z_]+")""")]
    private static partial Regex BareCode();
}
