using System.Reflection;
using CreditPlatform.Domain.Common;
using NetArchTest.Rules;

namespace CreditPlatform.ArchitectureTests;

/// <summary>
/// The layers' boundaries, read from the compiled assemblies. Each rule is also run once against an assembly
/// known to break it, so that a rule which can no longer fail is caught too.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(ITenantOwned).Assembly;
    private static readonly Assembly Application = typeof(CreditPlatform.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(CreditPlatform.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Web = typeof(CreditPlatform.Web.Endpoints.ApiEndpoints).Assembly;

    [Fact]
    public void Domain_DependsOnNothingButTheRuntime()
    {
        DomainRule(Domain).ShouldBeEmpty();
        Domain.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not "netstandard" and not "mscorlib")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Application_DependsOnNeitherAspNetCoreNorNpgsqlNorOuterLayers()
    {
        ApplicationRule(Application).ShouldBeEmpty();
        Application.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Npgsql", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Application_WritesNoSql()
    {
        RawSqlRule(Application).ShouldBeEmpty();
    }

    [Fact]
    public void Pages_UseInfrastructureOnlyForIdentity()
    {
        PagesRule(Web).ShouldBeEmpty();
    }

    [Fact]
    public void EachRule_FailsOnAnAssemblyThatBreaksIt()
    {
        DomainRule(Application).ShouldNotBeEmpty("Application depends on FluentValidation and EF Core");
        ApplicationRule(Infrastructure).ShouldNotBeEmpty("Infrastructure depends on Npgsql");
        PagesRule(Web, pagesNamespace: "CreditPlatform.Web").ShouldNotBeEmpty("the host wires Infrastructure up");
        RawSqlRule(Infrastructure).ShouldNotBeEmpty("Infrastructure's named queries run SQL");
    }

    /// <summary>Types of <paramref name="assembly"/> that depend on anything outside the runtime and the domain.</summary>
    private static List<string> DomainRule(Assembly assembly) => Failures(Types.InAssembly(assembly)
        .ShouldNot()
        .HaveDependencyOnAny(
            "CreditPlatform.Application", "CreditPlatform.Infrastructure", "CreditPlatform.Web",
            "Microsoft", "Npgsql", "FluentValidation", "Serilog", "CsvHelper", "MailKit")
        .GetResult());

    private static List<string> ApplicationRule(Assembly assembly) => Failures(Types.InAssembly(assembly)
        .ShouldNot()
        .HaveDependencyOnAny("Microsoft.AspNetCore", "Npgsql", "CreditPlatform.Infrastructure", "CreditPlatform.Web")
        .GetResult());

    /// <summary>
    /// Types that run SQL of their own: EF Core's raw SQL (<c>SqlQuery</c>, <c>ExecuteSql</c>, <c>FromSql</c>) or ADO.NET
    /// commands. In the Application they go behind a named query interface that Infrastructure implements.
    /// </summary>
    private static List<string> RawSqlRule(Assembly assembly) => Failures(Types.InAssembly(assembly)
        .ShouldNot()
        .HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions",
            "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions",
            "System.Data.Common.DbCommand", "System.Data.Common.DbConnection", "System.Data.Common.DbDataReader")
        .GetResult());

    /// <summary>Page types that reach any part of Infrastructure other than its Identity (the sign-in's user store).</summary>
    private static List<string> PagesRule(Assembly web, string pagesNamespace = "CreditPlatform.Web.Pages")
    {
        var forbidden = Infrastructure.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith("CreditPlatform.Infrastructure", StringComparison.Ordinal)
                && !ns.StartsWith("CreditPlatform.Infrastructure.Identity", StringComparison.Ordinal))
            .Distinct()
            .ToArray();
        // The root namespace holds the DI entry point; deeper ones are matched by their own names.
        return Failures(Types.InAssembly(web)
            .That().ResideInNamespace(pagesNamespace)
            .ShouldNot()
            .HaveDependencyOnAny(forbidden.Where(ns => ns != "CreditPlatform.Infrastructure").Append("CreditPlatform.Infrastructure.DependencyInjection").ToArray())
            .GetResult());
    }

    private static List<string> Failures(TestResult result) =>
        result.IsSuccessful ? [] : (result.FailingTypeNames ?? []).ToList();
}
