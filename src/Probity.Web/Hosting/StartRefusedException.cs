namespace Probity.Web.Hosting;

/// <summary>The production settings are unsafe or unreadable: the app does not start, and the message says what to change.</summary>
public sealed class StartRefusedException(IReadOnlyList<string> problems)
    : Exception("Probity will not start with these settings:" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
