using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace Agrovet.Mail;

public static class MailServiceExtensions
{
    /// <summary>Registers the <see cref="IMailSender"/> that <c>Mail:Transport</c> names (File unless configured), checked at start.</summary>
    public static IHostApplicationBuilder AddMailSender(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Mail:From must be an address, optionally with a name: 'Agrovet <no-reply@example.org>'.")
            .Validate(o => o.Transport != MailTransport.Smtp || o.Smtp.Host.Length > 0, "Mail:Smtp:Host must be set when Mail:Transport is Smtp.")
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "Mail:Smtp:Port must be a port number (1-65535).")
            .Validate(o => o.Smtp.Timeout > TimeSpan.Zero, "Mail:Smtp:Timeout must be positive.")
            .ValidateOnStart();
        var transport = builder.Configuration.GetSection(MailOptions.Section).GetValue(nameof(MailOptions.Transport), MailTransport.File);
        if (transport == MailTransport.Smtp)
        {
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IMailSender, FileMailSender>();
        }

        return builder;
    }
}
