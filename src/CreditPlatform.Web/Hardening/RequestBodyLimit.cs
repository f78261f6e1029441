using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CreditPlatform.Web.Hardening;

/// <summary>A body limit an endpoint declares for itself (e.g. a batch upload), instead of the default.</summary>
public sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

public static class BodyLimitExtensions
{
    /// <summary>Lets this endpoint accept bodies up to <paramref name="bytes"/> (the server's own cap still applies).</summary>
    public static TBuilder AllowBodyUpTo<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new BodyLimit(bytes));
}

/// <summary>
/// Ordinary endpoints take small JSON bodies: anything beyond <c>Limits:MaxBodyBytes</c> (1 MB unless
/// configured) is refused with 413 before it is read, unless the endpoint declares a larger limit
/// (<see cref="BodyLimitExtensions.AllowBodyUpTo{TBuilder}"/> or any <see cref="IRequestSizeLimitMetadata"/>).
/// A body without a Content-Length is cut off by the server at the same limit while it is read.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The server's cap for any body (Kestrel); a declared limit never raises it.</summary>
    public const long ServerMaxBodyBytes = 16 * 1024 * 1024;

    private readonly long _default = ConfiguredDefault(configuration);

    /// <summary>The limit of an endpoint that declares none: <c>Limits:MaxBodyBytes</c>, 1 MB unless configured.</summary>
    public static long ConfiguredDefault(IConfiguration configuration) => configuration.GetValue("Limits:MaxBodyBytes", DefaultMaxBodyBytes);

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared
            ? Math.Min(declared.MaxRequestBodySize ?? ServerMaxBodyBytes, ServerMaxBodyBytes)
            : _default;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("The request body exceeds the size limit.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
