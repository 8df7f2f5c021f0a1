using Agrovet.Forum.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Forum.Comments;

public sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityByDefaultColumn();
        builder.Property(c => c.Body).HasMaxLength(CommentRules.BodyMaxLength);
        builder.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);

        // The whole thread of a post in one range scan; a branch's replies by parent.
        builder.HasIndex(c => new { c.PostId, c.Id }, "ix_comments_post").HasDatabaseName("ix_comments_post");
        builder.HasIndex(c => c.ParentId, "ix_comments_parent").HasDatabaseName("ix_comments_parent");
        builder.HasIndex(c => c.AuthorId, "ix_comments_author").HasDatabaseName("ix_comments_author").IncludeProperties(c => c.Score);
    }
}
