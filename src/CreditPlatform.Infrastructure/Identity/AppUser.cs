using Microsoft.AspNetCore.Identity;

namespace CreditPlatform.Infrastructure.Identity;

/// <summary>A signed-in user: official, gatherer or citizen of one tenant, or a platform administrator (no tenant).</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid? TenantId { get; set; }
    public string DisplayName { get; set; } = "";

    /// <summary>The recorder's department, shown to citizens next to every entry.</summary>
    public string? Department { get; set; }

    /// <summary>For citizens: the subject they are in their tenant.</summary>
    public Guid? SubjectId { get; set; }

    /// <summary>When set, the user can no longer sign in, and the API keys they issued stop working.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>While set, the user has an open invitation to set a password, valid until then (a later link replaces it).</summary>
    public DateTimeOffset? InvitationExpiresAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
        NormalizedName = name.ToUpperInvariant();
    }
}
