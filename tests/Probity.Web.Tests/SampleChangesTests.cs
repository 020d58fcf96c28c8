using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Data.Samples;
using Probity.Data.Teams;
using Probity.Exchange;
using Probity.Tests.Shared;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>From sample to cases: a drawn sample becomes the cases to assess, and a lead swaps, withdraws and adds cases with reasons.</summary>
public sealed class SampleChangesTests
{
    private static readonly byte[] Caseload = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "northumbria-2019-caseload.csv"));

    /// <summary>A new 2019 inspection of the demo's provider, at planned, with the demo lead, inspector and panel member as its team.</summary>
    internal static async Task<long> NewPlannedInspectionAsync(WebFactory web)
    {
        var provider = (await web.Store.Inspections.GetAsync(await web.DemoInspectionAsync())).ProviderId;
        var created = await web.Store.Inspections.CreateAsync(new NewInspection("hmip-crc-2019", provider)
        {
            Reference = "NEW-19", ProgrammeYear = "2019/20",
            Team = [new("demo.lead", TeamRole.Lead), new("demo.inspector", TeamRole.Inspector), new("demo.panel", TeamRole.PanelMember)],
        }, new Actor("demo.admin"));
        return created.Id;
    }

    internal static async Task DrawCaseSupervisionAsync(WebSession lead, long id)
    {
        var drawn = await lead.PostFileAsync($"/inspections/{id}/sampling",
            new() { ["type"] = "case-supervision", ["as-at"] = "2019-08-19", ["seed"] = "20190916" }, "population", "northumbria-2019-caseload.csv", Caseload);
        Assert.Equal(302, drawn.Status);
    }

    [Fact]
    public async Task Drawing_a_sample_creates_its_cases_and_the_page_shows_balance_cases_reserves_and_a_csv_in_plain_words()
    {
        using var web = new WebFactory();
        var id = await NewPlannedInspectionAsync(web);
        var lead = await web.SignInAsync("demo.lead");

        await DrawCaseSupervisionAsync(lead, id);

        var cases = await web.Store.Cases.ListAsync(id);
        Assert.Equal(97, cases.Count);
        Assert.All(cases, c => Assert.Equal("case-supervision", c.Sample));
        var page = await lead.GetAsync($"/inspections/{id}/sampling?done=drawn");
        var text = page.Document.Body!.TextContent;
        Assert.Contains("The sample is drawn and stored", text);
        Assert.Contains("Case supervision sample", text);
        Assert.Equal("97", page.Document.QuerySelector("[data-testid=drawn-case-supervision]")!.TextContent.Trim());
        Assert.NotEmpty(page.Document.QuerySelectorAll("[data-testid=balance-case-supervision] tbody tr"));
        Assert.Contains(page.Document.QuerySelectorAll("[data-testid=cases-case-supervision] [data-testid=standing]"), c => c.TextContent.StartsWith("Reserve ", StringComparison.Ordinal));
        foreach (var raw in new[] { "case-supervision", "§", "--required", "README", "spec " }) Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        Assert.Contains("97 cases in the inspection", (await lead.GetAsync($"/inspections/{id}")).Html);

        var sample = Assert.Single(await web.Store.Samples.ListAsync(id));
        var csv = await lead.Client.GetAsync($"/inspections/{id}/sampling?handler=csv&drawn={sample.Id}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("case reference,stratum,drawn as,reserve order", lines[0], StringComparison.Ordinal);
        Assert.Equal(97, lines.Count(l => l.Split(',')[2] == "sample"));
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{await web.DemoInspectionAsync()}/sampling?handler=csv&drawn={sample.Id}")).Status);
    }

    [Fact]
    public async Task A_lead_swaps_a_case_for_its_strata_next_reserve_with_a_reason_and_the_reason_is_kept()
    {
        using var web = new WebFactory();
        var id = await NewPlannedInspectionAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        await DrawCaseSupervisionAsync(lead, id);
        var caseId = (await web.Store.Cases.ListAsync(id))[0].CaseId;
        var offer = await web.Services.GetRequiredService<SampledCaseStore>().ReserveOfferAsync(id, caseId);
        var path = $"/inspections/{id}/sampling/cases/{caseId}/swap";

        var page = await lead.GetAsync(path);
        Assert.Contains($"Case {offer.NextReserve}, the stratum", page.Document.QuerySelector("[data-testid=next-reserve]")!.TextContent);
        var refused = await lead.PostFormAsync(path, new() { ["detail"] = "moved away" });
        Assert.Equal(["Select why the case is swapped: not available or wrongly included"], refused.ErrorSummary);
        var swapped = await lead.PostFormAsync(path, new() { ["reason"] = "not-available", ["detail"] = "moved to Scotland" });

        Assert.Equal(302, swapped.Status);
        var now = (await web.Store.Cases.ListAsync(id)).Select(c => c.CaseId).ToList();
        Assert.DoesNotContain(caseId, now);
        Assert.Contains(offer.NextReserve!, now);
        var withdrawn = Assert.Single(await web.Services.GetRequiredService<SampledCaseStore>().ListWithdrawnAsync(id));
        Assert.Equal(("Not available: moved to Scotland", offer.NextReserve), (withdrawn.Reason, withdrawn.ReplacedBy));
        Assert.Contains("Not available: moved to Scotland", (await lead.GetAsync(swapped.Location!)).Document.QuerySelector("[data-testid=withdrawn]")!.TextContent);
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/sampling/cases/{offer.NextReserve}/swap")).Status);
    }

    [Fact]
    public async Task When_a_stratum_has_no_reserves_left_the_page_says_so_and_offers_the_next_strata_reserves()
    {
        using var web = new WebFactory();
        var id = await NewPlannedInspectionAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        await DrawCaseSupervisionAsync(lead, id);
        var store = web.Services.GetRequiredService<SampledCaseStore>();
        var first = (await web.Store.Cases.ListAsync(id))[0].CaseId;
        // Use up the stratum's reserves, swapping the case that came in each time.
        var current = first;
        while ((await store.ReserveOfferAsync(id, current)).NextReserve is not null)
            current = await store.SwapForReserveAsync(id, current, "Not available", new Actor("demo.lead"));
        var offer = await store.ReserveOfferAsync(id, current);
        Assert.NotEmpty(offer.OtherStrata);
        var path = $"/inspections/{id}/sampling/cases/{current}/swap";

        var page = await lead.GetAsync(path);
        Assert.Contains("has no reserves left", page.Document.QuerySelector("[data-testid=ran-out]")!.TextContent);
        var other = offer.OtherStrata[0];
        var refused = await lead.PostFormAsync(path, new() { ["reason"] = "wrongly-included" });
        Assert.Equal(["Select the stratum whose next reserve takes the case's place"], refused.ErrorSummary);
        var swapped = await lead.PostFormAsync(path, new() { ["reason"] = "wrongly-included", ["stratum"] = other.Stratum });

        Assert.Equal(302, swapped.Status);
        Assert.Contains(other.CaseId, (await web.Store.Cases.ListAsync(id)).Select(c => c.CaseId));
    }

    [Fact]
    public async Task A_lead_withdraws_a_case_and_adds_one_by_hand_each_with_a_reason()
    {
        using var web = new WebFactory();
        var id = await NewPlannedInspectionAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        await DrawCaseSupervisionAsync(lead, id);
        var caseId = (await web.Store.Cases.ListAsync(id))[1].CaseId;
        var withdraw = $"/inspections/{id}/sampling/cases/{caseId}/withdraw";

        Assert.Equal(["Enter why the case is withdrawn: the report's methodology gives the reason"], (await lead.PostFormAsync(withdraw, new() { ["reason"] = " " })).ErrorSummary);
        Assert.Equal(302, (await lead.PostFormAsync(withdraw, new() { ["reason"] = "transferred out of the area" })).Status);
        Assert.Equal(96, (await web.Store.Cases.ListAsync(id)).Count);
        Assert.Equal(404, (await lead.GetAsync(withdraw)).Status);

        var add = $"/inspections/{id}/sampling/add";
        Assert.Equal(["Enter why the case is added: the report's methodology gives the reason"],
            (await lead.PostFormAsync(add, new() { ["sample"] = "case-supervision", ["case"] = "HAND-1" })).ErrorSummary);
        var back = await lead.PostFormAsync(add, new() { ["sample"] = "case-supervision", ["case"] = caseId, ["reason"] = "it came back" });
        Assert.Contains("cannot come back into the sample", Assert.Single(back.ErrorSummary));
        Assert.Equal(302, (await lead.PostFormAsync(add, new() { ["sample"] = "case-supervision", ["case"] = "HAND-1", ["reason"] = "the panel asked for a women's case" })).Status);
        Assert.Contains("HAND-1", (await web.Store.Cases.ListAsync(id)).Select(c => c.CaseId));
        var page = await lead.GetAsync($"/inspections/{id}/sampling");
        Assert.Contains("transferred out of the area", page.Document.QuerySelector("[data-testid=withdrawn]")!.TextContent);
        var report = await lead.GetAsync($"/inspections/{id}/report?handler=html");
        Assert.Contains("one case was withdrawn, for the reasons below", report.Html);
        Assert.Contains("transferred out of the area", report.Html);
    }

    [Fact]
    public async Task A_case_added_by_hand_to_a_quality_and_impact_inspection_says_which_organisation_managed_it_so_the_export_reads_back()
    {
        using var web = new WebFactory();
        var provider = (await web.Store.Providers.CreateAsync(new ProviderInfo("Cumbria", ProviderType.Area), new Actor("demo.admin"))).Id;
        var id = (await web.Store.Inspections.CreateAsync(new NewInspection("hmip-qi-2017", provider)
        {
            Reference = "QI-17", ProgrammeYear = "2017/18",
            Team = [new("demo.lead", TeamRole.Lead), new("demo.inspector", TeamRole.Inspector)],
        }, new Actor("demo.admin"))).Id;
        var lead = await web.SignInAsync("demo.lead");
        var add = $"/inspections/{id}/sampling/add";
        Assert.Equal(["crc", "nps"], (await lead.GetAsync(add)).Document.QuerySelectorAll("input[name=view]").Select(i => i.GetAttribute("value")));

        var refused = await lead.PostFormAsync(add, new() { ["sample"] = "case-supervision", ["case"] = "CU-0001", ["reason"] = "chosen with the area's managers" });
        Assert.Equal(["Select which organisation managed the case"], refused.ErrorSummary);
        var wrongSample = await lead.PostFormAsync(add, new() { ["sample"] = "unpaid-work", ["case"] = "CU-0001", ["view"] = "crc", ["reason"] = "chosen with the area's managers" });
        Assert.Equal(["Case CU-0001 cannot join that sample: this inspection assesses only the case supervision sample."], wrongSample.ErrorSummary);
        Assert.Empty(await web.Store.Cases.ListAsync(id));

        foreach (var (caseId, view) in new[] { ("CU-0001", "crc"), ("CU-0002", "nps") })
            Assert.Equal(302, (await lead.PostFormAsync(add, new() { ["sample"] = "case-supervision", ["case"] = caseId, ["view"] = view, ["reason"] = "chosen with the area's managers" })).Status);

        var framework = FrameworkCatalog.Get("hmip-qi-2017");
        foreach (var caseId in new[] { "CU-0001", "CU-0002" })
        {
            var assessment = await web.Store.Cases.LoadAsync(id, caseId);
            var answers = framework.Questions.Items.ToDictionary(i => i.Id, i => AnswerTallies.ScopeOf(i).Contains(assessment.Case) ? Judgement.Yes : Judgement.NotApplicable);
            await web.Store.Cases.SaveAsync(assessment with { Answers = answers }, new Actor("demo.lead"));
        }
        using var folder = new TempFolder();
        var exported = Path.Combine(folder.Path, "export");
        await web.Store.Datasets.ExportAsync(id, exported);
        var read = DatasetFolder.Read(exported);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems.Select(p => p.ToString())));
        Assert.Equal(["CRC", "NPS"], read.Dataset!.Cases.OrderBy(c => c.CaseId).Select(c => c.Get(CaseColumns.ManagingOrganisation)));
    }

    [Fact]
    public async Task Adding_a_case_to_an_inspection_without_organisational_views_asks_no_organisation()
    {
        using var web = new WebFactory();
        var id = await NewPlannedInspectionAsync(web);
        var page = await (await web.SignInAsync("demo.lead")).GetAsync($"/inspections/{id}/sampling/add");
        Assert.Empty(page.Document.QuerySelectorAll("input[name=view]"));
        Assert.NotEmpty(page.Document.QuerySelectorAll("input[name=sample]"));
    }
}
