using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Http;
using Probity.Data;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;
using Probity.Web;
using Probity.Web.Security;

namespace Probity.Web.Benchmarks;

/// <summary>
/// A refused sign-in at the app's own work factor (600,000 PBKDF2 iterations) for a name no account has, a locked
/// account (with its right password) and a real account with a wrong password: the three should cost the same within
/// noise, so that timing does not tell which names exist or which accounts are locked. Each is the whole refusal: the
/// account looked up, one hash checked, the failure counted and recorded (SQLite).
/// </summary>
[Config(typeof(Config))]
public class SignInBenchmarks
{
    /// <summary>
    /// In process: on a busy two-core machine, building the separate benchmark program times out. Ten warm-ups: the
    /// first case measured (Unknown, as the cases run in order) paid the process's warming up in its first seven or
    /// eight iterations (130–200 ms against 130–137 after), which with two warm-ups made it look 10–50 ms slower.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(30));
    }

    private const string RightPassword = "the right password here";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"probity-bench-{Guid.NewGuid():N}");
    private StoreServices _store = null!;
    private SignInService _signIn = null!;

    public enum Who { Unknown, Locked, WrongPassword }

    [Params(Who.Unknown, Who.Locked, Who.WrongPassword)]
    public Who Attempt { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = await StoreServices.OpenAsync(DatabaseLocation.Sqlite(Path.Combine(_folder, "probity.db")));
        // Lock-out after a million failures: the real account must stay unlocked through every measured attempt.
        var options = new WebAppOptions { Database = _store.Location, StaticFilesRoot = _folder, LockOutAfter = 1_000_000, LockOutFor = TimeSpan.FromDays(3650) };
        var hashing = new PasswordHashing(options);
        var users = _store.Get<UserStore>();
        foreach (var name in new[] { "real.user", "locked.user" })
        {
            var user = await users.CreateAsync(new NewUser(name, name, [UserRole.Inspector]), new Actor("bench"));
            await users.SetPasswordHashAsync(name, hashing.HashPassword(user, RightPassword), new Actor("bench"));
        }
        await users.CountFailedSignInAsync("locked.user", 1, TimeSpan.FromDays(3650), null);
        _signIn = new SignInService(users, _store.Get<SessionStore>(), hashing, options, TimeProvider.System);
        _ = hashing.UnusableHash; // made once, as the app makes it at its first unknown name
    }

    [Benchmark]
    public Task<SignInOutcome> RefusedSignIn() => Attempt switch
    {
        Who.Unknown => _signIn.SignInAsync(new DefaultHttpContext(), "no.such.user", RightPassword, CancellationToken.None),
        Who.Locked => _signIn.SignInAsync(new DefaultHttpContext(), "locked.user", RightPassword, CancellationToken.None),
        _ => _signIn.SignInAsync(new DefaultHttpContext(), "real.user", "a wrong password here", CancellationToken.None),
    };

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
