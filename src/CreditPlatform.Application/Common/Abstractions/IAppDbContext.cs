using CreditPlatform.Domain.Access;
using CreditPlatform.Domain.Audit;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>The DbContext as handlers see it: handlers query it directly, no repository layer.</summary>
public interface IAppDbContext
{
    DbSet<Tenant> Tenants { get; }
    DbSet<Subject> Subjects { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<ApiKey> ApiKeys { get; }
    DatabaseFacade Database { get; }

    /// <summary>Any mapped entity's set; areas use this instead of adding properties here.</summary>
    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
