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
/// </summary>
/// <remarks>
/// A body without a Content-Length (chunked) is counted while it is read and refused with 413 at the same
/// limit. That limit is enforced here and not by lowering the server's own per-request limit: when the
/// server's limit trips it marks the connection broken and closes it right after the answer, while the
/// client is still sending, so the client sees a broken pipe instead of the 413 (a race it may lose).
/// Refused here, the answer is an ordinary one: the server then drains the rest of the body (up to
/// <see cref="ServerMaxBodyBytes"/>, for at most five seconds) and keeps the connection, so the client
/// finishes sending and reads the 413.
/// </remarks>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The server's cap for any body (Kestrel); a declared limit never raises it.</summary>
    public const long ServerMaxBodyBytes = 32 * 1024 * 1024;

    private readonly long _default = ConfiguredDefault(configuration);

    /// <summary>The limit of an endpoint that declares none: <c>Limits:MaxBodyBytes</c>, 1 MB unless configured.</summary>
    public static long ConfiguredDefault(IConfiguration configuration) => configuration.GetValue("Limits:MaxBodyBytes", DefaultMaxBodyBytes);

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared
            ? Math.Min(declared.MaxRequestBodySize ?? ServerMaxBodyBytes, ServerMaxBodyBytes)
            : _default;

        if (context.Request.ContentLength > limit)
        {
            throw TooLarge();
        }

        if (context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
        {
            context.Request.Body = new LimitedReadStream(context.Request.Body, limit);
        }

        return next(context);
    }

    internal static BadHttpRequestException TooLarge() =>
        new("The request body exceeds the size limit.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Reads the inner body and refuses with 413 once more than the limit has come through.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw TooLarge() : read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
