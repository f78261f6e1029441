namespace CreditPlatform.Web.Hardening;

/// <summary>
/// Sets the browser-facing protections on every response: a same-origin content policy with no
/// inline script, no framing, no MIME sniffing, no referrer, and HSTS wherever the host is not a
/// developer's or a test's. Set as the response starts, so error pages (which clear the headers
/// written before them) carry them too.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Swagger UI sets styles from script (style attributes), which a strict style-src blocks;
    // its scripts are still served from this origin only.
    public const string SwaggerContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly bool _hsts = SendsHsts(environment);

    public Task InvokeAsync(HttpContext context)
    {
        Register(context, _hsts);
        return next(context);
    }

    /// <summary>Whether HSTS is sent in this environment (never to a developer's or a test's host).</summary>
    public static bool SendsHsts(IHostEnvironment environment) => !environment.IsDevelopment() && !environment.IsEnvironment("Testing");

    /// <summary>Sets the headers when the response starts, whatever writes it.</summary>
    public static void Register(HttpContext context, bool hsts) =>
        context.Response.OnStarting(hsts ? SetWithHsts : SetWithoutHsts, context);

    private static readonly Func<object, Task> SetWithHsts = state => Set((HttpContext)state, hsts: true);
    private static readonly Func<object, Task> SetWithoutHsts = state => Set((HttpContext)state, hsts: false);

    private static Task Set(HttpContext context, bool hsts)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
            ? SwaggerContentSecurityPolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (hsts)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        return Task.CompletedTask;
    }
}
