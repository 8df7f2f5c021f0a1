using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Tests.Http;

/// <summary>Keeps every line the app logs, of every category, with the key-value pairs of the scopes it was written in.</summary>
public sealed class ScopeCapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record CapturedLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Scope);

    private sealed class Logger(ScopeCapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, string?>(StringComparer.Ordinal);
            provider._scopes.ForEachScope(
                static (value, pairs) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> items)
                    {
                        foreach (var (key, item) in items)
                        {
                            pairs[key] = item?.ToString();
                        }
                    }
                    else if (value is IEnumerable<KeyValuePair<string, string?>> texts)
                    {
                        foreach (var (key, item) in texts)
                        {
                            pairs[key] = item;
                        }
                    }
                },
                scope);
            provider._lines.Enqueue(new CapturedLine(category, logLevel, formatter(state, exception), scope));
        }
    }
}
