using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class TenantGuardrailsConfiguration : IEntityTypeConfiguration<TenantGuardrails>
{
    public void Configure(EntityTypeBuilder<TenantGuardrails> builder)
    {
        builder.ToTable("guardrail_sets");
        builder.HasKey(g => g.TenantId);
        builder.Property(g => g.Limits).HasJsonConversion();
    }
}
