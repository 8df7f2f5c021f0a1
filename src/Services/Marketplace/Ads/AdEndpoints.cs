using System.Security.Claims;
using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Audit;
using Agrovet.LocalCopies.Media;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Media;
using Agrovet.Regions;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Ads;

public static class AdEndpoints
{
    public static RouteGroupBuilder MapAds(this RouteGroupBuilder adds)
    {
        var ads = adds.WithTags("Ads");
        ads.MapPost("/", CreateAsync)
            .RequireAuthorization()
            .WithName("CreateAd")
            .WithSummary("Publish an ad (businessmen and specialists)")
            .WithDescription(
                "Signed-in businessmen and specialists (others get 403). region is a division code from GET /api/regions/ "
                + "(\"CO-COR\"); without a currency the ad is priced in the currency of its region's country, else USD. "
                + "Photos must be images the caller uploaded; the first is the cover. Raises add.created. 503 when the media service must be asked about a photo and does not answer.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        ads.MapGet("{id:long}/", GetAsync)
            .AllowAnonymous()
            .Produces<AdResponse>()
            .WithName("GetAd")
            .WithSummary("One ad (cached; every change shows at once)")
            .WithDescription("Anyone; changes nothing. Any ad that exists, whatever its status (a withdrawn or sold-out ad says so in status).");
        ads.MapPatch("{id:long}/", UpdateAsync)
            .RequireAuthorization()
            .WithName("UpdateAd")
            .WithSummary("Edit an ad (its seller or an admin); only the fields sent change")
            .WithDescription(
                "The ad's seller or an administrator (others get 403). Raises add.updated naming the changed fields; an "
                + "administrator's edit is recorded in the audit log. 503 when the media service must be asked about a new "
                + "photo and does not answer.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        ads.MapDelete("{id:long}/", WithdrawAsync)
            .RequireAuthorization()
            .WithName("WithdrawAd")
            .WithSummary("Withdraw an ad (its seller or an admin); its orders stay")
            .WithDescription(
                "The ad's seller or an administrator (others get 403). It can no longer be bought or found; raises add.updated; "
                + "an administrator's withdrawal is recorded in the audit log.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return adds;
    }

    private static async Task<Results<Created<AdResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateAdRequest request,
        ClaimsPrincipal user,
        HttpRequest http,
        MarketplaceDbContext db,
        MediaLookup media,
        AdChanges changes,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!Sellers.CanSell(user))
        {
            return Problem.Forbidden(Messages.FormatOnlySellersPublish(string.Join($" {Messages.And} ", Sellers.Roles.Select(Sellers.RoleForPeople))));
        }

        var errors = new ValidationErrors();
        var title = AdRules.Title(request.Title, errors);
        var description = AdRules.Description(request.Description, errors);
        var price = AdRules.Price(request.Price, errors);
        var region = AdRules.Region(request.Region, errors);
        var currency = AdRules.CurrencyOrDefault(request.Currency, region, errors);
        var stock = AdRules.Stock(request.Stock, errors);
        var category = AdRules.Category(request.Category, errors);
        var mediaIds = AdRules.MediaIds(request.MediaIds, errors);
        var sellerId = user.Id();
        if (await CheckPhotosAsync(sellerId, mediaIds, http, media, errors, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var ad = Ad.Create(sellerId, user.Username(), time.GetUtcNow().UtcDateTime);
        ad.Title = title!;
        ad.Description = description;
        ad.Price = price!.Value;
        ad.Currency = currency!;
        ad.Stock = stock!.Value;
        ad.Category = category!;
        ad.ChangeRegion(region);
        ad.MediaIds = mediaIds;
        ad.Status = AdStatus.ForStock(ad.Stock);
        ad.SellerActive = await db.Users.AsNoTracking()
            .Where(u => u.Id == sellerId)
            .Select(u => (bool?)(u.IsActive && !u.IsDeleted))
            .FirstOrDefaultAsync(cancellationToken) ?? true;
        await changes.CreateAsync(ad, cancellationToken);
        return TypedResults.Created($"/api/adds/{ad.Id}/", AdResponse.From(ad));
    }

    private static async Task<Results<JsonBytesResult, ProblemHttpResult>> GetAsync(long id, AdCache cache, CancellationToken cancellationToken)
    {
        var ad = await cache.GetAsync(id, cancellationToken);
        return ad is null ? NoSuchAd(id) : new JsonBytesResult(ad.Json);
    }

    private static async Task<Results<Ok<AdResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id,
        UpdateAdRequest request,
        ClaimsPrincipal user,
        HttpRequest http,
        MarketplaceDbContext db,
        MediaLookup media,
        AdChanges changes,
        CancellationToken cancellationToken)
    {
        var ad = await db.Ads.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (ad is null)
        {
            return NoSuchAd(id);
        }

        if (!Sellers.CanManage(user, ad.SellerId))
        {
            return Problem.Forbidden(Messages.OnlySellerEdits);
        }

        var errors = new ValidationErrors();
        var edit = new AdEdit(
            request.Title is null ? null : AdRules.Title(request.Title, errors),
            request.Description is null ? null : AdRules.Description(request.Description, errors),
            request.Price is null ? null : AdRules.Price(request.Price, errors),
            request.Currency is null ? null : AdRules.Currency(request.Currency, errors),
            request.Stock is null ? null : AdRules.Stock(request.Stock, errors),
            request.Category is null ? null : AdRules.Category(request.Category, errors),
            request.Region is not null,
            request.Region is null ? null : AdRules.Region(request.Region, errors),
            request.MediaIds is null ? null : AdRules.MediaIds(request.MediaIds, errors),
            AdRules.RequestedStatus(request.Status, errors));
        // Photos must be the seller's own, also when an admin edits.
        if (edit.MediaIds is not null && await CheckPhotosAsync(ad.SellerId, edit.MediaIds, http, media, errors, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var saved = await changes.UpdateAsync(ad, edit.ApplyTo, AuditActor.AdminOf(user), cancellationToken);
        return TypedResults.Ok(AdResponse.From(saved));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> WithdrawAsync(
        long id, ClaimsPrincipal user, MarketplaceDbContext db, AdChanges changes, CancellationToken cancellationToken)
    {
        var sellerId = await db.Ads.AsNoTracking().Where(a => a.Id == id).Select(a => (long?)a.SellerId).FirstOrDefaultAsync(cancellationToken);
        if (sellerId is null)
        {
            return NoSuchAd(id);
        }

        if (!Sellers.CanManage(user, sellerId.Value))
        {
            return Problem.Forbidden(Messages.OnlySellerWithdraws);
        }

        await changes.WithdrawAsync([id], AuditActor.AdminOf(user), cancellationToken);
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult NoSuchAd(long id) => Problem.NotFound(Messages.FormatNoSuchAd(id));

    /// <summary>Checks the photos (once their list is well-formed); answers 503 when the media service had to be asked and did not answer.</summary>
    private static async Task<ProblemHttpResult?> CheckPhotosAsync(
        long sellerId, List<Guid> mediaIds, HttpRequest http, MediaLookup media, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (mediaIds.Count == 0 || errors.Has(MediaOwnership.Field))
        {
            return null;
        }

        switch (await media.FindAsync(mediaIds, http.Headers.Authorization.ToString(), cancellationToken))
        {
            case MediaLookupOutcome.Found found:
                MediaOwnership.Check(sellerId, mediaIds, found, errors);
                return null;
            default:
                return MediaLookupProblems.Unavailable(http.HttpContext.Response, Messages.PhotosSubject);
        }
    }

    /// <summary>A validated edit: null fields stay as they are.</summary>
    private sealed record AdEdit(
        string? Title, string? Description, decimal? Price, string? Currency, int? Stock, string? Category, bool ChangesRegion, Division? Region,
        List<Guid>? MediaIds, string? Status)
    {
        public List<string> ApplyTo(Ad ad)
        {
            var changed = new List<string>();
            if (Title is not null && Title != ad.Title)
            {
                ad.Title = Title;
                changed.Add(AdFields.Title);
            }

            if (Description is not null && Description != ad.Description)
            {
                ad.Description = Description;
                changed.Add(AdFields.Description);
            }

            if (Price is { } price && price != ad.Price)
            {
                ad.Price = price;
                changed.Add(AdFields.Price);
            }

            if (Currency is not null && Currency != ad.Currency)
            {
                ad.Currency = Currency;
                changed.Add(AdFields.Currency);
            }

            if (Stock is { } stock && stock != ad.Stock)
            {
                ad.Stock = stock;
                changed.Add(AdFields.Stock);
            }

            if (Category is not null && Category != ad.Category)
            {
                ad.Category = Category;
                changed.Add(AdFields.Category);
            }

            if (ChangesRegion && (Region?.Code != ad.RegionCode || (Region?.Name ?? string.Empty) != ad.Region))
            {
                ad.ChangeRegion(Region);
                changed.Add(AdFields.Region);
            }

            if (MediaIds is not null && !MediaIds.SequenceEqual(ad.MediaIds))
            {
                ad.MediaIds = [.. MediaIds];
                changed.Add(AdFields.MediaIds);
            }

            var status = (Status ?? ad.Status) == AdStatus.Withdrawn ? AdStatus.Withdrawn : AdStatus.ForStock(ad.Stock);
            if (status != ad.Status)
            {
                ad.Status = status;
                changed.Add(AdFields.Status);
            }

            return changed;
        }
    }
}
