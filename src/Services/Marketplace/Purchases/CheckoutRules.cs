using Agrovet.Marketplace.Addresses;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Orders;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Purchases;

/// <summary>Checks a purchase's checkout choices and copies the chosen address (it must be the buyer's own).</summary>
public static class CheckoutRules
{
    public static async Task<Checkout?> ReadAsync(
        PurchaseRequest request, long buyerId, MarketplaceDbContext db, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var delivery = string.IsNullOrWhiteSpace(request.DeliveryMethod) ? DeliveryMethod.Pickup : request.DeliveryMethod.Trim();
        if (!DeliveryMethod.IsKnown(delivery))
        {
            errors.Add("delivery_method", Messages.FormatUseOneOf(string.Join(", ", DeliveryMethod.All)));
        }

        var payment = string.IsNullOrWhiteSpace(request.PaymentMethod) ? PaymentMethod.Agreed : request.PaymentMethod.Trim();
        if (!PaymentMethod.IsKnown(payment))
        {
            errors.Add("payment_method", Messages.FormatUseOneOf(string.Join(", ", PaymentMethod.All)));
        }

        var phone = AddressRules.Phone("contact_phone", request.ContactPhone, required: false, errors);
        AddressFields? address = null;
        if (delivery == DeliveryMethod.Delivery)
        {
            if (request.AddressId is not { } addressId)
            {
                errors.Add("address_id", Messages.AddressForDelivery);
            }
            else
            {
                address = await db.Addresses.AsNoTracking()
                    .Where(a => a.Id == addressId && a.UserId == buyerId)
                    .Select(a => a.Fields)
                    .FirstOrDefaultAsync(cancellationToken);
                if (address is null)
                {
                    errors.Add("address_id", Messages.FormatNoSuchAddress(addressId));
                }
            }
        }
        else if (request.AddressId is not null)
        {
            errors.Add("address_id", Messages.AddressOnlyForDelivery);
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new Checkout(
            delivery,
            address is null ? null : request.AddressId,
            address,
            payment,
            phone.Length == 0 && address is not null ? address.Phone : phone);
    }
}
