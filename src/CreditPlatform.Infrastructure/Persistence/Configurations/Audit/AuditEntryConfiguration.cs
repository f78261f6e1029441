using CreditPlatform.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();

        // The chain columns belong to the database's trigger (0004_ChainAuditLog): never sent, read back after insert.
        foreach (var chained in new[] { nameof(AuditEntry.Sequence), nameof(AuditEntry.PrevHash), nameof(AuditEntry.Hash) })
        {
            var property = builder.Property(chained).ValueGeneratedOnAdd();
            property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }
    }
}
