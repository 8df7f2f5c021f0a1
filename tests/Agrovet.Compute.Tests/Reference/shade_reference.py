"""Expected colours for ShadingMatchesDatashader: Datashader's shading code (transfer_functions/__init__.py and
composite.py, numpy paths only, copied below as it stands) run on small fixed aggregates. Needs only numpy:
    python3 shade_reference.py > shade_reference.json
"""
import json
import numpy as np

def eq_hist(data, mask=None, nbins=256*256):
    if mask is not None and np.all(mask):
        return np.full_like(data, np.nan), 0
    data2 = data if mask is None else data[~mask]
    if data2.dtype == bool or (np.issubdtype(data2.dtype, np.integer) and np.ptp(data2) < nbins):
        values, counts = np.unique(data2, return_counts=True)
        vmin, vmax = values[0].item(), values[-1].item()
        interval = vmax-vmin
        bin_centers = np.arange(vmin, vmax+1)
        hist = np.zeros(interval+1, dtype='uint64')
        hist[values-vmin] = counts
        discrete_levels = len(values)
    else:
        hist, bin_edges = np.histogram(data2, bins=nbins)
        bin_centers = (bin_edges[:-1] + bin_edges[1:]) / 2
        keep_mask = (hist > 0)
        discrete_levels = np.count_nonzero(keep_mask)
        if discrete_levels != len(hist):
            hist = hist[keep_mask]
            bin_centers = bin_centers[keep_mask]
    cdf = hist.cumsum()
    cdf = cdf / float(cdf[-1])
    out = np.interp(data, bin_centers, cdf).reshape(data.shape)
    return out if mask is None else np.where(mask, np.nan, out), discrete_levels

lookup = {'log': lambda d, m: np.log1p(np.where(m, np.nan, d)),
          'cbrt': lambda d, m: np.where(m, np.nan, d)**(1/3.),
          'linear': lambda d, m: np.where(m, np.nan, d),
          'eq_hist': eq_hist}

def hex_rgb(h):
    return tuple(int(h[i:i+2], 16) for i in (0, 2, 4))

def interpolate(data, cmap, how, alpha=255):
    data = data.copy()
    mask = data == 0 if data.dtype.kind == 'u' else np.isnan(data)
    if mask.all():
        return np.zeros(data.shape, dtype=np.uint32)
    offset = np.nanmin(data[~mask])
    data -= offset
    with np.errstate(invalid="ignore", divide="ignore"):
        data = lookup[how](data, mask)
        if isinstance(data, (list, tuple)):
            data, _ = data
        masked_data = np.where(~mask, data, np.nan)
        span = np.nanmin(masked_data), np.nanmax(masked_data)
    rspan, gspan, bspan = np.array(list(zip(*map(hex_rgb, cmap))))
    span = np.linspace(span[0], span[1], len(cmap))
    r = np.nan_to_num(np.interp(data, span, rspan, left=255), copy=False).astype(np.uint8)
    g = np.nan_to_num(np.interp(data, span, gspan, left=255), copy=False).astype(np.uint8)
    b = np.nan_to_num(np.interp(data, span, bspan, left=255), copy=False).astype(np.uint8)
    a = np.where(np.isnan(data), 0, alpha).astype(np.uint8)
    return np.dstack([r, g, b, a]).view(np.uint32).reshape(data.shape)

def interpolate_alpha(data, total, mask, how, alpha, min_alpha):
    offset = np.nanmin(total)
    if total.dtype.kind == 'u' and offset == 0:
        mask = mask | (total == 0)
        if not np.all(mask):
            offset = total[total > 0].min()
        total = np.where(~mask, total, np.nan)
    a_scaled = lookup[how](total - offset, mask)
    if isinstance(a_scaled, (list, tuple)):
        a_scaled, _ = a_scaled
    norm_span = np.hstack([np.nanmin(a_scaled).item(), np.nanmax(a_scaled).item()])
    a_float = np.interp(a_scaled, norm_span, np.array([min_alpha, alpha]), left=0, right=255)
    return np.nan_to_num(a_float, copy=False).astype(np.uint8)

def colorize(data, color_key, how, alpha=255, min_alpha=40):
    colors = [hex_rgb(c) for c in color_key[:data.shape[2]]]
    rs, gs, bs = map(np.array, zip(*colors))
    color_data = np.array(data, order='C', copy=True)
    nan_mask = np.isnan(data)
    color_mask = ~nan_mask
    baseline = np.nanmin(color_data)
    if baseline > 0:
        np.subtract(color_data, baseline, out=color_data, where=color_mask)
    else:
        np.add(color_data, -baseline, out=color_data, where=color_mask, casting='unsafe')
    color_data = color_data.astype(np.float32)
    np.nan_to_num(color_data, copy=False)
    color_total = np.sum(color_data, axis=2)
    color_mask = color_mask.astype(np.float32)
    RGB = np.stack([rs, gs, bs], axis=1).astype(np.float32)
    rgb_sum = color_data @ RGB
    rgb_avg_present = color_mask @ RGB
    with np.errstate(divide='ignore', invalid='ignore'):
        rgb_array = (rgb_sum / color_total[..., None]).astype(np.uint8)
    cmask_sum = np.sum(color_mask, axis=2)
    with np.errstate(divide='ignore', invalid='ignore'):
        rgb2 = (rgb_avg_present / cmask_sum[..., None]).astype(np.uint8)
    missing_colors = (color_total == 0)
    if np.any(missing_colors):
        rgb_array = np.where(missing_colors[..., None], rgb2, rgb_array)
    total = np.sum(data, axis=2)
    mask = np.isnan(total) if total.dtype.kind == 'f' else np.zeros(total.shape, dtype=bool)
    with np.errstate(invalid="ignore", divide="ignore"):
        a = interpolate_alpha(data, total, mask, how, alpha, min_alpha)
    rgba = np.empty((a.shape[0], a.shape[1], 4), dtype=np.uint8)
    rgba[..., :3] = rgb_array
    rgba[..., 3] = a
    return rgba.view(np.uint32).reshape(a.shape)

