namespace WuzhenSite.Cli.Tests.Support;

/// <summary>A clock that always says the same moment, so scheduling rules are testable.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
