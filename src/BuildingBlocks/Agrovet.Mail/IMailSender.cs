namespace Agrovet.Mail;

/// <summary>Sends e-mail. Which sender runs is configuration (<c>Mail:Transport</c>): a folder of .eml files, or SMTP.</summary>
public interface IMailSender
{
    /// <exception cref="MailNotSentException">The message could not be handed over; the reason is inside.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
