using Probity.Core.Ratings;
using Probity.Core.Reviews;
using Probity.Core.Tests;
using Probity.Data.Datasets;
using Probity.Data.Reviews;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

/// <summary>Issue 14 item 7: a regional review created and written in the browser, saved whole with a stamp.</summary>
public abstract partial class StoreSuite
{
    [Fact]
    public async Task A_review_made_in_the_browser_links_a_stored_PDU_inspection_whose_rating_is_its_annexe_two()
    {
        var store = await NewStoreAsync();
        var pdu = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Parse(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022")), Lead);
        var editor = store.Get<ReviewEditor>();
        var id = await editor.CreateAsync(new RegionalReview { Region = "North East", Title = "North East regional review", LetterDate = new DateOnly(2022, 9, 1) }, Lead);

        var created = await editor.GetAsync(id);
        Assert.Equal(("North East", "North East regional review", 0, 0), (created.Review.Region, created.Review.Title, created.Review.PduInspections.Count, created.Review.Areas.Count));
        var finding = new ReviewFinding(FindingPolarity.Strength, "Leaders know their staff.") { Evidence = [new EvidenceCitation(EvidenceSource.StaffSurvey, "68 out of 84 respondents")] };
        var written = created.Review with
        {
            PduInspections = [new LinkedPdu("rcm", "Redcar, Cleveland and Middlesbrough PDU")],
            Areas = [new ReviewArea("leadership", "Leadership") { Findings = [finding] }],
        };
        var stamp = await editor.SaveAsync(id, written, [pdu], created.Stamp, "linked a PDU, wrote a finding", Lead);
        Assert.NotEqual(created.Stamp, stamp);

        var stored = await store.Get<ReviewStore>().LoadAsync(id);
        Assert.Equal([pdu], stored.InspectionIds.Select(i => i!.Value));
        var annexe = AnnexeTwo.Build(stored.Linked).Single();
        Assert.Equal(("8/24", Rating.RequiresImprovement, true), (annexe.ScoreText, annexe.OverallRating, annexe.FromDataset));
        var area = Assert.Single(stored.Review.Areas);
        Assert.Equal(("Leadership", "Leaders know their staff.", "68 out of 84 respondents"),
            (area.Title, area.Findings[0].Text, area.Findings[0].Evidence[0].Detail));
        Assert.Equal(stamp, (await editor.GetAsync(id)).Stamp);
    }

    [Fact]
    public async Task Creating_a_review_with_PDUs_or_areas_is_refused_rather_than_dropping_them()
    {
        var store = await NewStoreAsync();
        var editor = store.Get<ReviewEditor>();
        var heading = new RegionalReview { Region = "North East" };

        var withPdu = await Assert.ThrowsAsync<ArgumentException>(() =>
            editor.CreateAsync(heading with { PduInspections = [new LinkedPdu("rcm", "Redcar, Cleveland and Middlesbrough PDU")] }, Lead));
        var withArea = await Assert.ThrowsAsync<ArgumentException>(() =>
            editor.CreateAsync(heading with { Areas = [new ReviewArea("leadership", "Leadership")] }, Lead));

        Assert.Contains("link its PDU inspections and add its areas by saving it", withPdu.Message, StringComparison.Ordinal);
        Assert.Equal(withPdu.Message, withArea.Message);
        Assert.Empty(await store.Get<ReviewStore>().ListAsync());
        Assert.Equal("North East", (await editor.GetAsync(await editor.CreateAsync(heading, Lead))).Review.Region); // the heading alone is still made
    }

    [Fact]
    public async Task A_save_made_from_a_review_someone_else_has_since_saved_is_refused_and_changes_nothing()
    {
        var store = await NewStoreAsync();
        var editor = store.Get<ReviewEditor>();
        var id = await editor.CreateAsync(new RegionalReview { Region = "North East" }, Lead);
        var read = await editor.GetAsync(id);
        await editor.SaveAsync(id, read.Review with { Areas = [new ReviewArea("staff", "Staff")] }, [], read.Stamp, "added an area", Lead);

        await Assert.ThrowsAsync<EditConflictException>(() =>
            editor.SaveAsync(id, read.Review with { Areas = [new ReviewArea("leadership", "Leadership")] }, [], read.Stamp, "added an area", Lead));
        Assert.Equal(["Staff"], (await editor.GetAsync(id)).Review.Areas.Select(a => a.Title));
    }

    [Fact]
    public async Task Saving_an_imported_review_unchanged_keeps_every_part_of_it()
    {
        var store = await NewStoreAsync();
        var folder = ReadReview(NorthEastFolder);
        var imported = await store.Get<ReviewStore>().ImportAsync(folder.Read!, folder.Linked, Lead);
        var editor = store.Get<ReviewEditor>();
        var read = await editor.GetAsync(imported.Id);

        var stamp = await editor.SaveAsync(imported.Id, read.Review, read.Inspections, read.Stamp, "saved unchanged", Lead);

        Assert.Equal(read.Stamp, stamp);
        Assert.Equal(WithoutPaths(folder.Review!), WithoutPaths((await store.Get<ReviewStore>().LoadAsync(imported.Id)).Review));
    }

    [Fact]
    public async Task A_review_without_a_region_is_refused()
    {
        var store = await NewStoreAsync();
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<ReviewEditor>().CreateAsync(new RegionalReview { Region = " " }, Lead));
        Assert.Contains("region", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await store.Get<ReviewStore>().ListAsync());
    }
}
