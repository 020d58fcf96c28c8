using Probity.Data.Users;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>Who may hold a case (inspectors and lead inspectors), and people's names as the case pages show them.</summary>
public sealed class CaseHolders
{
    private readonly Dictionary<string, string> _names;

    private CaseHolders(IReadOnlyList<UserAccount> users)
    {
        _names = users.ToDictionary(u => u.UserName, u => u.DisplayName, StringComparer.Ordinal);
        Options = [.. users
            .Where(u => u.Roles.Contains(UserRole.Inspector) || u.Roles.Contains(UserRole.LeadInspector))
            .Select(u => (u.UserName, $"{u.DisplayName} ({u.UserName})")), ("", "Not assigned")];
    }

    /// <summary>The people a case may be given to, then "not assigned" (the empty user name).</summary>
    public IReadOnlyList<(string UserName, string Label)> Options { get; }

    public static async Task<CaseHolders> LoadAsync(UserStore users, CancellationToken ct) => new(await users.ListAsync(ct));

    /// <summary>A holder's display name ("Not assigned" for nobody; the account name if the account has gone).</summary>
    public string NameOf(string? userName) => userName is null ? "Not assigned" : _names.GetValueOrDefault(userName, userName);
}
