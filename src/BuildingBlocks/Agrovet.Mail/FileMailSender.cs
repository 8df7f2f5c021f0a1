using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agrovet.Mail;

/// <summary>
/// The local sender: each message becomes one .eml file (any mail program opens it; it is also plain text) in the mail
/// directory, named by the time it was sent so that a listing reads oldest first, and a line in the log says where.
/// </summary>
public sealed class FileMailSender(IOptions<MailOptions> options, TimeProvider time, ILogger<FileMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var message = MimeMessages.Create(mail, settings, now);
        var directory = settings.MailDirectory;
        var name = $"{now.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}.eml";
        var path = Path.Combine(directory, name);
        var partial = path + ".partial";
        try
        {
            Directory.CreateDirectory(directory);
            // Written aside, then renamed: whoever watches the folder never reads half a message.
            await using (var file = File.Create(partial))
            {
                await message.WriteToAsync(file, cancellationToken);
            }

            File.Move(partial, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MailNotSentException($"Could not write the message to {directory}: {e.Message}", e);
        }

        logger.LogInformation("Mail \"{Subject}\" to {To} written to {Path}", mail.Subject, mail.To, path);
    }
}
