using Probity.Core.Datasets;
using Probity.Data;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The Northumbria example back at drafting, under a reference of its own, with the demo team: the inspection the stories
/// send to the provider and publish. The checks its published text fails (its known "significant" warnings) are overridden
/// by the lead, as written: the checks page has its own story, and these stories start where the lead has dealt with them.
/// </summary>
public static class DraftingNorthumbria
{
    public static async Task<long> ImportAsync(LiveSite site, string reference)
    {
        var northumbria = Demo.DemoData.Northumbria();
        var drafting = new InspectionDataset(northumbria.Framework,
            northumbria.Manifest with { Status = InspectionStatus.Drafting, Published = null, Reference = reference }, northumbria.Cases, northumbria.Answers)
        {
            Interviews = northumbria.Interviews, Meetings = northumbria.Meetings, PracticeExamples = northumbria.PracticeExamples,
        };
        var id = await site.Store.Datasets.ImportAsync(drafting, new Actor("browser-test-setup"));
        await site.Store.Teams.SetAsync(id, Demo.DemoData.Team, new Actor("browser-test-setup"));
        foreach (var finding in (await site.Store.Checks.LoadAsync(id, default)).Unresolved)
            await site.Store.CheckOverrides.OverrideAsync(id, finding.Key, finding.Block, finding.Words, "Right as written.", null, new Actor("demo.lead"));
        return id;
    }
}
