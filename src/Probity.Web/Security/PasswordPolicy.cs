using System.Reflection;

namespace Probity.Web.Security;

/// <summary>
/// What a new password must be: at least <see cref="MinimumLength"/> characters, and not one of the common passwords
/// shipped with the app (<c>common-passwords.txt</c>, with its source) — nor one of them with digits or symbols added,
/// nor one repeated.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>Why the password will not do, in the user's words, or null.</summary>
    public static string? Problem(string? password) =>
        string.IsNullOrEmpty(password) ? "Enter a password"
        : password.Length < MinimumLength ? $"The password must be at least {MinimumLength} characters"
        : IsCommon(password) ? "This password is too common and easy to guess: choose another, for example three or four unrelated words"
        : null;

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().TrimEnd("0123456789!?.,-_*#@$%&+=~ ".ToCharArray()).TrimStart("0123456789!?.,-_*#@$%&+=~ ".ToCharArray());
        return Common.Value.Contains(lower) || (core.Length > 0 && Common.Value.Contains(core)) || IsRepeated(lower) || IsRepeated(core);
    }

    // "passwordpassword", "aaaaaaaaaaaa": a short pattern said again and again.
    private static bool IsRepeated(string s)
    {
        for (var n = 1; n <= s.Length / 2; n++)
            if (s.Length % n == 0 && (Common.Value.Contains(s[..n]) || n <= 3) && string.Concat(Enumerable.Repeat(s[..n], s.Length / n)) == s) return true;
        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("the list of common passwords is missing from the build");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.ToLowerInvariant());
        return set;
    }
}
