using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Compute.Datasets;

public static class DatasetEndpoints
{
    public static RouteGroupBuilder MapDatasets(this RouteGroupBuilder compute)
    {
        var datasets = compute.MapGroup("datasets").WithTags("Datasets");
        datasets.MapGet("/", List)
            .WithName("ListDatasets")
            .WithSummary("The datasets: size, columns, bounds, period, categories")
            .WithDescription("Signed-in users. Changes nothing. Every dataset of the service, in the platform's list shape ({count, next, previous, results}; ?page=, "
                + "?page_size=), with status: 'ready', 'preparing' (the default datasets are being generated: ask again in a few "
                + "seconds) or 'empty' (none: an operator generates them with ./agrovet datasets).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        datasets.MapGet("{name}/", Get)
            .WithName("GetDataset")
            .WithSummary("One dataset")
            .WithDescription("Signed-in users. Changes nothing. A name the service has no dataset for answers 404.")
            .WithParameterDescription("name", "The dataset's name, as the dataset list gives it (e.g. crop-yields-1m).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return compute;
    }

    private static Results<Ok<DatasetListResponse>, ValidationProblem> List(
        HttpRequest request, DatasetStore store, int? page, [FromQuery(Name = "page_size")] int? pageSize)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        var all = Describe(store);
        var results = all.Skip(pageRequest.Skip).Take(pageRequest.PageSize).ToList();
        var paged = PagedResponse<DatasetResponse>.Create(request, pageRequest, all.Count, results);
        var (status, detail) = all.Count > 0 ? ("ready", (string?)null)
            : store.Preparing ? ("preparing", Messages.DatasetsPreparing)
            : ("empty", Messages.NoDatasets);
        return TypedResults.Ok(new DatasetListResponse(paged.Count, paged.Next, paged.Previous, paged.Results, status, detail));
    }

    private static Results<Ok<DatasetResponse>, ProblemHttpResult> Get(string name, DatasetStore store)
    {
        using var lease = store.Lease(name);
        return lease is null
            ? Problem.NotFound(Messages.FormatNoSuchDataset(name))
            : TypedResults.Ok(DatasetResponse.From(lease.Dataset.Manifest, lease.Dataset.Sample is not null));
    }

    private static List<DatasetResponse> Describe(DatasetStore store)
    {
        var described = new List<DatasetResponse>();
        foreach (var name in store.Names())
        {
            using var lease = store.Lease(name);
            if (lease is not null)
            {
                described.Add(DatasetResponse.From(lease.Dataset.Manifest, lease.Dataset.Sample is not null));
            }
        }
        return described;
    }
}
