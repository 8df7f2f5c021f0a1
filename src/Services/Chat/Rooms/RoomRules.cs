using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Chat.Rooms;

/// <summary>What a room's fields may hold.</summary>
public static class RoomRules
{
    public const int MaxNameLength = 80;
    public const int MaxGroupMembers = 100;

    public static string? Kind(string? kind, ValidationErrors errors)
    {
        if (!errors.Required("kind", kind))
        {
            return null;
        }

        if (!RoomKind.All.Contains(kind))
        {
            errors.Add("kind", Texts.FormatKindChoices(string.Join(", ", RoomKind.All)));
            return null;
        }

        return kind;
    }

    public static string? Name(string? name, ValidationErrors errors)
    {
        if (!errors.Required("name", name))
        {
            return null;
        }

        var trimmed = name.Trim();
        errors.MaxLength("name", trimmed, MaxNameLength);
        return errors.NoBidiControls("name", trimmed) ? trimmed : null;
    }
}
