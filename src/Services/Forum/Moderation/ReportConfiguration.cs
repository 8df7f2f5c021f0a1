using Agrovet.Forum.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Forum.Moderation;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityByDefaultColumn();
        builder.Property(r => r.Reason).HasMaxLength(ReportRules.ReasonMaxLength);
        builder.Property(r => r.Resolution).HasMaxLength(16);
        builder.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Cascade);
        // The open queue of a community, oldest first.
        builder.HasIndex(r => new { r.CommunityId, r.CreatedAt, r.Id }, "ix_reports_open_queue").HasDatabaseName("ix_reports_open_queue").HasFilter("resolved_at IS NULL");
        // One open report per user and item.
        builder.HasIndex(r => new { r.ReporterId, r.PostId, r.CommentId }, "ix_reports_open_per_reporter").HasDatabaseName("ix_reports_open_per_reporter")
            .IsUnique().AreNullsDistinct(false).HasFilter("resolved_at IS NULL");
    }
}
