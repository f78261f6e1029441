using System.Linq.Expressions;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Audit;
using CreditPlatform.Domain.Common;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.Domain.Tenants;
using CreditPlatform.Domain.Access;
using CreditPlatform.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence;

/// <summary>
/// The system of record. There is no <c>dotnet ef migrations add</c> here: the schema lives in
/// versioned SQL scripts under Persistence/Migrations, and a test proves this model matches them.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ITenantContext tenant)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IAppDbContext
{
    public const string TenantFilter = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Read by the query filters per query; Guid.Empty (no tenant) matches no tenant's rows.</summary>
    public Guid CurrentTenantId => tenant.TenantId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ApplyTenantFilters(builder);
        SnakeCase.Apply(builder);
    }

    private void ApplyTenantFilters(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            var row = Expression.Parameter(entity.ClrType, "row");
            var body = Expression.Equal(
                Expression.Property(row, nameof(ITenantOwned.TenantId)),
                Expression.Property(Expression.Constant(this), nameof(CurrentTenantId)));
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, Expression.Lambda(body, row));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>A write to another tenant's rows is a bug, never a user error: fail loudly.</summary>
    private void GuardTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.TenantId != CurrentTenantId)
            {
                throw new InvalidOperationException(
                    $"A {entry.Metadata.ClrType.Name} of another tenant was about to be written; writes stay inside the current tenant.");
            }
        }
    }
}