def extract_scaled(x):
    return ((x & 255) / 255, ((x >> 8) & 255) / 255, ((x >> 16) & 255) / 255, ((x >> 24) & 255) / 255)

def combine_scaled(r, g, b, a):
    r2 = min(255, np.uint32(r * 255)); g2 = min(255, np.uint32(g * 255))
    b2 = min(255, np.uint32(b * 255)); a2 = min(255, np.uint32(a * 255))
    return np.uint32((a2 << 24) | (b2 << 16) | (g2 << 8) | r2)

def over(src, dst):
    sr, sg, sb, sa = extract_scaled(int(src))
    dr, dg, db, da = extract_scaled(int(dst))
    factor = 1 - sa
    a = sa + da * factor
    if a == 0:
        return np.uint32(0)
    return combine_scaled((sr * sa + dr * da * factor) / a, (sg * sa + dg * da * factor) / a, (sb * sa + db * da * factor) / a, a)

def spread(img, px):
    x = np.arange(-px, px + 1, dtype='i4')
    mask = np.where(np.sqrt(x**2 + x[:, None]**2) <= px + 0.5, True, False)
    w = mask.shape[0]; extra = w // 2
    M, N = img.shape
    out = np.zeros((M + 2*extra, N + 2*extra), dtype=np.uint32)
    for y in range(M):
        for xx in range(N):
            el = img[y, xx]
            if (int(el) >> 24) & 255:
                for i in range(w):
                    for j in range(w):
                        if mask[i, j]:
                            if el == 0:
                                result = out[i + y, j + xx]
                            if out[i + y, j + xx] == 0:
                                result = el
                            else:
                                result = over(el, out[i + y, j + xx])
                            out[i + y, j + xx] = result
    return out[extra:-extra, extra:-extra].copy()

FIRE_EXCERPT = ["000000", "ff0000", "ffff00", "ffffff"]
VIRIDIS_ENDS = ["440154", "21908d", "fde725"]
KEY = ["e41a1c", "377eb8", "4daf4a", "984ea3"]

rng = np.random.default_rng(2026)
counts = rng.integers(0, 40, size=(7, 9)).astype(np.uint32)
counts[counts < 12] = 0
counts[0, 0] = 5000
wide_counts = (rng.pareto(0.6, size=(6, 8)) * 1000).astype(np.uint32)
wide_counts[wide_counts < 30] = 0
values = rng.normal(50, 20, size=(6, 8))
values[rng.random(size=values.shape) < 0.3] = np.nan
values[2, 3] = -7.25
categories = rng.integers(0, 6, size=(5, 6, 4)).astype(np.uint32)
categories[categories < 3] = 0
categories[0, 0, :] = 0

cases = []
for name, data in [("counts", counts), ("wide_counts", wide_counts), ("values", values)]:
    for how in ["linear", "log", "cbrt", "eq_hist"]:
        for cmap_name, cmap in [("fire4", FIRE_EXCERPT), ("viridis3", VIRIDIS_ENDS)]:
            cases.append({"kind": "continuous", "data_name": name, "how": how, "cmap": cmap,
                          "shape": list(data.shape),
                          "data": [None if np.isnan(v) else float(v) for v in data.ravel().astype(np.float64)],
                          "integer": data.dtype.kind == 'u',
                          "expected": [int(v) for v in interpolate(data, cmap, how).ravel()]})
for how in ["linear", "log", "cbrt", "eq_hist"]:
    cases.append({"kind": "categorical", "data_name": "categories", "how": how, "cmap": KEY,
                  "shape": list(categories.shape), "integer": True,
                  "data": [float(v) for v in categories.ravel()],
                  "expected": [int(v) for v in colorize(categories, KEY, how).ravel()]})
img = interpolate(counts, FIRE_EXCERPT, "eq_hist")
for px in [1, 2]:
    cases.append({"kind": "spread", "data_name": "counts", "how": "eq_hist", "cmap": FIRE_EXCERPT, "px": px,
                  "shape": list(counts.shape), "integer": True, "data": [float(v) for v in counts.ravel()],
                  "expected": [int(v) for v in spread(img, px).ravel()]})
print(json.dumps({"numpy": np.__version__, "cases": cases}))
