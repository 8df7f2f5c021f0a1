using System.Text.Json.Serialization;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Common;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Markdown;
using Agrovet.Forum.Moderation;
using Agrovet.Forum.Posts;
using Agrovet.Forum.Search;
using Agrovet.Forum.Users;
using Agrovet.Forum.Votes;
using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Forum;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CreateCommunityRequest))]
[JsonSerializable(typeof(UpdateCommunityRequest))]
[JsonSerializable(typeof(AddModeratorRequest))]
[JsonSerializable(typeof(CommunityResponse))]
[JsonSerializable(typeof(PagedResponse<CommunityResponse>))]
[JsonSerializable(typeof(MembershipResponse))]
[JsonSerializable(typeof(List<AuthorRef>))]
[JsonSerializable(typeof(CreatePostRequest))]
[JsonSerializable(typeof(UpdatePostRequest))]
[JsonSerializable(typeof(PostResponse))]
[JsonSerializable(typeof(PagedResponse<PostResponse>))]
[JsonSerializable(typeof(MarkdownPreviewRequest))]
[JsonSerializable(typeof(MarkdownPreviewResponse))]
[JsonSerializable(typeof(CreateCommentRequest))]
[JsonSerializable(typeof(UpdateCommentRequest))]
[JsonSerializable(typeof(CommentResponse))]
[JsonSerializable(typeof(ThreadResponse))]
[JsonSerializable(typeof(VoteRequest))]
[JsonSerializable(typeof(VoteResponse))]
[JsonSerializable(typeof(ReportRequest))]
[JsonSerializable(typeof(ResolveReportRequest))]
[JsonSerializable(typeof(ReportResponse))]
[JsonSerializable(typeof(PagedResponse<ReportResponse>))]
[JsonSerializable(typeof(ModerationResponse))]
[JsonSerializable(typeof(SearchHit))]
[JsonSerializable(typeof(PagedResponse<SearchHit>))]
[JsonSerializable(typeof(KarmaResponse))]
public sealed partial class ForumJsonContext : JsonSerializerContext;
