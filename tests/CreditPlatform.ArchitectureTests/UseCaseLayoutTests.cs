using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;

namespace CreditPlatform.ArchitectureTests;

/// <summary>
/// One layout for every use case: <c>Application/&lt;Area&gt;/&lt;UseCase&gt;/&lt;UseCase&gt;.cs</c> holds the request and
/// its handler, <c>&lt;UseCase&gt;Validator.cs</c> beside it the validator, and namespaces follow folders. The compiled
/// rule and the source rule are each also run once against something known to break them.
/// </summary>
public sealed partial class UseCaseLayoutTests
{
    private static readonly Assembly Application = typeof(CreditPlatform.Application.DependencyInjection).Assembly;

    [Fact]
    public void EveryUseCase_HasItsOwnNamespace_WithItsHandlerAndValidators()
    {
        var messages = Messages(Application);
        messages.Count.ShouldBeGreaterThan(50);
        CompiledRule(Application).ShouldBeEmpty();
    }

    [Fact]
    public void EveryUseCase_LivesInItsFolder_AndNamespacesFollowFolders()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "CreditPlatform.Application");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(root, f))))
            .ToList();
        files.Count.ShouldBeGreaterThan(100);
        SourceRule(files).ShouldBeEmpty();
    }

    [Fact]
    public void EachRule_FailsOnWhatBreaksIt()
    {
        CompiledRule(typeof(UseCaseLayoutTests).Assembly).ShouldBe(
        [
            $"{typeof(Stray.StrayRequest).FullName} is not in a namespace of its own name",
            $"{typeof(Stray.StrayRequest).FullName} has no {nameof(Stray.StrayRequest)}Handler beside it",
            $"{typeof(Stray.StrayRules).FullName} validates {nameof(Stray.StrayRequest)} but is not {nameof(Stray.StrayRequest)}Validator beside it",
        ]);
        SourceRule(
        [
            ("Appeals/FileAppeal.cs", "namespace CreditPlatform.Application.Appeals;\n\npublic sealed record FileAppeal(string Reason) : ICommand<int>;\n"),
            ("Appeals/Hold/Hold.cs", "namespace CreditPlatform.Application.Appeals.Hold;\n\npublic sealed record Hold : IRequest<int>;\n\npublic sealed class HoldValidator : AbstractValidator<Hold>;\n"),
        ]).ShouldBe(
        [
            "Appeals/FileAppeal.cs: the use case FileAppeal is not in FileAppeal/FileAppeal.cs of its area",
            "Appeals/Hold/Hold.cs: HoldValidator is not in a file of its own name",
        ]);
    }

    /// <summary>Requests and commands of <paramref name="assembly"/>.</summary>
    private static List<Type> Messages(Assembly assembly) => assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IRequest<>) || i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>))))
        .ToList();

    private static List<string> CompiledRule(Assembly assembly)
    {
        var failures = new List<string>();
        var types = assembly.GetTypes();
        var messages = Messages(assembly);
        foreach (var message in messages)
        {
            if (message.Namespace is not { } ns || !ns.EndsWith("." + message.Name, StringComparison.Ordinal))
            {
                failures.Add($"{message.FullName} is not in a namespace of its own name");
            }

            var handlers = types.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericArguments()[0] == message
                && (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))))
                .ToList();
            if (handlers.Count != 1 || handlers[0].Name != message.Name + "Handler" || handlers[0].Namespace != message.Namespace)
            {
                failures.Add($"{message.FullName} has no {message.Name}Handler beside it");
            }
        }

        foreach (var group in messages.GroupBy(m => m.Namespace).Where(g => g.Count() > 1))
        {
            failures.Add($"{group.Key} holds more than one use case: {string.Join(", ", group.Select(m => m.Name))}");
        }

        foreach (var validator in types.Where(t => t is { IsAbstract: false, IsNested: false }))
        {
            foreach (var validated in validator.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => i.GetGenericArguments()[0])
                .Where(messages.Contains))
            {
                if (validator.Name != validated.Name + "Validator" || validator.Namespace != validated.Namespace)
                {
                    failures.Add($"{validator.FullName} validates {validated.Name} but is not {validated.Name}Validator beside it");
                }
            }
        }

        return failures;
    }

    /// <summary>Files (path relative to the Application project, text) whose place or namespace breaks the layout.</summary>
    private static List<string> SourceRule(IEnumerable<(string Path, string Text)> files)
    {
        var failures = new List<string>();
        foreach (var (path, text) in files)
        {
            var folder = Path.GetDirectoryName(path)!.Replace('\\', '/');
            var expected = folder.Length == 0 ? "CreditPlatform.Application" : "CreditPlatform.Application." + folder.Replace('/', '.');
            var declared = Namespace().Match(text);
            if (!declared.Success || declared.Groups[1].Value != expected)
            {
                failures.Add($"{path}: namespace is not {expected}");
            }

            var fileName = Path.GetFileNameWithoutExtension(path);
            foreach (Match message in MessageDeclaration().Matches(text))
            {
                var name = message.Groups[1].Value;
                if (fileName != name || Path.GetFileName(folder) != name)
                {
                    failures.Add($"{path}: the use case {name} is not in {name}/{name}.cs of its area");
                }
            }

            foreach (Match validator in ValidatorDeclaration().Matches(text))
            {
                if (fileName != validator.Groups[1].Value)
                {
                    failures.Add($"{path}: {validator.Groups[1].Value} is not in a file of its own name");
                }
            }
        }

        return failures;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreditPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run outside the repository: no CreditPlatform.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^public\s+sealed\s+record\s+(\w+)\b[^;{]*?:[^;{]*\b(?:IRequest|ICommand|IQuery)<", RegexOptions.Multiline)]
    private static partial Regex MessageDeclaration();

    [GeneratedRegex(@"^(?:public|internal)\s+(?:sealed\s+)?class\s+(\w+Validator)\b", RegexOptions.Multiline)]
    private static partial Regex ValidatorDeclaration();
}
