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
            .WithSummary("Withdraw many ads at once (admins)")
            .WithDescription(
                "Administrators. Withdraws every named ad that exists and is not withdrawn yet (their orders stay) and answers "
                + "which were withdrawn and which ids do not exist. Each withdrawal raises add.updated and is recorded in the "
                + "audit log. An empty list, or more ids than the per-call limit, answers 400.");
        return adds;
    }

    private static async Task<Results<Ok<BulkWithdrawResponse>, ValidationProblem>> WithdrawAsync(
        BulkWithdrawRequest request, ClaimsPrincipal user, MarketplaceDbContext db, AdChanges changes, IOptions<MarketplaceOptions> options, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var max = options.Value.MaxBulkWithdraw;
        if (request.Ids is not { Count: > 0 } ids)
        {
            errors.Add("ids", Messages.NameAtLeastOneAd);
            return errors.ToProblem();
        }

        if (ids.Count > max)
        {
            errors.Add("ids", Messages.FormatNameAtMostAds(max));
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
