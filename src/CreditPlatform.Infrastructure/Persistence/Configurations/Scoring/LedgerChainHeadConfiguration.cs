using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class LedgerChainHeadConfiguration : IEntityTypeConfiguration<LedgerChainHead>
{
    public void Configure(EntityTypeBuilder<LedgerChainHead> builder)
    {
        builder.ToTable("ledger_chain_heads");
        builder.HasKey(h => h.TenantId);
        builder.Property(h => h.LastHash).HasMaxLength(64);
    }
}
