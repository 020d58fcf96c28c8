namespace Probity.Data;

/// <summary>Who is making a change: every write names one, and the audit log records it.</summary>
public sealed record Actor(string UserName)
{
    /// <summary>The person running a command-line verb: <c>PROBITY_USER</c>, else the operating-system account.</summary>
    public static Actor FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("PROBITY_USER") is { Length: > 0 } u ? u : $"os:{Environment.UserName}");

    public override string ToString() => UserName;
}
