using Agrovet.Forum.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Forum.Posts;

/// <summary>
/// Table <c>posts</c>. Every feed order has an index on its stored ranking value and the id (the keyset), once for
/// all communities and once per community; deleted and removed posts are few, so they are filtered while scanning
/// rather than kept out of the indexes (moderators' listings read the same indexes).
/// </summary>
public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityByDefaultColumn();
        builder.Property(p => p.Title).HasMaxLength(PostRules.TitleMaxLength);
        builder.Property(p => p.Body).HasMaxLength(PostRules.BodyMaxLength);
        builder.Property(p => p.Link).HasMaxLength(PostRules.LinkMaxLength);
        builder.Property(p => p.MediaIds).HasColumnType("uuid[]");
        builder.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(p => new { p.Hot, p.Id }, "ix_posts_hot").HasDatabaseName("ix_posts_hot").IsDescending(true, true);
        builder.HasIndex(p => new { p.CreatedAt, p.Id }, "ix_posts_new").HasDatabaseName("ix_posts_new").IsDescending(true, true);
        builder.HasIndex(p => new { p.Score, p.Id }, "ix_posts_top").HasDatabaseName("ix_posts_top").IsDescending(true, true);
        builder.HasIndex(p => new { p.Best, p.Id }, "ix_posts_best").HasDatabaseName("ix_posts_best").IsDescending(true, true);
        builder.HasIndex(p => new { p.Controversy, p.Id }, "ix_posts_controversial").HasDatabaseName("ix_posts_controversial").IsDescending(true, true);
        builder.HasIndex(p => new { p.CommunityId, p.Hot, p.Id }, "ix_posts_community_hot").HasDatabaseName("ix_posts_community_hot").IsDescending(false, true, true);
        builder.HasIndex(p => new { p.CommunityId, p.CreatedAt, p.Id }, "ix_posts_community_new").HasDatabaseName("ix_posts_community_new").IsDescending(false, true, true);
        builder.HasIndex(p => new { p.CommunityId, p.Score, p.Id }, "ix_posts_community_top").HasDatabaseName("ix_posts_community_top").IsDescending(false, true, true);
        builder.HasIndex(p => new { p.CommunityId, p.Best, p.Id }, "ix_posts_community_best").HasDatabaseName("ix_posts_community_best").IsDescending(false, true, true);
        builder.HasIndex(p => new { p.CommunityId, p.Controversy, p.Id }, "ix_posts_community_controversial").HasDatabaseName("ix_posts_community_controversial").IsDescending(false, true, true);
        // An author's karma (index-only sum) and their posts.
        builder.HasIndex(p => p.AuthorId, "ix_posts_author").HasDatabaseName("ix_posts_author").IncludeProperties(p => p.Score);
        // Only posts with images are in it: a vote rewrites the post's row, and an empty array still costs a GIN entry.
        builder.HasIndex(p => p.MediaIds, "ix_posts_media_ids").HasDatabaseName("ix_posts_media_ids").HasMethod("gin")
            .HasFilter("media_ids <> '{}'");
    }
}
