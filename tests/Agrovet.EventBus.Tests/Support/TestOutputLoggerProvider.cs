using Microsoft.Extensions.Logging;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>Writes a host's log lines to the output of the test that started it.</summary>
public sealed class TestOutputLoggerProvider(ITestOutputHelper output, string hostName) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        new Logger(output, hostName, categoryName[(categoryName.LastIndexOf('.') + 1)..],
            categoryName.StartsWith("Agrovet.", StringComparison.Ordinal) ? LogLevel.Information : LogLevel.Warning);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output, string hostName, string category, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            try
            {
                var error = exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})";
                output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} [{hostName}] {logLevel} {category}: {formatter(state, exception)}{error}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; its output is closed.
            }
        }
    }
}
