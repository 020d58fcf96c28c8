using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Probity.Data.Users;

namespace Probity.Web.Security;

/// <summary>
/// Passwords hashed with PBKDF2-HMAC-SHA256 at the configured number of iterations (at least 600,000 outside tests), as
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>. A hash made with fewer iterations, or by ASP.NET Core Identity's hasher
/// (the demo's accounts before this format), still verifies, and is reported as needing a new hash so that sign-in
/// replaces it.
/// </summary>
public sealed class PasswordHashing(WebAppOptions options) : IPasswordHasher<UserAccount>
{
    public const int RecommendedIterations = 600_000;
    private const string Prefix = "pbkdf2-sha256$";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private static readonly PasswordHasher<UserAccount> Identity = new();

    public int Iterations => options.PasswordIterations;

    /// <summary>
    /// A hash no password is known to match, at the configured work factor: an unknown or disabled account is checked
    /// against it, so that its refusal costs as much as a wrong password's.
    /// </summary>
    public string UnusableHash => field ??= HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public string HashPassword(UserAccount user, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
    {
        if (!hashedPassword.StartsWith(Prefix, StringComparison.Ordinal))
            return Identity.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
                ? PasswordVerificationResult.Failed : PasswordVerificationResult.SuccessRehashNeeded;
        var parts = hashedPassword[Prefix.Length..].Split('$');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
            return PasswordVerificationResult.Failed;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[1]);
            expected = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(providedPassword, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return !CryptographicOperations.FixedTimeEquals(actual, expected) ? PasswordVerificationResult.Failed
            : iterations < Iterations ? PasswordVerificationResult.SuccessRehashNeeded
            : PasswordVerificationResult.Success;
    }
}
