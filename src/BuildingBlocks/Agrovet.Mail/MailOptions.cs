namespace Agrovet.Mail;

/// <summary>How mail leaves the service, bound from the <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailTransport Transport { get; set; } = MailTransport.File;

    /// <summary>The sender every message shows, as <c>Name &lt;address&gt;</c> or a bare address.</summary>
    public string From { get; set; } = "Agrovet <no-reply@agrovet.local>";

    /// <summary>
    /// Where the file sender writes (<c>./agrovet up</c> sets <c>.agrovet/mail/</c>); when empty, <c>agrovet-mail</c> in the
    /// system's temporary folder.
    /// </summary>
    public string Directory { get; set; } = string.Empty;

    public SmtpOptions Smtp { get; set; } = new();

    public string MailDirectory => Directory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(Path.GetTempPath(), "agrovet-mail");
}
