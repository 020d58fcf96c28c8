using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Ratings;
using Probity.Data.Tests.Infrastructure;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>The web app on PostgreSQL, the team's server database: the demo loads, a case saves, a conflict is refused, the panel decides.</summary>
public sealed class PostgresWebTests
{
    [Fact]
    public async Task The_inspectors_work_goes_through_on_a_real_postgresql_server()
    {
        using var server = TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        using var web = WebFactory.OnPostgres(database.ConnectionString);
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        // At the panel the case's answers are frozen until the lead reopens it.
        await web.Services.GetRequiredService<Data.Cases.CaseReopeningStore>().ReopenAsync(id, caseId, "checked again on PostgreSQL", new Data.Actor("demo.lead"));
        var before = await web.Store.Cases.LoadAsync(id, caseId);
        var fields = before.Answers.Where(a => a.Key.StartsWith("2.1.", StringComparison.Ordinal))
            .ToDictionary(a => $"answer[{a.Key}]", a => a.Value.Token());
        fields["note[2.1.1]"] = "Checked on PostgreSQL";
        fields["version"] = $"{before.Version}";
        fields["action"] = "continue";
        var inspector = await web.SignInAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");

        Assert.Equal(302, (await inspector.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.1", fields)).Status);
        var conflict = await lead.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.1", fields);
        Assert.Contains("demo.inspector", Assert.Single(conflict.ErrorSummary));
        Assert.Equal("Checked on PostgreSQL", (await web.Store.Cases.LoadAsync(id, caseId)).Notes["2.1.1"]);

        var panel = await web.SignInAsync("demo.panel");
        Assert.Equal(302, (await panel.PostFormAsync($"/inspections/{id}/panel/standards/4.2",
            new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "One case from Good, and encouraging findings." })).Status);
        Assert.Equal("13/30", (await panel.GetAsync($"/inspections/{id}/panel")).Document.QuerySelector("[data-testid=score]")!.TextContent);
        var decision = Assert.Single((await web.Store.Datasets.LoadAsync(id)).Manifest.PanelDecisions);
        Assert.Equal(("4.2", "Demo Panel Member"), (decision.Standard, decision.ProposedBy));
    }
}
