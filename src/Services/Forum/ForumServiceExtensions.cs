using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Common;
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
using Microsoft.AspNetCore.Http.Json;

namespace Agrovet.Forum;

public static class ForumServiceExtensions
{
    public const string RoutePrefix = "/api/foro";

    /// <summary>The JSON depth of the deepest thread: the envelope, then a replies array and a comment per level.</summary>
    public const int ThreadJsonDepth = (CommentEndpoints.MaxDepth * 2) + 8;

    public static WebApplicationBuilder AddForumService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ForumDbContext>();
        builder.AddEventBus<ForumDbContext>();
        builder.AddLocalCopies<ForumDbContext>(copies => copies.Users().Media<DeletedPostImages>());

        var services = builder.Services;
        services.AddJsonContext(ForumJsonContext.Default);
        // A thread as a tree nests two JSON levels per level of replies (the replies array, the comment): the default
        // limit of 64 cut threads deeper than about 30 levels mid-answer. Room for the deepest ?depth= allowed.
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = ThreadJsonDepth);
        services.AddSingleton<MarkdownRenderer>();
        services.AddOptions<ForumOptions>().BindConfiguration(ForumOptions.Section);
        services.AddSingleton<AnonymousReads>();
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
