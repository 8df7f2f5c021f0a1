using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Agrovet.Security.Tests.Platform;
using Agrovet.Testing;
using Bogus;

namespace Agrovet.Security.Tests.Authorization;

/// <summary>
/// The things access.json names as <c>resource</c>, each created through the API for one caller's attempt, so one
/// caller's allowed change (a deletion, a withdrawal) never decides what the next caller sees.
/// </summary>
public static class ResourceKinds
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RelationsOf = new Dictionary<string, IReadOnlyList<string>>
    {
        ["ad"] = [],
        ["order"] = ["seller"],
        ["address"] = [],
        ["media"] = [],
        ["user"] = [],
        ["specialist_profile"] = [],
        ["businessman_profile"] = [],
        ["consumer_profile"] = [],
        ["room"] = ["member"],
        ["message"] = ["member"],
        ["community"] = ["moderator"],
        ["post"] = ["moderator"],
        ["comment"] = ["moderator"],
        ["report"] = ["moderator"],
    };

    private static readonly Faker Fake = new("es");

    public static async Task<Resource> CreateAsync(string kind, Accounts accounts) => kind switch
    {
        "ad" => await AdAsync(accounts),
        "order" => await OrderAsync(accounts),
        "address" => await AddressAsync(accounts),
        "media" => await MediaAsync(accounts),
        "user" => await UserAsync(accounts),
        "specialist_profile" => await ProfileAsync(accounts, "specialist", "specialists", new JsonObject { ["specialty"] = "Bovinos" }),
        "businessman_profile" => await ProfileAsync(accounts, "businessman", "businessmen", new JsonObject { ["company"] = Fake.Company.CompanyName() }),
        "consumer_profile" => await ProfileAsync(accounts, "consumer", "consumers", []),
        "room" => await RoomAsync(accounts),
        "message" => await MessageAsync(accounts),
        "community" => await CommunityAsync(accounts),
        "post" => await PostAsync(accounts),
        "comment" => await CommentAsync(accounts),
        "report" => await ReportAsync(accounts),
        _ => throw new InvalidOperationException($"access.json names the resource '{kind}', which Authorization/ResourceKinds.cs does not create. Add it there."),
    };

    private static Resource Of(SignedInUser owner, SignedInUser nonOwner, params (string Name, JsonNode Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value), owner, nonOwner, new Dictionary<string, SignedInUser>());

    private static async Task<long> NewAdAsync(SignedInUser seller)
    {
        var ad = await Api.PostAsync(seller.Client, "/api/adds/", new Dictionary<string, object>
        {
            ["title"] = $"{Fake.Commerce.ProductName()} de campo",
            ["description"] = Fake.Lorem.Sentence(8),
            ["price"] = "1250.50",
            ["currency"] = "USD",
            ["stock"] = 5,
            ["category"] = "livestock/cattle",
            ["region"] = "CO-COR",
            ["media_ids"] = Array.Empty<Guid>(),
        });
        return ad.GetProperty("id").GetInt64();
    }

    private static async Task<Resource> AdAsync(Accounts accounts)
    {
        var seller = accounts.OwnerOfRole("businessman");
        return Of(seller, accounts.NonOwnerOfRole("businessman"), ("id", await NewAdAsync(seller)));
    }

    private static async Task<Resource> OrderAsync(Accounts accounts)
    {
        var seller = accounts.OwnerOfRole("businessman");
        var buyer = accounts.OwnerOfRole("consumer");
        var ad = await NewAdAsync(seller);
        var order = await Api.SucceedAsync(buyer.Client, HttpMethod.Post, $"/api/adds/{ad}/purchase/", new { quantity = 1 }, ("Idempotency-Key", Guid.NewGuid().ToString()));
        return Of(buyer, accounts.NonOwnerOfRole("consumer"), ("id", order.GetProperty("id").GetInt64())) with
        {
            Relations = new Dictionary<string, SignedInUser> { ["seller"] = seller },
        };
    }

    private static async Task<Resource> AddressAsync(Accounts accounts)
    {
        // A new owner each time: an account keeps at most 20 addresses.
        var owner = await accounts.SignUpAsync("consumer");
        var address = await Api.PostAsync(owner.Client, "/api/orders/addresses/", new Dictionary<string, object>
        {
            ["recipient_name"] = Fake.Name.FullName(),
            ["phone"] = "+57 300 555 0101",
            ["line1"] = Fake.Address.StreetAddress(),
            ["city"] = "Medellín",
            ["region"] = "CO-ANT",
            ["country"] = "CO",
        });
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("id", address.GetProperty("id").GetInt64()));
    }

    private static async Task<Resource> MediaAsync(Accounts accounts)
    {
        var owner = accounts.OwnerOfRole("consumer");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("post_image"), "purpose" },
            { new StringContent("false"), "is_public" },
            { new ByteArrayContent(SampleFiles.Png(16, 16)) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "ternero.png" },
        };
        var media = await Api.PostAsync(owner.Client, "/api/media/", form);
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("id", media.GetProperty("id").GetString()!));
    }

    private static async Task<Resource> UserAsync(Accounts accounts)
    {
        var user = await accounts.SignUpAsync("consumer");
        return Of(user, accounts.NonOwnerOfRole("consumer"), ("id", user.Id));
    }

    private static async Task<Resource> ProfileAsync(Accounts accounts, string role, string plural, JsonObject fields)
    {
        var owner = await accounts.SignUpAsync(role);
        fields["display_name"] = Fake.Name.FullName();
        fields["bio"] = Fake.Lorem.Sentence(6);
        var profile = await Api.PostAsync(owner.Client, $"/api/profiles/{plural}/", fields);
        return Of(owner, accounts.NonOwnerOfRole(role), ("id", profile.GetProperty("id").GetInt64()));
    }

    private static async Task<(SignedInUser Owner, long Room)> NewRoomAsync(Accounts accounts)
    {
        var owner = accounts.OwnerOfRole("consumer");
        var room = await Api.PostAsync(owner.Client, "/api/chat/rooms/", new { kind = "group", name = Fake.Address.City(), member_ids = new[] { accounts.Member.Id } });
        return (owner, room.GetProperty("id").GetInt64());
    }

    private static async Task<Resource> RoomAsync(Accounts accounts)
    {
        var (owner, room) = await NewRoomAsync(accounts);
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("id", room), ("roomId", room), ("member.id", accounts.Member.Id)) with
        {
            Relations = new Dictionary<string, SignedInUser> { ["member"] = accounts.Member },
        };
    }

    private static async Task<Resource> MessageAsync(Accounts accounts)
    {
        var (owner, room) = await NewRoomAsync(accounts);
        var message = await Api.PostAsync(owner.Client, $"/api/chat/rooms/{room}/messages/", new { body = Fake.Lorem.Sentence(5) });
        var id = message.GetProperty("id").GetInt64();
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("roomId", room), ("messageId", id)) with
        {
            Relations = new Dictionary<string, SignedInUser> { ["member"] = accounts.Member },
        };
    }

    private static async Task<string> NewCommunityAsync(SignedInUser creator)
    {
        var community = await Api.PostAsync(creator.Client, "/api/foro/communities/", new { name = $"Campo {Guid.NewGuid():N}"[..30], description = Fake.Lorem.Sentence(6) });
        return community.GetProperty("slug").GetString()!;
    }

    private static async Task<long> NewPostAsync(SignedInUser author, string slug)
    {
        await Api.PostAsync(author.Client, $"/api/foro/communities/{slug}/join/");
        var post = await Api.PostAsync(author.Client, "/api/foro/posts/", new { community = slug, title = Fake.Lorem.Sentence(4), body = Fake.Lorem.Paragraph() });
        return post.GetProperty("id").GetInt64();
    }

    private static Dictionary<string, SignedInUser> Moderated(Accounts accounts) => new() { ["moderator"] = accounts.Moderator };

    private static async Task<Resource> CommunityAsync(Accounts accounts)
    {
        var owner = accounts.OwnerOfRole("consumer");
        var slug = await NewCommunityAsync(owner);
        await Api.PostAsync(owner.Client, $"/api/foro/communities/{slug}/moderators/", new { user_id = accounts.Moderator.Id });
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("slug", slug), ("moderator.id", accounts.Moderator.Id)) with { Relations = Moderated(accounts) };
    }

    private static async Task<Resource> PostAsync(Accounts accounts)
    {
        var slug = await NewCommunityAsync(accounts.Moderator);
        var owner = accounts.OwnerOfRole("consumer");
        var post = await NewPostAsync(owner, slug);
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("id", post), ("slug", slug)) with { Relations = Moderated(accounts) };
    }

    private static async Task<Resource> CommentAsync(Accounts accounts)
    {
        var slug = await NewCommunityAsync(accounts.Moderator);
        var post = await NewPostAsync(accounts.Member, slug);
        var owner = accounts.OwnerOfRole("consumer");
        var comment = await Api.PostAsync(owner.Client, $"/api/foro/posts/{post}/comments/", new { body = Fake.Lorem.Sentence(7) });
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("id", comment.GetProperty("id").GetInt64()), ("postId", post), ("slug", slug)) with
        {
            Relations = Moderated(accounts),
        };
    }

    private static async Task<Resource> ReportAsync(Accounts accounts)
    {
        var slug = await NewCommunityAsync(accounts.Moderator);
        var post = await NewPostAsync(accounts.Member, slug);
        var owner = accounts.OwnerOfRole("consumer");
        var report = await Api.PostAsync(owner.Client, $"/api/foro/posts/{post}/report/", new { reason = "Publicidad encubierta" });
        return Of(owner, accounts.NonOwnerOfRole("consumer"), ("id", report.GetProperty("id").GetInt64()), ("slug", slug)) with { Relations = Moderated(accounts) };
    }

    /// <summary>A value as a path segment: a JSON string without its quotes, a number as written.</summary>
    public static string Text(JsonNode value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
