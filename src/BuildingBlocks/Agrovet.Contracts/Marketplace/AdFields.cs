namespace Agrovet.Contracts.Marketplace;

/// <summary>Names used in <see cref="AdUpdated.Changed"/> (the ad's snake_case field names).</summary>
public static class AdFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Price = "price";
    public const string Currency = "currency";
    public const string Stock = "stock";
    public const string Category = "category";
    public const string Region = "region";
    public const string MediaIds = "media_ids";
    public const string Status = "status";
    public const string Seller = "seller";
}
