using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Data;
using Agrovet.Forum.Feeds;
using Agrovet.Forum.Markdown;
using Agrovet.Forum.Media;
using Agrovet.Forum.Moderation;
using Agrovet.Forum.Posts;
using Agrovet.Forum.Search;
using Agrovet.Forum.Users;
using Agrovet.Forum.Votes;
using Agrovet.LocalCopies;
using Agrovet.ServiceDefaults.Json;

namespace Agrovet.Forum;

public static class ForumServiceExtensions
{
    public const string RoutePrefix = "/api/foro";

    public static WebApplicationBuilder AddForumService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ForumDbContext>();
        builder.AddEventBus<ForumDbContext>();
        builder.AddLocalCopies<ForumDbContext>(copies => copies.Users().Media<DeletedPostImages>());

        var services = builder.Services;
        services.AddJsonContext(ForumJsonContext.Default);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PostChanges>();
        services.AddScoped<CommentChanges>();
        services.AddScoped<Votes.Votes>();
        return builder;
    }

    public static WebApplication MapForum(this WebApplication app)
    {
        var forum = app.MapGroup(RoutePrefix);
        forum.MapCommunities();
        forum.MapMemberships();
        forum.MapModerators();
        forum.MapFeeds();
        forum.MapPosts();
        forum.MapPreview();
        forum.MapComments();
        forum.MapVotes();
        forum.MapModeration();
        forum.MapReports();
        forum.MapSearch();
        forum.MapUsers();
        return app;
    }
}
