using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Reviews;
using Probity.Core.Tests;
using Probity.Data.Reviews;
using Probity.Data.Tests.Infrastructure;
using Probity.Exchange;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Inspections;

namespace Probity.Data.Tests;

/// <summary>Issue 8: a regional review is stored with the PDU inspections it links, read back, and exported as a folder that reads the same.</summary>
public abstract partial class StoreSuite
{
    private static string NorthEastFolder => RepositoryPaths.Of("examples", "north-east-region-2022");

    private static ReviewFolderResult ReadReview(string folder)
    {
        var result = ReviewFolder.Read(folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    // review.json without the dataset paths, which name folders and so differ between a review folder and its export.
    private static string WithoutPaths(RegionalReview review) =>
        ReviewWriter.Write(review with { PduInspections = review.PduInspections.Select(p => p with { Dataset = null }).ToList() });

    private static string Describe(IEnumerable<AnnexeTwoTable> tables) => string.Join("\n", tables.Select(t =>
        $"{t.Pdu.Key} {t.ScoreText} {t.OverallRating} {t.FromDataset}: " + string.Join("; ", t.Rows.Select(r => $"{r.Id} {r.Name} {r.RatingText}"))));

    [Fact]
    public async Task A_review_round_trips_through_the_store_and_an_exported_folder()
    {
        var store = await NewStoreAsync();
        var original = ReadReview(NorthEastFolder);
        var imported = await store.Get<ReviewStore>().ImportAsync(original.Read!, original.Linked, Lead);
        Assert.Equal([("rcm", PduLinkKind.Imported), ("gst", PduLinkKind.LetterOnly)], imported.Links.Select(l => (l.Key, l.Kind)));

        var stored = await store.Get<ReviewStore>().LoadAsync(imported.Id);
        Assert.Equal(WithoutPaths(original.Review!), WithoutPaths(stored.Review));
        Assert.Equal([imported.Links[0].InspectionId, null], stored.InspectionIds);
        DatasetComparison.AssertSame(original.Linked[0].Dataset!, stored.Linked[0].Dataset!);
        Assert.Null(stored.Linked[1].Dataset);
        // Annexe two from the store is the letter's: RCM 8/24, Requires improvement, rated from the stored inspection.
        Assert.Equal(Describe(AnnexeTwo.Build(original.Linked)), Describe(AnnexeTwo.Build(stored.Linked)));
        var rcm = AnnexeTwo.Build(stored.Linked)[0];
        Assert.Equal(("8/24", Rating.RequiresImprovement, true), (rcm.ScoreText, rcm.OverallRating, rcm.FromDataset));

        var folder = TempFolder();
        await store.Get<ReviewStore>().ExportAsync(imported.Id, folder);
        Assert.True(File.Exists(Path.Combine(folder, "review.json")));
        Assert.True(File.Exists(Path.Combine(folder, "rcm", "inspection.json")));
        var exported = ReadReview(folder);
        Assert.Equal("rcm", exported.Review!.PduInspections[0].Dataset);
        Assert.Equal(WithoutPaths(original.Review!), WithoutPaths(exported.Review));
        DatasetComparison.AssertSame(original.Linked[0].Dataset!, exported.Linked[0].Dataset!);
        Assert.Equal(Describe(AnnexeTwo.Build(original.Linked)), Describe(AnnexeTwo.Build(exported.Linked)));
    }

    [Fact]
    public async Task A_second_import_links_the_PDU_inspection_already_stored_rather_than_importing_it_again()
    {
        var store = await NewStoreAsync();
        var pdu = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Parse(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022")), Lead);
        var review = ReadReview(NorthEastFolder);
        var first = await store.Get<ReviewStore>().ImportAsync(review.Read!, review.Linked, Lead);
        var second = await store.Get<ReviewStore>().ImportAsync(review.Read!, review.Linked, Lead);

        Assert.Equal((PduLinkKind.LinkedToStored, pdu), (first.Links[0].Kind, first.Links[0].InspectionId));
        Assert.Equal((PduLinkKind.LinkedToStored, pdu), (second.Links[0].Kind, second.Links[0].InspectionId));
        Assert.Single(await store.Get<InspectionStore>().ListAsync());
        Assert.Equal([first.Id, second.Id], (await store.Get<ReviewStore>().FindByReferenceAsync("NE-REGION-2022")).Select(r => r.Id));
        // The link is the stored inspection, by foreign key.
        var rows = await RawQueryAsync(store.Location, $"select inspection_id from review_pdus where review_id = {first.Id} order by ordinal");
        Assert.Equal([pdu, null], rows.Select(r => r[0] is null ? (long?)null : Convert.ToInt64(r[0])));
    }

    [Fact]
    public async Task A_stored_inspection_that_does_not_reproduce_the_letter_is_refused_and_nothing_is_written()
    {
        var store = await NewStoreAsync();
        var rcm = TestDatasets.Parse(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022"));
        // The same PDU and reference, but its Staff standard ratified Outstanding: the letter prints Good, and 9/24.
        var changed = new InspectionDataset(rcm.Framework, rcm.Manifest with
        {
            DomainOneRatings = new Dictionary<string, Rating>(rcm.Manifest.DomainOneRatings) { ["1.2"] = Rating.Outstanding },
        }, rcm.Cases, rcm.Answers);
        await store.Get<DatasetStore>().ImportAsync(changed, Lead);
        var before = await DatabaseFingerprint.TakeAsync(store.Location);
        var review = ReadReview(NorthEastFolder);

        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<ReviewStore>().ImportAsync(review.Read!, review.Linked, Lead));

        Assert.Contains(refused.Reasons, r => r.StartsWith("review.json:", StringComparison.Ordinal)
            && r.Contains("pduInspections[0].published.standards[1].rating: the letter prints 1.2 Staff Good, but the linked dataset gives Outstanding", StringComparison.Ordinal));
        Assert.Contains(refused.Reasons, r => r.Contains("the letter prints 8/24, but the linked dataset scores 9/24", StringComparison.Ordinal));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
        Assert.Empty(await store.Get<ReviewStore>().ListAsync());
    }

    [Fact]
    public async Task Two_stored_inspections_with_the_linked_reference_are_refused_as_ambiguous()
    {
        var store = await NewStoreAsync();
        var rcm = TestDatasets.Parse(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022"));
        var a = await store.Get<DatasetStore>().ImportAsync(rcm, Lead);
        var b = await store.Get<DatasetStore>().ImportAsync(rcm, Lead);
        var review = ReadReview(NorthEastFolder);
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<ReviewStore>().ImportAsync(review.Read!, review.Linked, Lead));
        Assert.Contains($"2 stored inspections have reference \"RCM-2022\" (ids {a}, {b})", refused.Message);
        Assert.Empty(await store.Get<ReviewStore>().ListAsync());
    }

    [Fact]
    public async Task Importing_a_review_is_audited_with_the_PDU_inspection_it_imported()
    {
        var store = await NewStoreAsync();
        var review = ReadReview(NorthEastFolder);
        var imported = await store.Get<ReviewStore>().ImportAsync(review.Read!, review.Linked, Lead);
        var entry = (await store.Get<AuditLog>().ForRecordAsync(null, "review", imported.Id.ToString())).Single();
        Assert.Equal(("lead.inspector", "import"), (entry.UserName, entry.Action));
        Assert.Contains("\"NE-REGION-2022\"", entry.After);
        Assert.Contains("\"Imported\"", entry.After);
        var pdu = imported.Links[0].InspectionId!.Value;
        Assert.Contains(await store.Get<AuditLog>().ForInspectionAsync(pdu), e => e is { Entity: "inspection", Action: "import" });
    }

    [Fact]
    public async Task An_unknown_review_is_a_clear_not_found()
    {
        var store = await NewStoreAsync();
        var missing = await Assert.ThrowsAsync<RecordNotFoundException>(() => store.Get<ReviewStore>().LoadAsync(42));
        Assert.Equal("there is no review with id 42 (./probity reviews lists them)", missing.Message);
    }
}
