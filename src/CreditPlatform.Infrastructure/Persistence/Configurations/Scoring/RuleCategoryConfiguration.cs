using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Scoring;

internal sealed class RuleCategoryConfiguration : IEntityTypeConfiguration<RuleCategory>
{
    public void Configure(EntityTypeBuilder<RuleCategory> builder)
    {
        builder.ToTable("rule_categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(RuleCategory.CodeMaxLength);
        builder.Property(c => c.LabelZh).HasMaxLength(RuleCategory.LabelMaxLength);
        builder.Property(c => c.LabelEn).HasMaxLength(RuleCategory.LabelMaxLength);
    }
}
