using Probity.Data.Users;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>What the user pages share: the roles by name, and the password rule.</summary>
public static class UserForm
{
    public const int MinimumPasswordLength = 12;

    public static IReadOnlyList<(string, string)> RoleOptions { get; } =
    [
        (UserRole.Admin.Token(), "Admin"), (UserRole.LeadInspector.Token(), "Lead inspector"), (UserRole.Inspector.Token(), "Inspector"),
        (UserRole.RatingsPanelMember.Token(), "Ratings panel member"), (UserRole.Analyst.Token(), "Analyst"), (UserRole.ProviderContact.Token(), "Provider contact"),
    ];

    /// <summary>Why the password will not do, or null.</summary>
    public static string? CheckPassword(string? password, string? confirm) =>
        string.IsNullOrEmpty(password) ? "Enter a password"
        : password.Length < MinimumPasswordLength ? $"The password must be at least {MinimumPasswordLength} characters"
        : password != confirm ? "The two passwords do not match"
        : null;
}
