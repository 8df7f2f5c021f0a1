using Agrovet.EventBus;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Moderation;
using Agrovet.Forum.Posts;
using Agrovet.Forum.Search;
using Agrovet.Forum.Votes;
using Agrovet.LocalCopies;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Data;

public sealed class ForumDbContext(DbContextOptions<ForumDbContext> options) : DbContext(options)
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<CommunityMember> Members => Set<CommunityMember>();

    public DbSet<CommunityModerator> Moderators => Set<CommunityModerator>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<PostVote> PostVotes => Set<PostVote>();

    public DbSet<CommentVote> CommentVotes => Set<CommentVote>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<PostSearchEntry> PostSearch => Set<PostSearchEntry>();

    public DbSet<CommentSearchEntry> CommentSearch => Set<CommentSearchEntry>();

    public DbSet<UserCopy> Users => Set<UserCopy>();

    public DbSet<MediaCopy> Media => Set<MediaCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ForumDbContext).Assembly);
        modelBuilder.AddUserCopies();
        modelBuilder.AddMediaCopies();
        modelBuilder.AddEventBusTables();
    }
}
