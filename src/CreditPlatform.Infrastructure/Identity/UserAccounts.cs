using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Users;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Identity;

/// <summary>
/// Accounts through ASP.NET Identity on the request's own DbContext, so every change joins the command's transaction.
/// A reviewer holds the official role and the reviewer role; every other account holds one role.
/// </summary>
public sealed class UserAccounts(UserManager<AppUser> users, RoleManager<AppRole> roles, AppDbContext db) : IUserAccounts
{
    public async Task<Guid> CreateInvitedAsync(NewAccount account, DateTimeOffset invitationExpiresAt, CancellationToken ct)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Department = account.Department,
            Email = account.Email,
            TenantId = account.TenantId,
            LockoutEnabled = true,
            InvitationExpiresAt = invitationExpiresAt,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                throw new ConflictException(UserMessages.UserNameTaken, "user_name_taken");
            }

            throw RequestValidationException.For("userName", UserErrorCodes.UserNameShape, UserMessages.UserNameShape);
        }

        await AddRolesAsync(user, account.Role);
        return user.Id;
    }

    public async Task<AccountDto?> FindAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var names = await RoleNamesAsync([user.Id], ct);
        return ToDto(user, names.GetValueOrDefault(user.Id) ?? []);
    }

    public async Task ReinviteAsync(Guid userId, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("No such user.");
        user.InvitationExpiresAt = expiresAt;
        // A new stamp: every link sent before stops working (and the user's sessions end).
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task SetRoleAsync(Guid userId, string role, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("No such user.");
        var current = await users.GetRolesAsync(user);
        if (current.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, current));
        }

        await AddRolesAsync(user, role);
        // The cookie carries role-derived scopes: a new stamp makes the user's sessions pick up the new role.
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task<AccountPage> ListAsync(Guid? tenantId, bool platformToo, string? search, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().Where(u => u.SubjectId == null);
        query = tenantId is { } id ? query.Where(u => u.TenantId == id) : platformToo ? query : query.Where(_ => false);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.UserName!, pattern)
                || (u.Department != null && EF.Functions.ILike(u.Department, pattern)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var names = await RoleNamesAsync(rows.Select(r => r.Id).ToList(), ct);
        return new AccountPage(rows.Select(u => ToDto(u, names.GetValueOrDefault(u.Id) ?? [])).ToList(), total, page, pageSize);
    }

    public async Task<InvitationState> CheckInvitationAsync(Guid userId, string token, DateTimeOffset now, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return await StateAsync(user, token, now);
    }

    public async Task<InvitationAnswer> AcceptInvitationAsync(Guid userId, string token, string password, DateTimeOffset now, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var state = await StateAsync(user, token, now);
        if (state != InvitationState.Valid)
        {
            return new InvitationAnswer(state, [], null);
        }

        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user!, password);
            problems.AddRange(result.Errors.Select(e => e.Code));
        }

        if (problems.Count > 0)
        {
            return new InvitationAnswer(state, problems.Distinct().ToList(), user!.UserName);
        }

        if (await users.HasPasswordAsync(user!))
        {
            Check(await users.RemovePasswordAsync(user!));
        }

        user!.InvitationExpiresAt = null;
        user.EmailConfirmed = true;
        // AddPassword renews the security stamp: the link that got here stops working.
        Check(await users.AddPasswordAsync(user, password));
        await users.ResetAccessFailedCountAsync(user);
        return new InvitationAnswer(InvitationState.Valid, [], user.UserName);
    }

    private async Task<InvitationState> StateAsync(AppUser? user, string token, DateTimeOffset now)
    {
        if (user is null || user.DisabledAt is not null || user.InvitationExpiresAt is null
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return InvitationState.Invalid;
        }

        return user.InvitationExpiresAt <= now ? InvitationState.Expired : InvitationState.Valid;
    }

    private async Task AddRolesAsync(AppUser user, string role)
    {
        string[] names = role == AccountRoles.Reviewer ? [Roles.Official, Roles.Reviewer] : [role];
        foreach (var name in names)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new AppRole(name)));
            }
        }

        Check(await users.AddToRolesAsync(user, names));
    }

    private async Task<Dictionary<Guid, List<string>>> RoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        (await (from ur in db.UserRoles.AsNoTracking()
                join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                where userIds.Contains(ur.UserId)
                select new { ur.UserId, r.Name }).ToListAsync(ct))
        .GroupBy(x => x.UserId)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Name!).ToList());

    private static AccountDto ToDto(AppUser user, IReadOnlyCollection<string> roleNames) => new(
        user.Id, user.UserName ?? "", user.DisplayName, user.Department, RoleOf(roleNames), user.TenantId, user.Email,
        user.DisabledAt, user.InvitationExpiresAt, user.PasswordHash is not null);

    /// <summary>The one role shown for an account.</summary>
    public static string RoleOf(IReadOnlyCollection<string> roleNames) =>
        roleNames.Contains(Roles.PlatformAdmin) ? Roles.PlatformAdmin
        : roleNames.Contains(Roles.Reviewer) ? Roles.Reviewer
        : roleNames.Contains(Roles.Official) ? Roles.Official
        : roleNames.Contains(Roles.Gatherer) ? Roles.Gatherer
        : roleNames.Contains(Roles.Citizen) ? Roles.Citizen
        : "";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account change failed: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
