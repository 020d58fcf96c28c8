using System.Collections.Concurrent;
using System.Globalization;

namespace Probity.Web.Load;

/// <summary>Latencies of one operation, and its failures; percentiles by nearest rank.</summary>
public sealed class Recorder
{
    private readonly ConcurrentBag<double> _ms = [];
    private int _errors;

    public int Count => _ms.Count;
    public int Errors => _errors;

    public void Add(TimeSpan elapsed, bool ok)
    {
        _ms.Add(elapsed.TotalMilliseconds);
        if (!ok) Interlocked.Increment(ref _errors);
    }

    public void Print(string name)
    {
        var sorted = _ms.Order().ToArray();
        string P(double p) => sorted.Length == 0 ? "-" : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)].ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine($"{name,-24}{sorted.Length,10}{_errors,8}{P(0.50),10}{P(0.95),10}{P(0.99),10}{P(1.0),10}");
    }
}
