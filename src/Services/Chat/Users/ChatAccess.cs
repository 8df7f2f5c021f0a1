using Agrovet.Chat.Data;
using Agrovet.Chat.Realtime;
using Agrovet.LocalCopies.Users;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Users;

/// <summary>
/// A deactivated or deleted account's rooms close to it at once: the membership checks read the copy (in this
/// transaction), and its open sockets on every instance are closed (4003) now rather than at the next token check. A
/// kick sent before the copy commits is harmless: reconnecting is refused as soon as it has. A new username is written
/// into the messages that show it.
/// </summary>
public sealed class ChatAccess(ChatDbContext db, RoomHub hub) : IUserCopyReaction
{
    public async Task OnChangedAsync(UserCopyChange change, CancellationToken cancellationToken)
    {
        var user = change.User;
        if (change.VisibilityChanged && !user.IsVisible)
        {
            await hub.KickAsync(user.Id, null, CloseCodes.NoLongerMember, nameof(Texts.AccountInactive));
        }

        if (change.UsernameChanged && !user.IsDeleted)
        {
            await db.Messages.Where(m => m.AuthorId == user.Id && m.AuthorUsername != user.Username)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.AuthorUsername, user.Username), cancellationToken);
        }
    }
}
