using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;
using Probity.Tests.Shared;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Two production-mode instances on one PostgreSQL behave as one service: a session or form made on one is accepted on
/// the other (the keys are in the database), a conflicting save through both is refused, and stopping one loses nothing.
/// </summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task Two_instances_on_one_postgresql_are_one_service()
    {
        using var folder = new TempFolder();
        using var server = TemporaryPostgres.Start();
        var database = await ProductionModeTests.ReadyAsync(server, "lisa.parker", "sam.okafor");
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

        // Both read Sam's account; the first saves; the second's save from the same version is refused, as on one instance.
        var firstUsers = first.App.Services.GetRequiredService<UserStore>();
        var secondUsers = second.App.Services.GetRequiredService<UserStore>();
        var read = (await firstUsers.FindAsync("sam.okafor"))!;
        await firstUsers.UpdateAsync("sam.okafor", "Sam Okafor-Reid", read.Roles, null, read.Version, new Actor("lisa.parker"));
        var conflict = await Assert.ThrowsAsync<EditConflictException>(() =>
            secondUsers.UpdateAsync("sam.okafor", "Sam Okafor", read.Roles, null, read.Version, new Actor("lisa.parker")));
        Assert.Contains("lisa.parker", conflict.Message);

        // The first stops: the second still holds the session and the save; and a restarted instance still accepts the session.
        await first.DisposeAsync();
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/")).Response.StatusCode);
        Assert.Equal("Sam Okafor-Reid", (await secondUsers.FindAsync("sam.okafor"))!.DisplayName);
        await using var restarted = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path);
        using var onRestarted = onFirst.Through(restarted);
        var again = await onRestarted.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Contains("Lisa Parker", again.Html);
    }
}
