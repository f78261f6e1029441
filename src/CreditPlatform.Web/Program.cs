using CreditPlatform.Application;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Infrastructure;
using CreditPlatform.Infrastructure.Identity;
using CreditPlatform.Infrastructure.Persistence;
using CreditPlatform.DevCluster;
using CreditPlatform.Web.Endpoints;
using CreditPlatform.Web.Endpoints.OpenApi;
using CreditPlatform.Web.Errors;
using CreditPlatform.Web.Hardening;
using CreditPlatform.Web.Hosting;
using CreditPlatform.Web.Localization;
using CreditPlatform.Web.Logging;
using CreditPlatform.Web.MultiTenancy;
using CreditPlatform.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

if (args is [VerifyAuditVerb.Name, .. var verbArgs])
{
    return await VerifyAuditVerb.RunAsync(verbArgs);
}

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
// Serilog is the host's logging; providers registered beside it (the tests' capture) still receive every line.
builder.Services.AddSerilog((services, logging) =>
{
    logging.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
    if (!builder.Configuration.GetSection("Serilog:WriteTo").Exists())
    {
        // Started from a folder without appsettings.json: still say what happens, on the console.
        logging.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}, preserveStaticLogger: true, writeToProviders: true);

LocalDevelopmentDatabase? local;
try
{
    local = await DatabaseStartup.UseLocalClusterIfUnconfiguredAsync(builder);
}
catch (LocalClusterException e)
{
    // One sentence on what to do (no binaries, no free port, nothing configured outside Development): no stack trace.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);

builder.Services.AddHttpContextAccessor();
// A scheduled job's scope acts as the job's system actor; every other scope as the HTTP caller.
builder.Services.AddScoped<ICurrentActor>(sp =>
    (ICurrentActor?)sp.GetRequiredService<CreditPlatform.Application.Common.Actors.ActingSystem>().Actor
    ?? ActivatorUtilities.CreateInstance<CurrentActor>(sp));
builder.Services.AddScoped<Correlation>();
builder.Services.AddScoped<ICorrelation>(sp => sp.GetRequiredService<Correlation>());
builder.Services.AddScoped<IAuditReason, HeaderAuditReason>();
builder.Services.AddSingleton<TenantDirectory>();

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
    c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.RequestServices.GetRequiredService<Correlation>().Id);
builder.Services.AddExceptionHandler<AppExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new StrictStringConverter());
});
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.ServerMaxBodyBytes);
builder.Services.AddPlatformRateLimits(builder.Configuration);

builder.Services.AddIdentityCore<AppUser>(o =>
    {
        o.Password.RequiredLength = 10;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = false;
    })
    .AddRoles<AppRole>()
    .AddEntityFrameworkStores<AppDbContext>()
    .AddSignInManager()
    .AddClaimsPrincipalFactory<UserClaimsFactory>();

// A disabled user's cookie ends within a minute: the validator re-reads the security stamp their disabling changed.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

builder.Services.AddAuthentication(o =>
    {
        o.DefaultScheme = AuthSchemes.Auto;
        o.DefaultChallengeScheme = AuthSchemes.Auto;
    })
    .AddPolicyScheme(AuthSchemes.Auto, "API key or cookie", o => o.ForwardDefaultSelector = context =>
        context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey : IdentityConstants.ApplicationScheme)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
    .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o =>
    {
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/denied";
        o.Cookie.Name = "cp.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.SlidingExpiration = true;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        // The API answers 401/403; only pages redirect to the sign-in form.
        o.Events.OnRedirectToLogin = c => RedirectOrStatus(c, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => RedirectOrStatus(c, StatusCodes.Status403Forbidden);
    }));
builder.Services.AddAuthorization(o => o.AddScopePolicies());
builder.Services.AddScoped<IAuthorizationHandler, ScopeHandler>();
builder.Services.AddScoped<IAuthorizationHandler, TenantMemberHandler>();

builder.Services.AddWebPages();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
    .AddCheck<ListIndexReadyCheck>("check-index", tags: ["ready"]);
builder.Services.AddApiDocumentation();
builder.Services.AddPlatformTelemetry(builder.Configuration);

var app = builder.Build();

await DatabaseStartup.PrepareAsync(app, local);

app.UseExceptionHandler();
app.UseMiddleware<CheckFastPath>();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStatusPages();
app.UseRequestLogging();
app.UseStaticFiles();
app.UseUiLocalization();
app.UseRouting();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseMiddleware<TenantResolutionMiddleware>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.UseApiDocumentation();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = c => c.Tags.Contains("ready"),
    ResponseWriter = CreditPlatform.Web.Hosting.HealthReportWriter.WriteAsync,
}).AllowAnonymous();

app.MapApi();
app.MapPlatformMetrics();

app.MapRazorPages();

await app.RunAsync();
return 0;

static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api"))
    {
        context.Response.StatusCode = status;
    }
    else
    {
        context.Response.Redirect(context.RedirectUri);
    }

    return Task.CompletedTask;
}

/// <summary>Entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
