using MimeKit;

namespace Agrovet.Mail;

/// <summary>Turns an <see cref="OutgoingMail"/> into the MIME message both senders hand on.</summary>
public static class MimeMessages
{
    public static MimeMessage Create(OutgoingMail mail, MailOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = now,
            MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(From(options).Domain),
        };
        message.From.Add(From(options));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        if (mail.Language is { Length: > 0 } language)
        {
            // A Content-* header belongs to the body entity, not to the message's own headers.
            message.Body.Headers.Add(HeaderId.ContentLanguage, language);
        }

        return message;
    }

    private static MailboxAddress From(MailOptions options) => MailboxAddress.Parse(options.From);
}
