using System.Security.Claims;
using Agrovet.Data.Pagination;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Orders;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Addresses;

/// <summary>The caller's delivery addresses, under <c>/api/orders/addresses/</c>: orders are what they are for.</summary>
public static class AddressEndpoints
{
    public const string RoutePrefix = OrderEndpoints.RoutePrefix + "/addresses";

    public static WebApplication MapAddresses(this WebApplication app)
    {
        var addresses = app.MapGroup(RoutePrefix).RequireAuthorization().WithTags("Addresses");
        addresses.MapGet("/", ListAsync)
            .WithName("ListAddresses")
            .WithSummary("My delivery addresses, newest first")
            .WithDescription("Signed-in users see their own addresses only (administrators too). Changes nothing.");
        addresses.MapPost("/", CreateAsync)
            .WithName("CreateAddress")
            .WithSummary("Keep a new delivery address in my account")
            .WithDescription(
                $"Signed-in users. recipient_name, phone, line1, city, region and country (ISO 3166-1 alpha-2) are required. "
                + "In a country of GET /api/regions/ the region is one of its division codes (\"CO-COR\"; answered with "
                + "region_name), elsewhere free text. "
                + $"An account keeps at most {AddressRules.MaxPerUser} addresses (409 beyond).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        addresses.MapGet("{id:long}/", GetAsync)
            .WithName("GetAddress")
            .WithSummary("One of my delivery addresses")
            .WithDescription("Its owner only; anyone else gets 404, as if it did not exist. Changes nothing.");
        addresses.MapPut("{id:long}/", ReplaceAsync)
            .WithName("ReplaceAddress")
            .WithSummary("Change one of my delivery addresses (every field; those left out become empty)")
            .WithDescription("Its owner only (others get 404). Orders already placed keep the address they were placed with.");
        addresses.MapDelete("{id:long}/", DeleteAsync)
            .WithName("DeleteAddress")
            .WithSummary("Forget one of my delivery addresses")
            .WithDescription("Its owner only (others get 404). Orders already placed keep their copy of it.");
        return app;
    }

    private static ProblemHttpResult NoSuchAddress(long id) => Problem.NotFound(Messages.FormatNoSuchAddress(id));

    private static async Task<Results<Ok<PagedResponse<AddressResponse>>, ValidationProblem>> ListAsync(
        HttpContext http, ClaimsPrincipal user, MarketplaceDbContext db, int? page, [FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var me = user.Id();
        var mine = db.Addresses.AsNoTracking().Where(a => a.UserId == me);
        var ordered = mine.OrderByDescending(a => a.Id).Select(AddressResponse.Projection);
        return TypedResults.Ok(await pageRequest.ReadAsync(http.Request, mine, ordered, cancellationToken));
    }

    private static async Task<Results<Created<AddressResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        AddressRequest request, ClaimsPrincipal user, MarketplaceDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (AddressRules.Validate(request, errors) is not { } fields)
        {
            return errors.ToProblem();
        }

        var me = user.Id();
        if (await db.Addresses.CountAsync(a => a.UserId == me, cancellationToken) >= AddressRules.MaxPerUser)
        {
            return Problem.Conflict(Messages.FormatTooManyAddresses(AddressRules.MaxPerUser));
        }

        var address = Address.Create(me, fields, time.GetUtcNow().UtcDateTime);
        db.Addresses.Add(address);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{RoutePrefix}/{address.Id}/", AddressResponse.From(address));
    }

    private static async Task<Results<Ok<AddressResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var me = user.Id();
        var address = await db.Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId == me, cancellationToken);
        return address is null ? NoSuchAddress(id) : TypedResults.Ok(AddressResponse.From(address));
    }

    private static async Task<Results<Ok<AddressResponse>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        long id, AddressRequest request, ClaimsPrincipal user, MarketplaceDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var me = user.Id();
        var address = await db.Addresses.FirstOrDefaultAsync(a => a.Id == id && a.UserId == me, cancellationToken);
        if (address is null)
        {
            return NoSuchAddress(id);
        }

        var errors = new ValidationErrors();
        if (AddressRules.Validate(request, errors) is not { } fields)
        {
            return errors.ToProblem();
        }

        address.Fields = fields;
        address.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AddressResponse.From(address));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, ClaimsPrincipal user, MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var me = user.Id();
        var deleted = await db.Addresses.Where(a => a.Id == id && a.UserId == me).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? NoSuchAddress(id) : TypedResults.NoContent();
    }
}
