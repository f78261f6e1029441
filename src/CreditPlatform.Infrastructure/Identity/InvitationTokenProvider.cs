using CreditPlatform.Application.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditPlatform.Infrastructure.Identity;

/// <summary>
/// The one-time tokens of invitation and password links: protected data tied to the user's security stamp, so setting
/// the password (or sending a newer link) ends them. Their deadline is the user's <see cref="AppUser.InvitationExpiresAt"/>,
/// checked on the business clock; the token's own lifespan only bounds it from above.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "set-password";
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = AccountRoles.InvitationLifetime + TimeSpan.FromDays(1);
    }
}
