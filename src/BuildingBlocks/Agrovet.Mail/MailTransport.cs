namespace Agrovet.Mail;

public enum MailTransport
{
    /// <summary>Each message becomes an .eml file in <see cref="MailOptions.Directory"/>, and a line in the log.</summary>
    File,

    /// <summary>Each message goes to the SMTP server in <see cref="MailOptions.Smtp"/>.</summary>
    Smtp,
}
