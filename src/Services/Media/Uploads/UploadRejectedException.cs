namespace Agrovet.Media.Uploads;

/// <summary>
/// An upload refused for what was sent, from deep inside the reading of it: a field error or a file over its limit.
/// <see cref="MediaUploads"/> turns it into an <see cref="UploadOutcome"/>.
/// </summary>
public sealed class UploadRejectedException : Exception
{
    public UploadRejectedException()
        : this("body", Messages.UploadRefused)
    {
    }

    public UploadRejectedException(string message)
        : this("body", message)
    {
    }

    public UploadRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "body";
    }

    public UploadRejectedException(string field, string message, bool tooLarge = false)
        : base(message)
    {
        Field = field;
        TooLarge = tooLarge;
    }

    public string Field { get; }

    public bool TooLarge { get; }
}
