using Agrovet.ServiceDefaults.Text;

namespace Agrovet.Media.Uploads;

/// <summary>
/// Checks the name an upload gives its file. The name is only ever shown and offered back in downloads, never used in
/// a path; still, a name that tries to be a path (<c>../</c>, slashes), carries control characters or text-direction
/// controls (which disguise an extension) is refused outright, since no browser sends one.
/// </summary>
public static class FileNames
{
    public static string Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new UploadRejectedException("file", "The file part needs a file name (Content-Disposition: form-data; name=\"file\"; filename=\"...\").");
        }

        var trimmed = name.Trim();
        if (trimmed.Contains('/', StringComparison.Ordinal) || trimmed.Contains('\\', StringComparison.Ordinal) || trimmed is "." or "..")
        {
            throw new UploadRejectedException("file", Messages.FileNameIsPath);
        }

        if (trimmed.Any(char.IsControl))
        {
            throw new UploadRejectedException("file", Messages.FileNameControl);
        }

        if (BidiControls.Problem(trimmed) is { } bidi)
        {
            throw new UploadRejectedException("file", bidi);
        }

        if (trimmed.Length > Files.MediaFile.MaxOriginalNameLength)
        {
            throw new UploadRejectedException("file", Messages.FormatFileNameTooLong(Files.MediaFile.MaxOriginalNameLength));
        }

        return trimmed;
    }
}
