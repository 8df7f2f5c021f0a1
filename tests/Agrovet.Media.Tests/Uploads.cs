using System.Net.Http.Headers;

namespace Agrovet.Media.Tests;

/// <summary>Builds upload requests as a browser's form would send them.</summary>
public static class Uploads
{
    public const string Path = "/api/media/";

    public static MultipartFormDataContent Form(byte[] file, string fileName, string? purpose = null, bool? isPublic = null, string claimedType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), "purpose");
        }

        if (isPublic is not null)
        {
            form.Add(new StringContent(isPublic.Value ? "true" : "false"), "is_public");
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(claimedType);
        if (fileName.Contains('"', StringComparison.Ordinal))
        {
            // A quote cannot be sent in a quoted filename; RFC 5987's filename* carries any name.
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = fileName };
            form.Add(content);
        }
        else
        {
            form.Add(content, "file", fileName);
        }
        return form;
    }

    /// <summary>Uploads and expects 201; returns the metadata.</summary>
    public static async Task<JsonElement> UploadAsync(this HttpClient client, byte[] file, string fileName, string? purpose = null, bool? isPublic = null)
    {
        using var form = Form(file, fileName, purpose, isPublic);
        using var response = await client.PostAsync(Path, form, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static Guid Id(this JsonElement media) => media.GetProperty("id").GetGuid();
}
