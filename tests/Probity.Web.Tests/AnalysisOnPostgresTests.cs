using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Data.Tests.Infrastructure;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>The dashboards on PostgreSQL, the team's server database: an analysis page and the comparator applied.</summary>
public sealed class AnalysisOnPostgresTests
{
    [Fact]
    public async Task The_splits_page_and_the_comparator_work_on_a_real_postgresql_server()
    {
        using var server = TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        using var web = WebFactory.OnPostgres(database.ConnectionString);
        var northumbria = await web.DemoInspectionAsync();
        await DemoData.LoadNationalAsync(web.Store.Datasets, 8);
        var scope = new AnalysisScope { ProviderType = ProviderType.CRC };
        var expected = SplitAnalysis.Run(await web.Store.Analysis.LoadAsync(scope, AnalysisData.Tallies), scope);
        var analyst = await web.SignInAsync("demo.analyst");
        var lead = await web.SignInAsync("demo.lead");

        var page = await analyst.GetAsync("/analysis/splits?provider-type=CRC");
        var applied = await lead.PostFormAsync("/analysis/comparator?framework=hmip-crc-2019", new() { ["inspection"] = northumbria.ToString() });

        Assert.Equal(200, page.Status);
        PrintedTables.AssertMatch(expected, page.Document);
        Assert.Equal(302, applied.Status);
        Assert.Contains(await web.Store.Audit.ForInspectionAsync(northumbria), e => e.Action == "national-comparator" && e.UserName == "demo.lead");
    }
}
