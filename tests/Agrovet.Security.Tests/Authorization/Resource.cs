using System.Text.Json.Nodes;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Authorization;

/// <summary>
/// Something created for one caller's attempt: its values (path parameters and body placeholders by name), its
/// owner, the same-role account that does not own it, and the accounts related to it (moderator, member, seller).
/// </summary>
public sealed record Resource(
    IReadOnlyDictionary<string, JsonNode> Values,
    SignedInUser Owner,
    SignedInUser NonOwner,
    IReadOnlyDictionary<string, SignedInUser> Relations);
