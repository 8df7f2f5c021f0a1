namespace Agrovet.Marketplace.Caching;

/// <summary>What one transaction's changes invalidate, until it ends.</summary>
internal sealed class PendingInvalidations
{
    private readonly Lock _lock = new();
    private HashSet<long> _changed = [];
    private HashSet<long> _stock = [];
    private bool _added;

    public void Changed(IEnumerable<long> adIds)
    {
        lock (_lock)
        {
            _changed.UnionWith(adIds);
        }
    }

    public void StockChanged(long adId)
    {
        lock (_lock)
        {
            _stock.Add(adId);
        }
    }

    public void Added()
    {
        lock (_lock)
        {
            _added = true;
        }
    }

    /// <summary>Hands over what is pending (null when nothing) and starts empty.</summary>
    public PendingInvalidations? Take()
    {
        lock (_lock)
        {
            if (_changed.Count == 0 && _stock.Count == 0 && !_added)
            {
                return null;
            }

            var taken = new PendingInvalidations { _changed = _changed, _stock = _stock, _added = _added };
            _changed = [];
            _stock = [];
            _added = false;
            return taken;
        }
    }

    public async Task ApplyAsync(AdCache cache)
    {
        foreach (var id in _changed)
        {
            await cache.InvalidateAsync(id);
        }

        foreach (var id in _stock.Except(_changed))
        {
            await cache.InvalidateStockAsync(id);
        }

        if (_added && _changed.Count == 0)
        {
            cache.InvalidateSearches();
        }
    }
}
