namespace Probity.Data.Tests.Infrastructure;

/// <summary>A clock that always says the same time, so a test can see it in what was stored.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now => now;

    public override DateTimeOffset GetUtcNow() => now;
}
