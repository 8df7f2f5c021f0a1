using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Forum.Communities;

public sealed class CommunityConfiguration :
    IEntityTypeConfiguration<Community>, IEntityTypeConfiguration<CommunityMember>, IEntityTypeConfiguration<CommunityModerator>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.ToTable("communities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityByDefaultColumn();
        builder.Property(c => c.Slug).HasMaxLength(CommunityRules.SlugMaxLength).UseCollation("C");
        builder.Property(c => c.Name).HasMaxLength(CommunityRules.NameMaxLength);
        builder.Property(c => c.Description).HasMaxLength(CommunityRules.DescriptionMaxLength);
        builder.Property(c => c.Rules).HasMaxLength(CommunityRules.RulesMaxLength);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.MemberCount, c.Id }).IsDescending(true, true);
    }

    public void Configure(EntityTypeBuilder<CommunityMember> builder)
    {
        builder.ToTable("community_members");
        builder.HasKey(m => new { m.CommunityId, m.UserId });
        // A user's communities (home feed, "joined" flags).
        builder.HasIndex(m => new { m.UserId, m.CommunityId });
        builder.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CommunityModerator> builder)
    {
        builder.ToTable("community_moderators");
        builder.HasKey(m => new { m.CommunityId, m.UserId });
        builder.HasIndex(m => new { m.UserId, m.CommunityId });
        builder.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
