using Probity.Core.Tests;
using Probity.Data;
using Probity.Exchange;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Every page works for the other inspection formats too: a PDU inspection (2021 standards, "person on probation",
/// court work not inspected) and an unrated Quality &amp; Impact inspection of an area (2017).
/// </summary>
public sealed class OtherFrameworksTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Theory]
    [InlineData("redcar-cleveland-middlesbrough-2022")]
    [InlineData("cumbria-2017")]
    public async Task Every_page_of_the_inspection_opens(string example)
    {
        var id = await ImportAtFieldworkAsync(example);
        var firstCase = (await web.Store.Cases.ListAsync(id))[0].CaseId;
        var lead = await web.SignInAsync("demo.lead");

        foreach (var path in new[] { "", "/cases", $"/cases/{firstCase}/check", "/sampling", "/domain-one", "/panel", "/report", "/report/html" })
        {
            var response = await lead.GetAsync($"/inspections/{id}{path}");
            Assert.True(response.Status == 200, $"{example} {path}: {response.Status}");
        }
        var form = await lead.GetAsync($"/inspections/{id}/cases/{firstCase}");
        Assert.Equal(302, form.Status);
        var section = await lead.GetAsync(form.Location!);
        Assert.Equal(200, section.Status);
        Assert.NotEmpty(section.Document.QuerySelectorAll("input.govuk-radios__input[name^='answer[']"));
    }

    [Fact]
    public async Task An_unrated_inspection_shows_counts_and_no_score()
    {
        var id = await ImportAtFieldworkAsync("cumbria-2017");
        var panel = await (await web.SignInAsync("demo.lead")).GetAsync($"/inspections/{id}/panel");
        Assert.Null(panel.Document.QuerySelector("[data-testid=score]"));
        Assert.Contains("This inspection's framework has no ratings", panel.Html);
        Assert.DoesNotContain("hmip-qi-2017 has no ratings", panel.Html);
        Assert.NotEmpty(panel.Document.QuerySelectorAll("table[data-testid^=kq-] tbody tr"));
        // Counts, not bands: no Band column left empty.
        Assert.DoesNotContain(panel.Document.QuerySelectorAll("table[data-testid^=kq-] thead th"), th => th.TextContent.Trim() == "Band");
    }

    [Fact]
    public async Task A_pdu_inspection_reads_in_its_own_terms()
    {
        var id = await ImportAtFieldworkAsync("redcar-cleveland-middlesbrough-2022");
        var lead = await web.SignInAsync("demo.lead");

        var domainOne = await lead.GetAsync($"/inspections/{id}/domain-one");
        Assert.Contains("Probation practitioner interviews", domainOne.Html);
        var panel = await lead.GetAsync($"/inspections/{id}/panel");
        Assert.Equal("8/24", panel.Document.QuerySelector("[data-testid=score]")!.TextContent);
        Assert.Contains("Not inspected", panel.Html);
    }

    /// <summary>
    /// The example as it was during fieldwork (the examples are published, so their case data would be locked), with the
    /// demo's team, who alone (and admins) see it until it is published.
    /// </summary>
    private async Task<long> ImportAtFieldworkAsync(string example)
    {
        var parsed = DatasetFolder.Read(RepositoryPaths.Of("examples", example));
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        var d = parsed.Dataset!;
        var atFieldwork = new Core.Datasets.InspectionDataset(d.Framework, d.Manifest with { Status = Core.Datasets.InspectionStatus.Fieldwork }, d.Cases, d.Answers)
        {
            Interviews = d.Interviews, Meetings = d.Meetings, PracticeExamples = d.PracticeExamples,
        };
        var id = await web.Store.Datasets.ImportAsync(atFieldwork, new Actor("test"));
        await web.Store.Teams.SetAsync(id, Web.Demo.DemoData.Team, new Actor("test"));
        return id;
    }
}
