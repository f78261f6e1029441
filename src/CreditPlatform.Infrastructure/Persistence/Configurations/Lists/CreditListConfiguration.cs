using CreditPlatform.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Lists;

internal sealed class CreditListConfiguration : IEntityTypeConfiguration<CreditList>
{
    public void Configure(EntityTypeBuilder<CreditList> builder)
    {
        builder.ToTable("lists");
        builder.HasKey(l => new { l.TenantId, l.Id });
        builder.Property(l => l.Code).HasMaxLength(CreditList.CodeMaxLength);
        builder.Property(l => l.Name).HasMaxLength(CreditList.NameMaxLength);
        builder.Property(l => l.Kind).HasConversion<string>();
        builder.Property(l => l.Sector).HasMaxLength(Sectors.MaxLength);
        builder.Property(l => l.Scope).HasConversion<string>();
        builder.Property(l => l.LegalBasis).HasMaxLength(CreditList.LegalBasisMaxLength);
        builder.Property(l => l.RepresentativeTreatment).HasConversion<string>();
        builder.HasIndex(l => new { l.TenantId, l.Code }).IsUnique();
    }
}
