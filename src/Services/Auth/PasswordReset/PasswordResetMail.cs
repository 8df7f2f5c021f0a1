using System.Globalization;
using Agrovet.Auth.Users;
using Agrovet.Mail;

namespace Agrovet.Auth.PasswordReset;

/// <summary>The message that carries a reset link, in the language the request asked in.</summary>
public static class PasswordResetMail
{
    /// <summary>The web app's page that reads the token; it travels after '#', so no server or proxy log ever sees it.</summary>
    public const string PagePath = "reset-password";

    public static OutgoingMail Compose(User user, string token, AuthOptions options)
    {
        var link = LinkTo(options.WebAppUrl, token);
        var minutes = (int)Math.Round(options.PasswordResetLinkLifetime.TotalMinutes);
        return new OutgoingMail(
            user.Email,
            Messages.PasswordResetSubject,
            Messages.FormatPasswordResetBody(user.Username, link, minutes),
            Language: CultureInfo.CurrentUICulture.Name.Split('-')[0]);
    }

    public static string LinkTo(Uri webAppUrl, string token)
    {
        var root = webAppUrl.AbsoluteUri.EndsWith('/') ? webAppUrl : new Uri(webAppUrl.AbsoluteUri + "/");
        return new Uri(root, PagePath).AbsoluteUri + "#token=" + token;
    }
}
