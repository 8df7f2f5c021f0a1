namespace Agrovet.ServiceDefaults.Auth;

public static class Roles
{
    public const string Consumer = "consumer";
    public const string Specialist = "specialist";
    public const string Businessman = "businessman";
    public const string Admin = "admin";

    /// <summary>The roles a person may choose when registering (admin is granted, never chosen).</summary>
    public static readonly IReadOnlyList<string> SelfService = [Consumer, Specialist, Businessman];

    public static readonly IReadOnlyList<string> All = [Consumer, Specialist, Businessman, Admin];

    public static bool IsKnown(string? role) => role is Consumer or Specialist or Businessman or Admin;
}
