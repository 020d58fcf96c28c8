using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Datasets;
using Probity.Core.Tests;
using Probity.Data;
using Probity.Exchange;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>A copy of an example inspection at a stage of the writing (drafting by default), with the demo's team.</summary>
internal static class DraftingInspections
{
    /// <param name="change">A change to the example's manifest (no recommendations, say).</param>
    public static async Task<long> ImportAsync(WebFactory web, InspectionStatus stage = InspectionStatus.Drafting, string? example = null,
        Func<InspectionManifest, InspectionManifest>? change = null)
    {
        var d = example is null ? DemoData.Northumbria() : DatasetFolder.Read(RepositoryPaths.Of("examples", example)).Dataset!;
        var manifest = d.Manifest with { Status = stage, Published = null };
        var copy = new InspectionDataset(d.Framework, change is null ? manifest : change(manifest), d.Cases, d.Answers)
        {
            Interviews = d.Interviews, Meetings = d.Meetings, PracticeExamples = d.PracticeExamples,
        };
        var id = await web.Store.Datasets.ImportAsync(copy, new Actor("test"));
        await web.Store.Teams.SetAsync(id, DemoData.Team, new Actor("test"));
        return id;
    }

    public static T Get<T>(this WebFactory web) where T : notnull => web.Services.GetRequiredService<T>();
}
