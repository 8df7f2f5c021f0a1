using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.Media.Files;

/// <summary>Who asks for a file: a signed-in user (<see cref="UserId"/>), perhaps an administrator, or nobody.</summary>
public readonly record struct MediaCaller(long? UserId, bool IsAdmin)
{
    public static MediaCaller Of(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? new MediaCaller(user.Id(), user.IsAdmin()) : new MediaCaller(null, false);
}
