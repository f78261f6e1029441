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
        var missing = codes
            .Where(c => !UiText.Refusals.ByCode.ContainsKey(c.Code) && !UiText.Validation.ByCode.ContainsKey(c.Code))
            .Select(c => $"{c.Catalogue}: {c.Code}").ToList();
        missing.ShouldBeEmpty();
        UiText.Refusals.ByCode.Values.Concat(UiText.Validation.ByCode.Values).ShouldAllBe(t => t.Zh.Length > 0 && t.En.Length > 0 && t.Zh != t.En);
        // A page text for a code no catalogue holds is a typo or a code that was renamed (codes never change).
        var known = codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        UiText.Validation.ByCode.Keys.Where(k => !known.Contains(k)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryValidationFailure_NamesACataloguedCode()
    {
        var files = SourceFiles("CreditPlatform.Application", "CreditPlatform.Infrastructure", "CreditPlatform.Web");
        files.Count.ShouldBeGreaterThan(300);
        UncodedFailures(files).ShouldBeEmpty();
        files.Sum(f => CodedMessage().Count(f.Text)).ShouldBeGreaterThan(90);

        // The rule itself fails on what breaks it.
        UncodedFailures([("Example.cs", "RuleFor(x => x.Name).Must(Ok).WithMessage(\"No.\");")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "RuleFor(x => x.Name).Must(Ok).WithErrorCode(\"made_up\").WithMessage(\"No.\");")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "throw RequestValidationException.For(\"name\", \"made_up\", \"No.\");")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "throw RequestValidationException.For(\"name\", $\"made_{x}\", \"No.\");")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "ctx.AddFailure(\"name\", \"No.\");")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "ctx.Fail(\"made_up\", \"No.\");")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "new FieldFailure(\"name\", \"made_up\", \"No.\")")]).ShouldNotBeEmpty();
        UncodedFailures([("Example.cs", "RuleFor(x => x.Name).Must(Ok).WithErrorCode(ListErrorCodes.KindMismatch).WithMessage(\"No.\");")]).ShouldBeEmpty();
        UncodedFailures([("Example.cs", "throw RequestValidationException.For(\"name\", ListErrorCodes.KindMismatch, \"No.\");")]).ShouldBeEmpty();
    }

    [Fact]
    public void EveryValidatedProperty_HasAChineseFieldName()
    {
        // FluentValidation's built-in messages name the field: on a Chinese page in Chinese, never "'Title Zh' 不能为空。".
        var names = SourceFiles("CreditPlatform.Application")
            .SelectMany(f => RuleTarget().Matches(f.Text).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal).ToList();
        names.Count.ShouldBeGreaterThan(50);
        names.Where(n => !UiText.FieldNames.Zh.ContainsKey(n)).ShouldBeEmpty();
    }

    [GeneratedRegex(@"Rule(?:For|ForEach)\(\w+ => \w+(?:\.\w+!?)*\.(\w+)!?\)")]
    private static partial Regex RuleTarget();

    /// <summary>
    /// Every FluentValidation message comes with <c>.WithErrorCode(&lt;Catalogue&gt;.&lt;Code&gt;)</c>; custom failures go
    /// through <c>ctx.Fail(code, ...)</c> (never a bare <c>AddFailure</c>), and no failure's code is a string literal.
    /// </summary>
    private static List<string> UncodedFailures(IEnumerable<(string Path, string Text)> files) =>
        files.SelectMany(f =>
        {
            var text = f.Text;
            var problems = new List<string>();
            var messages = WithMessage().Count(text);
            var coded = CodedMessage().Count(text);
            if (messages != coded)
            {
                problems.Add($"{f.Path}: {messages - coded} .WithMessage(...) without .WithErrorCode(<Catalogue>ErrorCodes.<Code>) just before it");
            }

            problems.AddRange(BareFailureCode().Matches(text).Select(m => $"{f.Path}: {m.Value}"));
            if (!f.Path.EndsWith("CodedFailures.cs", StringComparison.Ordinal))
            {
                problems.AddRange(AddFailure().Matches(text).Select(m => $"{f.Path}: {m.Value} (use ctx.Fail(code, ...))"));
            }

            return problems;
        }).ToList();

    private static List<(string Path, string Text)> SourceFiles(params string[] projects) =>
        projects.SelectMany(project =>
        {
            var root = Path.Combine(UseCaseLayoutTests.RepositoryRoot(), "src", project);
            return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)));
        }).ToList();

    [GeneratedRegex(@"\.WithMessage\(")]
    private static partial Regex WithMessage();

    [GeneratedRegex(@"\.WithErrorCode\([A-Z]\w*ErrorCodes\.[A-Z]\w*\)\s*\.WithMessage\(")]
    private static partial Regex CodedMessage();

    /// <summary>A string literal where a failure's code goes: WithErrorCode's, For's second, Fail's code, FieldFailure's second.</summary>
    [GeneratedRegex("""(\.WithErrorCode\(\s*\$?"|RequestValidationException\.For\(\s*[^,]+,\s*\$?"|\.Fail\(\s*(\$?"[^"]*"\s*,\s*)?\$?"[^"]*"\s*,\s*(\$?"|[^,()]+\)\s*;)|new FieldFailure\(\s*[^,]+,\s*\$?")""")]
    private static partial Regex BareFailureCode();

    [GeneratedRegex(@"\.AddFailure\(")]
    private static partial Regex AddFailure();

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
