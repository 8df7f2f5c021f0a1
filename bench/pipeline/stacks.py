"""Sums `perf script` stacks of a service under load into the parts of the request pipeline that spent them.

Each sample goes to the deepest frame (nearest the leaf) that names a known part, so the shares add up to 100%:
time in a dictionary lookup made by a middleware is that middleware's; an allocation that triggers a GC is "GC".
"""

import re
import sys
from collections import Counter

# (part, pattern over "symbol (dso)"); the first pattern that matches a frame names its part.
PARTS = [
    ("GC and allocation", r"\bWKS::|\bSVR::|gc_heap|GCHeap|Alloc(?:ate)?(?:String|Array|Object)?\b.*libcoreclr|JIT_New|RhpNew|allocation_context"),
    ("JIT and type loading", r"libclrjit|MethodDesc::|ClassLoader|TieredCompilation"),
    ("health checks", r"HealthCheck|LivenessEndpoint|HealthEndpoints"),
    ("tracing (Activity, OpenTelemetry)", r"HostingApplicationDiagnostics::(?:Start|Stop)Activity|OpenTelemetry\.(?:Instrumentation|Trace)|OpenTelemetry\.(?:BatchActivity|Sampler)|System\.Diagnostics\.Activity|ActivitySource|ActivityCreator|DiagnosticListener|DiagnosticSource|TracerProvider|PropagatorExtensions|TraceContextPropagator|BaggagePropagator"),
    ("metrics (meters, histograms)", r"HttpServerErrorTypeStartupFilter|System\.Diagnostics\.Metrics|OpenTelemetry\.Metrics|HostingMetrics|RoutingMetrics|KestrelMetrics|Prometheus|TagList|MetricPoint"),
    ("logging (scopes, providers)", r"Microsoft\.Extensions\.Logging|LoggerFactoryScopeProvider|HostingLogScope|ConsoleLogger|JsonConsoleFormatter"),
    ("correlation id middleware", r"CorrelationIdMiddleware"),
    ("forwarded headers middleware", r"ForwardedHeadersMiddleware"),
    ("body limit middleware", r"RequestBodyLimitMiddleware"),
    ("request text middleware", r"RequestTextMiddleware|TextRules"),
    ("empty error response middleware", r"EmptyErrorResponseMiddleware"),
    ("exception handler middleware", r"ExceptionHandlerMiddleware"),
    ("authentication", r"Authentication|JwtBearer|PassThroughAuthenticationHandler"),
    ("authorization", r"Authorization|PolicyEvaluator"),
    ("gateway middleware (security headers, CORS, rate limiting, web app)", r"SecurityHeadersMiddleware|Cors|RateLimiting|SpaFallback|WebApp|StaticFile"),
    ("YARP proxying", r"\bYarp\."),
    ("routing", r"EndpointRoutingMiddleware|DfaMatcher|EndpointMiddleware|Microsoft\.AspNetCore\.Routing"),
    ("endpoint and JSON", r"System\.Text\.Json|RequestDelegateFactory|HttpResults|Agrovet\.(?:Auth|Marketplace|Media|Profiles)\.|Agrovet\.Bench"),
    ("hosting (HttpContext, request start and end)", r"Microsoft\.AspNetCore\.Hosting\."),
    ("response headers, features (HttpContext)", r"Microsoft\.AspNetCore\.Http\.|HttpProtocol\.(?:FireOnStarting|ProcessRequests)|HttpResponseHeaders|HttpRequestHeaders|HeaderDictionary"),
    ("Kestrel, pipes, sockets (managed)", r"Microsoft\.AspNetCore\.Server\.Kestrel|System\.IO\.Pipelines|System\.Net\.Sockets|KestrelRejection|RejectionHoldingPipeWriter"),
    ("thread pool, async machinery", r"System\.Threading\.|AsyncTaskMethodBuilder|AsyncStateMachine|ExecutionContext"),
    ("kernel (syscalls, network stack, scheduler)", r"\[kernel\.kallsyms\]"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in PARTS]
FRAME = re.compile(r"^\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)$")


def method_of(symbol):
    """"instance void [Asm] Ns.Type::Method(args)[Tier]" -> "Ns.Type::Method": parameter and return types would
    otherwise match the wrong part (a metrics method taking a System.Diagnostics.DiagnosticSource type)."""
    at = symbol.find("::")
    if at < 0:
        return symbol
    end = symbol.find("(", at)
    return symbol[:end if end > 0 else len(symbol)].rsplit(" ", 1)[-1]


def samples(path):
    stack = []
    with open(path, encoding="utf-8", errors="replace") as script:
        for line in script:
            if not line.strip():
                if stack:
                    yield stack
                stack = []
                continue
            match = FRAME.match(line)
            if match:
                symbol, dso = match.groups()
                stack.append(f"{method_of(symbol)} ({dso.rsplit('/', 1)[-1]})")
    if stack:
        yield stack


def part_of(stack):
    for frame in stack:  # leaf first
        for name, pattern in COMPILED:
            if pattern.search(frame):
                return name
    return "other"


parts, leaves, total = Counter(), Counter(), 0
for stack in samples(sys.argv[1]):
    total += 1
    parts[part_of(stack)] += 1
    leaves[stack[0]] += 1

print(f"{total} samples. Share of the service's CPU by the deepest pipeline part on the stack:")
print()
print("| part | share |")
print("|---|---|")
for name, count in parts.most_common():
    print(f"| {name} | {count / total:.1%} |")
print()
print("Hottest functions (self time):")
print()
print("| function | share |")
print("|---|---|")
for frame, count in leaves.most_common(25):
    print(f"| `{frame[:150]}` | {count / total:.1%} |")
