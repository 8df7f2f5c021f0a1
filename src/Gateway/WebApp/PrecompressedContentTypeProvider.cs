using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.StaticFiles;

namespace Agrovet.Gateway.WebApp;

/// <summary>A precompressed copy (<c>app.js.br</c>) has the media type of the file it stands for (<c>app.js</c>).</summary>
public sealed class PrecompressedContentTypeProvider : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider _inner = new();

    public bool TryGetContentType(string subpath, [MaybeNullWhen(false)] out string contentType) =>
        _inner.TryGetContentType(PrecompressedFiles.Original(subpath), out contentType);
}
