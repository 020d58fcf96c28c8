using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data;
using Probity.Data.Tests.Infrastructure;
using Probity.Core.Datasets;
using Probity.Data.Providers;
using Probity.Tests.Shared;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Two production-mode instances on one PostgreSQL behave as one service: a session or form made on one is accepted on
/// the other (the keys are in the database), a conflicting save through the pages of both is refused, and stopping one loses nothing.
/// </summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task Two_instances_on_one_postgresql_are_one_service()
    {
        using var folder = new TempFolder();
        using var server = TemporaryPostgres.Start();
        var database = await ProductionModeTests.ReadyAsync(server, "lisa.parker");
        var first = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path);
        await using var second = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path);
        using var onFirst = new ProxiedBrowser(first.Address);
        Assert.Equal(HttpStatusCode.Redirect,
            (await onFirst.PostFormAsync("/sign-in", new() { ["UserName"] = "lisa.parker", ["Password"] = ProductionModeTests.Password })).Response.StatusCode);

        // The next request lands on the other instance: the session holds, and a form opened on the first posts there.
        using var onSecond = onFirst.Through(second);
        var home = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
        Assert.Contains("Lisa Parker", home.Html);
        var formOnFirst = await onFirst.GetAsync("/inspections/new");
        Assert.Equal(HttpStatusCode.OK, formOnFirst.Response.StatusCode);
        var posted = await onSecond.PostFormAsync("/inspections/new", new() { ["Reference"] = "" }, ProxiedBrowser.TokenIn(formOnFirst.Html));
        Assert.Equal(HttpStatusCode.OK, posted.Response.StatusCode); // the form's own answer (a missing reference), not a 400 for the token
        Assert.Contains("govuk-error-summary", posted.Html);

        // An admin renames a provider through each instance from the same version: the first save stands, the second is
        // refused as it is on one instance.
        var provider = await first.App.Services.GetRequiredService<ProviderStore>().CreateAsync(new ProviderInfo("Old Name CRC", ProviderType.CRC), new Actor("test"));
        var path = $"/admin/providers/{provider.Id}";
        var saved = await onFirst.PostFormAsync(path, new() { ["name"] = "New Name CRC", ["type"] = "CRC", ["version"] = $"{provider.Version}" });
        var stale = await onSecond.PostFormAsync(path, new() { ["name"] = "Newer Name CRC", ["type"] = "CRC", ["version"] = $"{provider.Version}" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.Response.StatusCode);
        Assert.Contains("Not saved", stale.Html);

        // The first stops: the second still holds the session and the save; and a restarted instance still accepts the session.
        await first.DisposeAsync();
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/")).Response.StatusCode);
        Assert.Equal("New Name CRC", (await second.App.Services.GetRequiredService<ProviderStore>().GetAsync(provider.Id)).Name);
        await using var restarted = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path);
        using var onRestarted = onFirst.Through(restarted);
        var again = await onRestarted.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Contains("Lisa Parker", again.Html);
    }
}
