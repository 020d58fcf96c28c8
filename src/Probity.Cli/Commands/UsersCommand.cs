using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Security;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity users</c>: accounts from the command line — the first admin of a new database, and for the rest what an
/// admin does on the users pages. A password is read from standard input when something is piped in, or else generated
/// and printed once; a generated or reset password must be changed at its user's next sign-in.
/// </summary>
public sealed class UsersCommand(DatabaseReadiness database, UserStore users, PasswordHashing hasher, TimeProvider clock)
{
    public static Command Create(IServiceProvider services)
    {
        var name = new Argument<string>("NAME") { Description = "The user name, what they sign in with (no spaces)." };
        Option<string[]> Roles(bool required) => new("--role")
        {
            Description = $"A role (repeat for several): {string.Join(", ", UserRoleNames.AllTokens)}.", Required = required, AllowMultipleArgumentsPerToken = true,
        };
        var addRoles = Roles(true);
        var displayName = new Option<string?>("--display-name") { Description = "The person's name as others see it (default: the user name)." };
        var provider = new Option<long?>("--provider") { Description = "The provider's id, for a provider contact." };
        var add = new Command("add", "Add a user with their roles. The password is read from standard input, or generated and printed once.")
        {
            name, addRoles, displayName, provider,
        };
        add.SetCancellableAction((parse, ct) => services.GetRequiredService<UsersCommand>().AddAsync(
            parse.GetValue(name)!, ParseRoles(parse.GetValue(addRoles)), parse.GetValue(displayName), parse.GetValue(provider), ct));

        var list = new Command("list", "List the users: roles and whether the account is active, locked or disabled.");
        list.SetCancellableAction((_, ct) => services.GetRequiredService<UsersCommand>().ListAsync(ct));

        var disable = new Command("disable", "Disable an account: its sessions end and it cannot sign in. Its work and history are kept.") { name };
        disable.SetCancellableAction((parse, ct) => services.GetRequiredService<UsersCommand>().SetDisabledAsync(parse.GetValue(name)!, true, ct));
        var enable = new Command("enable", "Enable a disabled account again.") { name };
        enable.SetCancellableAction((parse, ct) => services.GetRequiredService<UsersCommand>().SetDisabledAsync(parse.GetValue(name)!, false, ct));

        var setRoles = Roles(true);
        var roles = new Command("roles", "Replace a user's roles; their sessions end, so the new roles apply at their next sign-in.") { name, setRoles };
        roles.SetCancellableAction((parse, ct) => services.GetRequiredService<UsersCommand>().SetRolesAsync(parse.GetValue(name)!, ParseRoles(parse.GetValue(setRoles)), ct));

        var reset = new Command("reset-password",
            "Set a new password (from standard input, or generated and printed once) that the user must change when they next sign in; it unlocks the account and ends its sessions.")
        {
            name,
        };
        reset.SetCancellableAction((parse, ct) => services.GetRequiredService<UsersCommand>().ResetPasswordAsync(parse.GetValue(name)!, ct));

        return new Command("users", "User accounts: add, list, disable, enable, roles, reset-password.") { add, list, disable, enable, roles, reset };
    }

    private async Task<int> AddAsync(string userName, IReadOnlyList<UserRole> roles, string? displayName, long? providerId, CancellationToken ct)
    {
        var (password, generated) = ReadOrGenerate();
        var location = await database.ReadyAsync(ct);
        var created = await users.CreateAsync(new NewUser(userName, displayName ?? userName, roles) { ProviderId = providerId }, Actor.FromEnvironment(), ct);
        await users.SetPasswordHashAsync(created.UserName, hasher.HashPassword(created, password), mustChange: generated, Actor.FromEnvironment(), ct);
        Console.Error.WriteLine($"probity: added {created.UserName} ({string.Join(", ", created.Roles.Order().Select(r => r.Token()))}) in the {location}");
        PrintIfGenerated(password, generated);
        return CommandLine.Ok;
    }

    private async Task<int> ListAsync(CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var u in await users.ListAsync(ct))
        {
            var state = u.Disabled ? "disabled" : u.LockedUntil > now ? "locked" : u.PasswordHash is null ? "no password" : u.MustChangePassword ? "must change password" : "active";
            Console.Out.WriteLine($"{u.UserName,-24} {u.DisplayName,-28} {string.Join(",", u.Roles.Order().Select(r => r.Token())),-40} {state}");
        }
        return CommandLine.Ok;
    }

    private async Task<int> SetDisabledAsync(string userName, bool disabled, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        await users.SetDisabledAsync(userName, disabled, Actor.FromEnvironment(), ct);
        Console.Error.WriteLine($"probity: {userName} is {(disabled ? "disabled: signed out everywhere, and cannot sign in" : "enabled")}");
        return CommandLine.Ok;
    }

    private async Task<int> SetRolesAsync(string userName, IReadOnlyList<UserRole> roles, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var user = await users.FindAsync(userName, ct) ?? throw new UserErrorException($"there is no user \"{userName}\"");
        await users.UpdateAsync(user.UserName, user.DisplayName, roles, roles.Contains(UserRole.ProviderContact) ? user.ProviderId : null, user.Version, Actor.FromEnvironment(), ct);
        Console.Error.WriteLine($"probity: {userName} now has the roles {string.Join(", ", roles.Order().Select(r => r.Token()))}");
        return CommandLine.Ok;
    }

    private async Task<int> ResetPasswordAsync(string userName, CancellationToken ct)
    {
        var (password, generated) = ReadOrGenerate();
        await database.ReadyAsync(ct);
        var user = await users.FindAsync(userName, ct) ?? throw new UserErrorException($"there is no user \"{userName}\"");
        await users.SetPasswordHashAsync(user.UserName, hasher.HashPassword(user, password), mustChange: true, Actor.FromEnvironment(), ct);
        Console.Error.WriteLine($"probity: {userName} has a new password, to change at their next sign-in; their sessions have ended");
        PrintIfGenerated(password, generated);
        return CommandLine.Ok;
    }

    private static List<UserRole> ParseRoles(string[]? tokens)
    {
        var roles = new List<UserRole>();
        foreach (var token in (tokens ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            roles.Add(UserRoleNames.TryParse(token, out var role) ? role
                : throw new UserErrorException($"--role \"{token}\" is not a role: use {string.Join(", ", UserRoleNames.AllTokens)}", CommandLine.Usage));
        return roles.Distinct().ToList();
    }

    /// <summary>The password piped in (checked against the policy), or a new random one when nothing is.</summary>
    private static (string Password, bool Generated) ReadOrGenerate()
    {
        if (!Console.IsInputRedirected) return (Generate(), true);
        var typed = Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? "";
        if (typed.Length == 0) return (Generate(), true);
        if (PasswordPolicy.Problem(typed) is { } problem) throw new UserErrorException($"the password is refused: {problem}");
        return (typed, false);
    }

    // 20 characters from a 32-letter alphabet without look-alikes: 100 bits, readable aloud.
    private static string Generate()
    {
        const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}-{new string(chars, 10, 5)}-{new string(chars, 15, 5)}");
    }

    private static void PrintIfGenerated(string password, bool generated)
    {
        if (!generated) return;
        Console.Error.WriteLine("probity: the password, shown only now (they must change it when they first sign in):");
        Console.Out.WriteLine(password);
    }
}
