using System.Security.Claims;
using Agrovet.EventBus.Audit;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Data;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Marketplace.Admin;

public static class BulkWithdrawEndpoints
{
    public static RouteGroupBuilder MapBulkWithdraw(this RouteGroupBuilder adds)
    {
        adds.MapPost("bulk-withdraw/", WithdrawAsync)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Admin")
            .WithName("BulkWithdrawAds")
            .WithSummary("Withdraw many ads at once (admins)");
        return adds;
    }

    private static async Task<Results<Ok<BulkWithdrawResponse>, ValidationProblem>> WithdrawAsync(
        BulkWithdrawRequest request, ClaimsPrincipal user, MarketplaceDbContext db, AdChanges changes, IOptions<MarketplaceOptions> options, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var max = options.Value.MaxBulkWithdraw;
        if (request.Ids is not { Count: > 0 } ids)
        {
            errors.Add("ids", "Name at least one ad id.");
            return errors.ToProblem();
        }

        if (ids.Count > max)
        {
            errors.Add("ids", $"Name at most {max} ads per call.");
            return errors.ToProblem();
        }

        var distinct = ids.Distinct().ToArray();
        var existing = await db.Ads.AsNoTracking().Where(a => distinct.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var withdrawn = await changes.WithdrawAsync(distinct, AuditActor.AdminOf(user), cancellationToken);
        return TypedResults.Ok(new BulkWithdrawResponse(
            [.. withdrawn.Order()],
            [.. existing.Except(withdrawn).Order()],
            [.. distinct.Except(existing).Order()]));
    }
}
