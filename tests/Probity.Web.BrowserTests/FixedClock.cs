namespace Probity.Web.BrowserTests;

/// <summary>A clock that always says the same time, so the guides' pictures show the same dates on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
