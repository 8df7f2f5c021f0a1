using System.Security.Claims;
using Agrovet.Data.Pagination;
using Agrovet.EventBus.Audit;
using Agrovet.Marketplace.Admin;
using Agrovet.Marketplace.Data;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Marketplace.Orders;

public static class OrderEndpoints
{
    public const string RoutePrefix = "/api/orders";

    public static WebApplication MapOrders(this WebApplication app)
    {
        var orders = app.MapGroup(RoutePrefix).RequireAuthorization().WithTags("Orders");
        orders.MapGet("/", ListAsync)
            .WithName("ListOrders")
            .WithSummary("My orders as buyer and seller (?role=buyer|seller, ?status=); admins see every order (?format=csv)")
            .WithDescription(
                "Signed-in users see the orders they bought or sold; administrators see every order and may export them as CSV "
                + "(others asking for CSV get 403). Changes nothing.")
            .WithParameterDescription("role", "buyer: the orders I placed; seller: the orders of my ads; absent: both.")
            .WithParameterDescription("status", "Only orders in this status: placed, shipped, completed or cancelled.")
            .WithParameterDescription("ad", "Only orders of the ad with this id.")
            .WithParameterDescription("buyer", "Only orders placed by this user id.")
            .WithParameterDescription("seller", "Only orders of ads sold by this user id.")
            .WithParameterDescription("ordering", "-created_at (default, newest first) or created_at.")
            .WithParameterDescription("format", "csv for every matching order as a CSV file (administrators); absent for JSON pages.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        orders.MapGet("{id:long}/", GetAsync).WithName("GetOrder").WithSummary("One order with its delivery, payment method and timeline (its buyer, its seller or an admin)")
            .WithDescription(
                "The order's buyer, its seller or an administrator; anyone else gets 404, as if it did not exist. The seller sees "
                + "the delivery address and the buyer's contact phone; timeline lists every step (placed, shipped with its "
                + "tracking note, completed, cancelled), who took it and when. Changes nothing.");
        orders.MapPost("{id:long}/ship/", ShipAsync)
            .WithName("ShipOrder").WithSummary("The seller marks a placed order shipped, with an optional tracking note")
            .WithDescription(
                "The order's seller (others get 403). Only a placed order can be shipped (409 otherwise). The body is optional: "
                + "tracking_note (the carrier, a tracking number) shows on the order's timeline.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapPost("{id:long}/complete/", (long id, ClaimsPrincipal user, OrderTransitions transitions, MarketplaceDbContext db, CancellationToken ct) =>
                TransitionAsync(id, OrderAction.Complete, string.Empty, user, transitions, db, ct))
            .WithName("CompleteOrder").WithSummary("The buyer confirms a shipped order arrived")
            .WithDescription("The order's buyer (others get 403). Only a shipped order can be completed (409 otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapPost("{id:long}/cancel/", (long id, ClaimsPrincipal user, OrderTransitions transitions, MarketplaceDbContext db, CancellationToken ct) =>
                TransitionAsync(id, OrderAction.Cancel, string.Empty, user, transitions, db, ct))
            .WithName("CancelOrder").WithSummary("Cancel an order (its buyer or seller before shipping; an admin until completed); the units go back to the ad")
            .WithDescription(
                "The buyer or the seller while the order is placed; an administrator until it is completed (others get 403; a "
                + "shipped order 409 for its buyer and seller, a completed or cancelled one 409 for everyone). The units return "
                + "to the ad's stock, which raises add.updated; an "
                + "administrator's cancellation is recorded in the audit log.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static ProblemHttpResult NoSuchOrder(long id) => Problem.NotFound(Messages.FormatNoSuchOrder(id));

    private static async Task<Results<Ok<PagedResponse<OrderResponse>>, EmptyHttpResult, ValidationProblem, ProblemHttpResult>> ListAsync(
        HttpContext http,
        ClaimsPrincipal user,
        MarketplaceDbContext db,
        IOptions<MarketplaceOptions> options,
        string? role,
        string? status,
        long? ad,
        long? buyer,
        long? seller,
        string? ordering,
        string? format,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        var me = user.Id();
        var orders = db.Orders.AsNoTracking();
        switch (role?.Trim())
        {
            case null or "":
                if (!user.IsAdmin())
                {
                    orders = orders.Where(o => o.BuyerId == me || o.SellerId == me);
                }

                break;
            case "buyer":
                orders = orders.Where(o => o.BuyerId == me);
                break;
            case "seller":
                orders = orders.Where(o => o.SellerId == me);
                break;
            default:
                errors.Add("role", Messages.UseBuyerOrSeller);
                break;
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!OrderStatus.IsKnown(status.Trim()))
            {
                errors.Add("status", Messages.FormatUseOneOf(string.Join(", ", OrderStatus.All)));
            }

            var wanted = status.Trim();
            orders = orders.Where(o => o.Status == wanted);
        }

        if (ad is { } adId)
        {
            orders = orders.Where(o => o.AdId == adId);
        }

        if (buyer is { } buyerId)
        {
            orders = orders.Where(o => o.BuyerId == buyerId);
        }

        if (seller is { } sellerId)
        {
            orders = orders.Where(o => o.SellerId == sellerId);
        }

        IOrderedQueryable<Order> ordered = ordering?.Trim() switch
        {
            null or "" or "-created_at" or "newest" => orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
            "created_at" or "oldest" => orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
            _ => Invalid(orders, errors),
        };
        var csv = Csv.IsRequested(format);
        if (csv && !user.IsAdmin())
        {
            return Problem.Forbidden(Messages.CsvForAdmins);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (csv)
        {
            await Csv.WriteAsync(
                http.Response,
                "orders.csv",
                ["id", "ad", "ad_title", "quantity", "unit_price", "total", "currency", "status", "buyer_id", "buyer_username", "seller_id", "seller_username", "created_at", "updated_at"],
                ordered.Take(options.Value.MaxCsvRows).Select(OrderResponse.Projection).AsAsyncEnumerable(),
                o => [o.Id, o.Ad, o.AdTitle, o.Quantity, o.UnitPrice, o.Total, o.Currency, o.Status, o.Buyer.Id, o.Buyer.Username, o.Seller.Id, o.Seller.Username, o.CreatedAt, o.UpdatedAt],
                cancellationToken);
            return TypedResults.Empty;
        }

        return TypedResults.Ok(await pageRequest.ReadAsync(http.Request, orders, ordered.Select(OrderResponse.Projection), cancellationToken));
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null || OrderParties.Of(user.Id(), user.IsAdmin(), order.BuyerId, order.SellerId) == OrderParty.None
            ? NoSuchOrder(id)
            : TypedResults.Ok(OrderResponse.From(order, await OrderTimeline.ReadAsync(db, id, cancellationToken)));
    }

    private static async Task<Results<Ok<OrderResponse>, ValidationProblem, ProblemHttpResult>> ShipAsync(
        long id, ShipRequest? request, ClaimsPrincipal user, OrderTransitions transitions, MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var note = request?.TrackingNote?.Trim() ?? string.Empty;
        errors.MaxLength("tracking_note", note, OrderEventConfiguration.NoteMaxLength);
        errors.NoBidiControls("tracking_note", note);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return (await TransitionAsync(id, OrderAction.Ship, note, user, transitions, db, cancellationToken)).Result switch
        {
            Ok<OrderResponse> ok => ok,
            ProblemHttpResult problem => problem,
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> TransitionAsync(
        long id, OrderAction action, string note, ClaimsPrincipal user, OrderTransitions transitions, MarketplaceDbContext db, CancellationToken cancellationToken) =>
        await transitions.ApplyAsync(id, action, user.Id(), user.Username(), AuditActor.AdminOf(user), note, cancellationToken) switch
        {
            OrderTransitionOutcome.Applied applied => TypedResults.Ok(OrderResponse.From(applied.Order, await OrderTimeline.ReadAsync(db, id, cancellationToken))),
            OrderTransitionOutcome.NotAllowed => Problem.Forbidden(action.Name switch
            {
                "ship" => Messages.OnlySellerShips,
                "complete" => Messages.OnlyBuyerCompletes,
                _ => Messages.CannotCancel,
            }),
            OrderTransitionOutcome.WrongStatus wrong => Problem.Conflict(
                wrong.Party is OrderParty.Buyer or OrderParty.Seller && action == OrderAction.Cancel && wrong.Current == OrderStatus.Shipped
                    ? Messages.FormatShippedCannotBeCancelled(id, OrderStatus.ForPeople(wrong.Current))
                    : Messages.FormatWrongOrderStatus(
                        id,
                        OrderStatus.ForPeople(wrong.Current),
                        OrderStatus.ForPeople(action.To),
                        string.Join($" {Messages.Or} ", wrong.AllowedFrom.Select(OrderStatus.ForPeople)))),
            _ => NoSuchOrder(id),
        };

    private static IOrderedQueryable<Order> Invalid(IQueryable<Order> orders, ValidationErrors errors)
    {
        errors.Add("ordering", Messages.OrderByCreatedAt);
        return orders.OrderByDescending(o => o.CreatedAt);
    }
}
