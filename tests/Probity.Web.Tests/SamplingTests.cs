using System.Text;
using Probity.Data.Samples;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

public sealed class SamplingTests
{
    private static readonly byte[] Caseload = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "northumbria-2019-caseload.csv"));

    [Fact]
    public async Task A_lead_inspector_draws_the_case_supervision_sample_from_an_uploaded_extract_and_it_is_stored()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling",
            new() { ["type"] = "case-supervision", ["as-at"] = "2019-08-19", ["seed"] = "20190916" }, "population", "northumbria-2019-caseload.csv", Caseload);

        Assert.Equal(302, response.Status);
        var sample = await web.Store.Samples.LoadAsync(Assert.Single(await web.Store.Samples.ListAsync(id)).Id);
        Assert.Equal(97, sample.Cases.Count(c => c.Role == DrawnRole.Sample)); // the published Northumbria sample size
        Assert.Equal(20190916UL, DrawnSamples.Seed(sample));
        Assert.Equal("demo.lead", sample.DrawnBy);
        var page = await lead.GetAsync(response.Location!);
        Assert.Contains("The sample is drawn and stored", page.Html);
        Assert.Equal("97", page.Document.QuerySelector("[data-testid=drawn-case-supervision]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_bad_extract_is_reported_line_by_line_and_nothing_is_stored()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var broken = Encoding.UTF8.GetBytes("case_id,sex,disposal,recorded_rosh\nX1,male,community,extreme\n");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling", new() { ["type"] = "case-supervision", ["seed"] = "x" }, "population", "broken.csv", broken);

        Assert.Equal(200, response.Status);
        Assert.Contains("The seed must be a whole number, like 20190916 (leave it empty for a random one)", response.ErrorSummary);
        var again = await lead.PostFileAsync($"/inspections/{id}/sampling", new() { ["type"] = "case-supervision" }, "population", "broken.csv", broken);
        Assert.Contains(again.ErrorSummary, e => e.StartsWith("broken.csv:2:", StringComparison.Ordinal) && e.Contains("extreme"));
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }

    [Fact]
    public async Task Only_a_lead_inspector_or_admin_may_draw()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var inspector = await web.SignInAsync("demo.inspector");
        Assert.Equal(200, (await inspector.GetAsync($"/inspections/{id}/sampling")).Status);
        var refused = await inspector.PostFileAsync($"/inspections/{id}/sampling", new() { ["type"] = "case-supervision" }, "population", "c.csv", Caseload);
        Assert.Equal(403, refused.Status);
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }
}
