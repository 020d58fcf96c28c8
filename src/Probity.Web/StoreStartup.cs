using Microsoft.AspNetCore.Identity;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Demo;

namespace Probity.Web;

/// <summary>Opens (and migrates) the store before the first request, and loads the demo when asked.</summary>
internal sealed class StoreStartup(ProbityStore store, WebAppOptions options, IPasswordHasher<UserAccount> hasher) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (options.LoadDemo) await DemoData.LoadIfEmptyAsync(store, hasher, options.DemoNationalInspections, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
