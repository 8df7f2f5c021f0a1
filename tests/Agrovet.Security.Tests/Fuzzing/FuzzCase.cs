using Agrovet.Security.Tests.Platform;

namespace Agrovet.Security.Tests.Fuzzing;

/// <summary>One hostile request: what was changed from an accepted request of the operation, and the request itself.</summary>
public sealed record FuzzCase(string What, PreparedRequest Request)
{
    public override string ToString() => $"{Request.Operation.OperationId} {Request.Operation.Method} {Shorten(Request.Target)} with {What}";

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
