using System.Security.Claims;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Orders;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Agrovet.Marketplace.Purchases;

public static class PurchaseEndpoints
{
    public static RouteGroupBuilder MapPurchases(this RouteGroupBuilder adds)
    {
        adds.MapPost("{id:long}/purchase/", PurchaseAsync)
            .RequireAuthorization()
            .WithTags("Orders")
            .WithName("PurchaseAd")
            .WithSummary("Buy units of an ad with a delivery and payment method; send an Idempotency-Key header (a retry with the same key returns the same order)")
            .WithDescription(
                "Signed-in users, except the ad's seller (403). Places an order at the ad's current price and takes the units "
                + "from its stock in one transaction, so the last unit is sold once; raises add.sold (and add.updated when the "
                + "ad sells out). A withdrawn ad, an inactive seller or too few units answer 409. An Idempotency-Key reused for "
                + "a different purchase answers 422. The checkout is recorded on the order: pick-up at the seller's (default) or "
                + "delivery to one of the buyer's addresses (copied onto the order), and how the buyer will pay (agreed with the "
                + "seller by default; no payment is taken).")
            .WithParameterDescription("Idempotency-Key", "Any unique text per purchase (a UUID): a retry with the same key answers the order already placed instead of buying twice.", required: true)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return adds;
    }

    private static async Task<Results<Created<OrderResponse>, ValidationProblem, ProblemHttpResult>> PurchaseAsync(
        long id,
        PurchaseRequest request,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        ClaimsPrincipal user,
        Purchases purchases,
        MarketplaceDbContext db,
        IOptions<MarketplaceOptions> options,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var key = IdempotencyKey.Validate(idempotencyKey, errors);
        var max = options.Value.MaxOrderQuantity;
        if (errors.Required("quantity", request.Quantity) && (request.Quantity < 1 || request.Quantity > max))
        {
            errors.Add("quantity", Messages.FormatQuantityRange(AgrovetCultures.Number(max)));
        }

        var checkout = await CheckoutRules.ReadAsync(request, user.Id(), db, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var outcome = await purchases.PurchaseAsync(id, (int)request.Quantity!.Value, user.Id(), user.Username(), key!, checkout!, cancellationToken);
        switch (outcome)
        {
            case PurchaseOutcome.Placed placed:
                return TypedResults.Created($"/api/orders/{placed.Order.Id}/", OrderResponse.From(placed.Order));
            case PurchaseOutcome.Replayed replayed:
                response.Headers[IdempotencyKey.ReplayedHeader] = "true";
                return TypedResults.Created($"/api/orders/{replayed.Order.Id}/", OrderResponse.From(replayed.Order));
            case PurchaseOutcome.KeyReused reused:
                return TypedResults.Problem(
                    Messages.FormatIdempotencyKeyReused(IdempotencyKey.Header, reused.Order.Id, reused.Order.AdId, reused.Order.Quantity),
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: Messages.TitleIdempotencyKeyReused);
            case PurchaseOutcome.OwnAd:
                return Problem.Forbidden(Messages.CannotBuyOwnAd);
            case PurchaseOutcome.Withdrawn:
                return Problem.Conflict(Messages.FormatAdWithdrawn(id));
            case PurchaseOutcome.SellerInactive:
                return Problem.Conflict(Messages.FormatSellerInactive(id));
            case PurchaseOutcome.NotEnoughStock shortage:
                var problem = Problem.Conflict(shortage.Available == 0
                    ? Messages.FormatAdSoldOut(id)
                    : Messages.FormatNotEnoughStock(shortage.Available, id, request.Quantity));
                problem.ProblemDetails.Extensions["available"] = shortage.Available;
                return problem;
            default:
                return AdEndpoints.NoSuchAd(id);
        }
    }
}
