using Probity.Core.Datasets;
using Probity.Data.Datasets;
using Probity.Data.Narrative;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task The_writers_choice_of_practice_examples_is_kept_audited_and_exported()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Northumbria(), InspectionStatus.Drafting);
        var narrative = store.Get<NarrativeStore>();
        var examples = await narrative.PracticeExamplesAsync(id, "2.1");
        Assert.Equal(2, examples.Count);
        Assert.All(examples, e => Assert.True(e.Example.InReport)); // every example is printed until the writers choose

        var unknown = await Assert.ThrowsAsync<ChangeRefusedException>(() => narrative.ChoosePracticeExamplesAsync(id, "2.1", new HashSet<long> { examples[0].Id, -1 }, Lead));
        Assert.Contains("-1", unknown.Message);
        Assert.All(await narrative.PracticeExamplesAsync(id, "2.1"), e => Assert.True(e.Example.InReport));

        await narrative.ChoosePracticeExamplesAsync(id, "2.1", new HashSet<long> { examples[1].Id }, Lead);
        Assert.Equal([false, true], (await narrative.PracticeExamplesAsync(id, "2.1")).Select(e => e.Example.InReport));
        Assert.Equal("choose", (await store.Get<Audit.AuditLog>().ForRecordAsync(id, "practice-examples", "2.1")).Last().Action);

        var folder = TempFolder();
        await store.Get<DatasetStore>().ExportAsync(id, folder);
        Assert.StartsWith("case_id,standard,kind,text,in_report", await File.ReadAllTextAsync(Path.Combine(folder, "practice-examples.csv")));
        var exported = TestDatasets.Parse(folder).PracticeExamples.Where(p => p.Standard == "2.1").ToList();
        Assert.Equal([false, true], exported.Select(p => p.InReport));
    }
}
