namespace Agrovet.Chat.Ads;

public sealed class MarketplaceUnavailableException : Exception
{
    public MarketplaceUnavailableException()
    {
    }

    public MarketplaceUnavailableException(string message)
        : base(message)
    {
    }

    public MarketplaceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
