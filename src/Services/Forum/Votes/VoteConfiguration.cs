using Agrovet.Forum.Comments;
using Agrovet.Forum.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agrovet.Forum.Votes;

public sealed class VoteConfiguration : IEntityTypeConfiguration<PostVote>, IEntityTypeConfiguration<CommentVote>
{
    public void Configure(EntityTypeBuilder<PostVote> builder)
    {
        builder.ToTable("post_votes", t => t.HasCheckConstraint("ck_post_votes_value", "value BETWEEN -1 AND 1"));
        builder.HasKey(v => new { v.PostId, v.UserId });
        builder.HasOne<Post>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CommentVote> builder)
    {
        builder.ToTable("comment_votes", t => t.HasCheckConstraint("ck_comment_votes_value", "value BETWEEN -1 AND 1"));
        builder.HasKey(v => new { v.CommentId, v.UserId });
        builder.HasOne<Comment>().WithMany().HasForeignKey(v => v.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}
