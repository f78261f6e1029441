using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Subjects;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.ToTable("subjects");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.Property(s => s.Kind).HasConversion<string>();
        builder.Property(s => s.Name).HasMaxLength(Subject.NameMaxLength);
        builder.Property(s => s.NameInitials).HasMaxLength(PinyinInitials.MaxLength);
        builder.Property(s => s.MaskedIdentifier).HasMaxLength(32);
        builder.Property(s => s.MaskedEmail).HasMaxLength(ContactAddress.MaskedMaxLength);
        builder.Property(s => s.MaskedPhone).HasMaxLength(ContactAddress.MaskedMaxLength);
        builder.HasIndex(s => new { s.TenantId, s.IdentifierHash }).IsUnique();
        builder.HasOne<Subject>().WithMany()
            .HasForeignKey(s => new { s.TenantId, s.LegalRepresentativeId })
            .HasConstraintName("fk_subjects_legal_representative");
    }
}
