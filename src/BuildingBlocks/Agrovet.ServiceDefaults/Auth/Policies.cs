namespace Agrovet.ServiceDefaults.Auth;

/// <summary>Authorization policy names registered by <c>AddServiceDefaults</c>.</summary>
public static class Policies
{
    public const string Admin = "admin";
}
