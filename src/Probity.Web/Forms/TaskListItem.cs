namespace Probity.Web.Forms;

/// <summary>One row of a GOV.UK task list; no <see cref="Href"/> when the task cannot be opened (never a dead link).</summary>
public sealed record TaskListItem(string Key, string Name, string? Href, string Hint, string Status);
