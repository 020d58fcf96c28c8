using Probity.Reports.Checks;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The checks before publication in the web app: a lead overrides one with a reason (stored, audited, no longer counted
/// against publication); an override with no reason is refused and nothing is stored; only managers may override.
/// </summary>
public sealed class CheckOverridesTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task The_checks_page_lists_each_finding_with_its_block_and_words()
    {
        var id = await web.DemoInspectionAsync();
        var results = await web.Store.Checks.LoadAsync(id, default);
        Assert.Contains(results.Unresolved, f => f.Kind == CheckKind.Significant && f.Block == "Executive summary: Unpaid work");

        var page = await (await web.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/checks");
        var rows = page.Document.QuerySelectorAll("[data-testid=unresolved] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(results.Unresolved.Count, rows.Count);
        Assert.Contains(rows, r => r.Contains("Executive summary: Unpaid work") && r.Contains("\u201csignificant\u201d"));
        Assert.Empty(page.Document.QuerySelectorAll("a[href*='/checks/override']")); // an inspector reads, a lead overrides
        // Each block named links to its editor, where the words are mended.
        var unpaidWork = page.Document.QuerySelectorAll("[data-testid=unresolved] [data-testid=block] a").First(a => a.TextContent == "Executive summary: Unpaid work");
        Assert.Equal($"/inspections/{id}/writing/executive-summary/4.1", unpaidWork.GetAttribute("href"));
    }

    [Fact]
    public async Task A_lead_overrides_a_check_with_a_reason_and_it_no_longer_blocks_publication()
    {
        var id = await web.DemoInspectionAsync();
        var before = await web.Store.Checks.LoadAsync(id, default);
        var finding = before.Unresolved.First(f => f.Section == "executive-summary:4.1");
        var path = $"/inspections/{id}/checks/override?finding={Uri.EscapeDataString(finding.Key)}";
        var lead = await web.SignInAsync("demo.lead");

        var refused = await lead.PostFormAsync(path, new() { ["finding"] = finding.Key, ["reason"] = " ", ["version"] = "" });
        Assert.Equal(200, refused.Status);
        Assert.Contains("Enter why the words are right as written: the drafting notes and the audit log keep the reason", refused.ErrorSummary);
        Assert.Empty(await web.Store.CheckOverrides.ListAsync(id));

        var saved = await lead.PostFormAsync(path, new() { ["finding"] = finding.Key, ["reason"] = "The decline is the CRC's own figure, quoted.", ["version"] = "" });
        Assert.Equal(302, saved.Status);
        var stored = Assert.Single(await web.Store.CheckOverrides.ListAsync(id));
        Assert.Equal(("The decline is the CRC's own figure, quoted.", "demo.lead"), (stored.Reason, stored.By));
        Assert.Equal(before.Unresolved.Count - 1, await web.Store.Checks.UnresolvedCountAsync(id, default));
        var audit = (await web.Store.Audit.ForInspectionAsync(id)).Last();
        Assert.Equal(("check-override", "override", "demo.lead"), (audit.Entity, audit.Action, audit.UserName));

        var listed = await lead.GetAsync($"/inspections/{id}/checks");
        Assert.Contains("The decline is the CRC's own figure, quoted.", listed.Document.QuerySelector("[data-testid=overridden]")!.TextContent);

        var withdrawn = await lead.PostFormAsync($"{path}&handler=Withdraw", new() { ["finding"] = finding.Key, ["version"] = $"{stored.Version}" }, formPage: path);
        Assert.Equal(302, withdrawn.Status);
        Assert.Empty(await web.Store.CheckOverrides.ListAsync(id));
        Assert.Equal(before.Unresolved.Count, await web.Store.Checks.UnresolvedCountAsync(id, default));
    }

    [Fact]
    public async Task An_inspector_cannot_override_a_check()
    {
        var id = await web.DemoInspectionAsync();
        var finding = (await web.Store.Checks.LoadAsync(id, default)).Unresolved[0];
        var inspector = await web.SignInAsync("demo.inspector");
        // The token of the inspector's own session, from a form they may use: the refusal is the page's, not the token's.
        var token = (await inspector.GetAsync("/account/password")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await inspector.PostRawAsync($"/inspections/{id}/checks/override",
            new() { ["finding"] = finding.Key, ["reason"] = "looks fine", ["__RequestVerificationToken"] = token });
        Assert.Equal(403, response.Status);
        Assert.DoesNotContain(await web.Store.CheckOverrides.ListAsync(id), o => o.By == "demo.inspector");
    }
}
