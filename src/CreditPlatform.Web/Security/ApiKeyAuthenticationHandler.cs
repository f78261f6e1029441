using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CreditPlatform.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Web.Security;

/// <summary>Authenticates external systems by the <c>X-Api-Key</c> header; the key's tenant and scopes become claims.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>
    /// One principal per cached key: the store hands out the same key object while it is cached, so
    /// checks at tens of thousands a second don't rebuild a dozen claims each time. Never mutated.
    /// </summary>
    private static readonly ConditionalWeakTable<ApiKeyPrincipal, ClaimsPrincipal> Principals = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await store.FindAsync(values[0]!, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalOf(key), AuthSchemes.ApiKey));
    }

    /// <summary>The claims of a key as every API endpoint sees them (shared while the key is cached).</summary>
    public static ClaimsPrincipal PrincipalOf(ApiKeyPrincipal key) => Principals.GetValue(key, Build);

    private static ClaimsPrincipal Build(ApiKeyPrincipal key)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimNames.ApiKeyId, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
        };
        if (key.IssuedByUserId is { } issuer)
        {
            claims.Add(new Claim(ClaimNames.IssuedBy, issuer.ToString()));
        }

        if (key.TenantId is { } tenantId)
        {
            claims.Add(new Claim(ClaimNames.TenantId, tenantId.ToString()));
        }

        claims.AddRange(key.Scopes.Select(s => new Claim(ClaimNames.Scope, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSchemes.ApiKey));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
