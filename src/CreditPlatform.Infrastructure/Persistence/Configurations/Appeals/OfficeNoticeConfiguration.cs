using CreditPlatform.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditPlatform.Infrastructure.Persistence.Configurations.Appeals;

internal sealed class OfficeNoticeConfiguration : IEntityTypeConfiguration<OfficeNotice>
{
    public void Configure(EntityTypeBuilder<OfficeNotice> builder)
    {
        builder.ToTable("office_notices");
        builder.HasKey(n => new { n.TenantId, n.Id });
    }
}
