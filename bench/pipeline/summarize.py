"""Turns bench/pipeline/run.sh's raw runs into the markdown table of its results file."""

import statistics
import sys
from collections import defaultdict

runs = defaultdict(lambda: defaultdict(list))  # target -> side -> [(round, rps, p50, p99, non2xx)]
with open(sys.argv[1], encoding="utf-8") as raw:
    for line in raw:
        target, round_, side, rps, p50, p99, bad, cpu = line.split("\t")
        runs[target][side].append((int(round_), float(rps), float(p50), float(p99), int(bad), float(cpu)))


def median(values):
    return statistics.median(values) if values else float("nan")


print(
    "| endpoint | service req/s | bare req/s | service / bare | rounds within 15% | service CPU/request "
    "| bare CPU/request | service p99 | bare p99 | non-2xx |"
)
print("|---|---|---|---|---|---|---|---|---|---|")
all_bare = []
for target, sides in runs.items():
    service, bare = sides["service"], sides["bare"]
    all_bare += [r[1] for r in bare]
    # Each round's ratio, service run against the bare run next to it: the noise of the comparison itself.
    pairs = [s[1] / b[1] for s, b in zip(sorted(service), sorted(bare)) if b[1] > 0]
    within = sum(1 for p in pairs if p >= 0.85)
    s_rps, b_rps = median([r[1] for r in service]), median([r[1] for r in bare])
    print(
        f"| {target} | {s_rps:,.0f} | {b_rps:,.0f} | {s_rps / b_rps:.0%} | {within}/{len(pairs)} "
        f"(ratios {min(pairs):.0%}–{max(pairs):.0%}) | {median([r[5] for r in service]):.1f} µs "
        f"| {median([r[5] for r in bare]):.1f} µs | {median([r[3] for r in service]):.2f} ms "
        f"| {median([r[3] for r in bare]):.2f} ms | {sum(r[4] for r in service)} |"
    )

if all_bare:
    m = median(all_bare)
    print()
    print(
        f"Noise: bare Kestrel's own req/s over all {len(all_bare)} runs: median {m:,.0f}, "
        f"min {min(all_bare):,.0f} ({min(all_bare) / m - 1:+.0%}), max {max(all_bare):,.0f} ({max(all_bare) / m - 1:+.0%})."
    )
