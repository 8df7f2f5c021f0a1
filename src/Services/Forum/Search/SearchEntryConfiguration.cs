using Agrovet.Forum.Comments;
using Agrovet.Forum.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Forum.Search;

/// <summary>
/// Tables <c>post_search</c> and <c>comment_search</c>: one row per post or comment, removed with it, a GIN index on the
/// vector. The triggers that fill them (<c>forum_post_search</c>, <c>forum_comment_search</c>) are created by the
/// migration <c>SearchVectorsInTablesOfTheirOwn</c>; the application never writes these tables.
/// </summary>
public sealed class SearchEntryConfiguration : IEntityTypeConfiguration<PostSearchEntry>, IEntityTypeConfiguration<CommentSearchEntry>
{
    public void Configure(EntityTypeBuilder<PostSearchEntry> builder)
    {
        builder.ToTable("post_search");
        builder.HasKey(s => s.PostId);
        builder.Property(s => s.PostId).ValueGeneratedNever();
        builder.Property(s => s.Vector).HasColumnType("tsvector");
        builder.HasOne<Post>().WithOne().HasForeignKey<PostSearchEntry>(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Vector, "ix_post_search_vector").HasDatabaseName("ix_post_search_vector").HasMethod("gin");
    }

    public void Configure(EntityTypeBuilder<CommentSearchEntry> builder)
    {
        builder.ToTable("comment_search");
        builder.HasKey(s => s.CommentId);
        builder.Property(s => s.CommentId).ValueGeneratedNever();
        builder.Property(s => s.Vector).HasColumnType("tsvector");
        builder.HasOne<Comment>().WithOne().HasForeignKey<CommentSearchEntry>(s => s.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Vector, "ix_comment_search_vector").HasDatabaseName("ix_comment_search_vector").HasMethod("gin");
    }
}
