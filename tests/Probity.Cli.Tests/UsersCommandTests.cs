using Microsoft.AspNetCore.Identity;
using Probity.Data;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;
using Probity.Tests.Shared;
using Probity.Web.Security;

namespace Probity.Cli.Tests;

/// <summary>Issue 15: the first admin and every account change from the command line.</summary>
public class UsersCommandTests
{
    [Fact]
    public async Task The_first_admin_is_added_with_a_generated_password_and_accounts_are_managed_from_the_command_line()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path, ["PROBITY_USER"] = "it.support", ["Probity__PasswordIterations"] = "1000" };

        var admin = CliProcess.RunWithInput(env, "", "users", "add", "ann.admin", "--role", "admin", "--display-name", "Ann Admin");
        Assert.True(admin.ExitCode == 0, admin.Error);
        var generated = Assert.Single(admin.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("shown only now", admin.Error);

        var chosen = CliProcess.RunWithInput(env, "correct horse battery staple\n", "users", "add", "bob", "--role", "inspector,lead-inspector");
        Assert.True(chosen.ExitCode == 0, chosen.Error);
        Assert.Equal("", chosen.Out); // a password piped in is never printed
        var common = CliProcess.RunWithInput(env, "password123456\n", "users", "add", "carl", "--role", "analyst");
        Assert.Equal(1, common.ExitCode);
        Assert.Contains("too common", common.Error);
        var badRole = CliProcess.RunWithInput(env, "", "users", "add", "dan", "--role", "wizard");
        Assert.Equal(2, badRole.ExitCode);
        Assert.False(CliProcess.HasStackTrace(common.Error + badRole.Error));

        Assert.Equal(0, CliProcess.Run(env, "users", "roles", "bob", "--role", "analyst").ExitCode);
        Assert.Equal(0, CliProcess.Run(env, "users", "disable", "bob").ExitCode);
        var unknown = CliProcess.Run(env, "users", "disable", "nobody");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no user \"nobody\"", unknown.Error);
        var list = CliProcess.Run(env, "users", "list").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ann.admin", "bob"], list.Select(l => l.Split(' ')[0]));
        Assert.EndsWith("must change password", list[0].TrimEnd());
        Assert.Contains(" analyst ", list[1]);
        Assert.EndsWith("disabled", list[1].TrimEnd());

        await using var store = await StoreServices.OpenAsync(DatabaseLocation.Sqlite(Path.Combine(temp.Path, "probity.db")));
        var hashing = new PasswordHashing(new Web.WebAppOptions { Database = store.Location, StaticFilesRoot = "", PasswordIterations = 1000 });
        var ann = (await store.Get<UserStore>().FindAsync("ann.admin"))!;
        Assert.Equal(PasswordVerificationResult.Success, hashing.VerifyHashedPassword(ann, ann.PasswordHash!, generated.Trim()));
        Assert.Equal([UserRole.Admin], ann.Roles);
        var bob = (await store.Get<UserStore>().FindAsync("bob"))!;
        Assert.False(bob.MustChangePassword);
        Assert.Equal(PasswordVerificationResult.Success, hashing.VerifyHashedPassword(bob, bob.PasswordHash!, "correct horse battery staple"));

        var reset = CliProcess.RunWithInput(env, "", "users", "reset-password", "bob");
        Assert.True(reset.ExitCode == 0, reset.Error);
        bob = (await store.Get<UserStore>().FindAsync("bob"))!;
        Assert.True(bob.MustChangePassword);
        Assert.Equal(PasswordVerificationResult.Success, hashing.VerifyHashedPassword(bob, bob.PasswordHash!, reset.Out.Trim()));
        var events = await store.Get<SecurityEvents>().ListAsync(new("bob"));
        Assert.Contains(events, e => e.Kind == SecurityEventKind.Disabled && e.Actor == "it.support");
        Assert.Contains(events, e => e.Kind == SecurityEventKind.RolesChanged);
        Assert.Null(await store.Get<UserStore>().FindAsync("carl"));
    }
}
