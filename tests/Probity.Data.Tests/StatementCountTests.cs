using Microsoft.Data.Sqlite;
using Probity.Core.Datasets;
using Probity.Data.Cases;
using Probity.Data.Inspections;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;

namespace Probity.Data.Tests;

/// <summary>
/// What one case page costs the database, counted (not timed): opening a case page reads the signed-in user (the cookie
/// check), the inspection and the case; saving one section does that and then saves the case. Before the prepared
/// commands were kept and the reads joined, an open took 9 round trips and prepared 18 statements, and a save 17 more
/// round trips and 20 statements.
/// </summary>
public sealed class StatementCountTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"probity-count-{Guid.NewGuid():N}");
    private StoreServices _store = null!;
    private long _inspectionId;
    private string _caseId = "";

    public async Task InitializeAsync()
    {
        _store = await StoreServices.OpenAsync(DatabaseLocation.Sqlite(Path.Combine(_folder, "probity.db")));
        var dataset = TestDatasets.Full();
        _inspectionId = await _store.Get<Datasets.DatasetStore>().ImportAsync(dataset, new Actor("lead.inspector"));
        await _store.Get<UserStore>().CreateAsync(new NewUser("inspector.a", "Inspector A", [UserRole.Inspector]), new Actor("lead.inspector"));
        _caseId = dataset.Cases.First(c => c.Sample == "case-supervision").CaseId;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task<CaseAssessment> OpenCasePageAsync()
    {
        await _store.Get<UserStore>().FindAsync("inspector.a");
        await _store.Get<InspectionStore>().GetAsync(_inspectionId);
        return await _store.Get<CaseAssessmentStore>().LoadAsync(_inspectionId, _caseId);
    }

    private async Task<(long Commands, long Statements, long Prepared)> CountAsync(Func<Task> work)
    {
        var counter = _store.Get<Database>().Statements;
        var (commands, statements, prepared) = (counter.Commands, counter.Statements, counter.Prepared);
        await work();
        return (counter.Commands - commands, counter.Statements - statements, counter.Prepared - prepared);
    }

    [Fact]
    public async Task Opening_a_case_page_takes_three_round_trips_and_prepares_nothing_once_warm()
    {
        await OpenCasePageAsync();
        // The user with its roles, the inspection, and the case with its notes and practice examples (one command, three statements).
        Assert.Equal((3L, 5L, 0L), await CountAsync(OpenCasePageAsync));
    }

    [Fact]
    public async Task Saving_a_case_section_takes_ten_round_trips_with_no_second_read_of_the_case()
    {
        var cases = _store.Get<CaseAssessmentStore>();
        async Task SaveAsync(string note)
        {
            var opened = await OpenCasePageAsync();
            var item = opened.Answers.First().Key;
            var saved = await cases.SaveAsync(opened with
            {
                Notes = new Dictionary<string, string> { [item] = note },
                PracticeExamples = [new PracticeExample(_caseId, "2.1", PracticeKind.Good, note)],
            }, new Actor("inspector.a"));
            // What the save returns is what a load reads back.
            var reloaded = await cases.LoadAsync(_inspectionId, _caseId);
            Assert.Equal((reloaded.Version, reloaded.Status, reloaded.AssignedTo), (saved.Version, saved.Status, saved.AssignedTo));
            Assert.Equal(reloaded.Answers.OrderBy(a => a.Key), saved.Answers.OrderBy(a => a.Key));
            Assert.Equal(reloaded.Notes.OrderBy(n => n.Key), saved.Notes.OrderBy(n => n.Key));
            Assert.Equal(reloaded.PracticeExamples, saved.PracticeExamples);
            Assert.Equal(reloaded.Case.CaseId, saved.Case.CaseId);
        }
        await SaveAsync("first");

        var opened = await OpenCasePageAsync();
        var item = opened.Answers.First().Key;
        var edited = opened with
        {
            Notes = new Dictionary<string, string> { [item] = "second" },
            PracticeExamples = [new PracticeExample(_caseId, "2.1", PracticeKind.Good, "second")],
        };
        // Begin; the inspection (is case data open?); the case; the versioned update; notes and practice examples deleted and
        // the notes inserted (one command, three statements); practice examples numbered and inserted (two); the audit chain's
        // head; the audit entry with its free text and its link (one command, three statements); commit.
        Assert.Equal((10L, 16L, 2L), await CountAsync(() => cases.SaveAsync(edited, new Actor("inspector.a"))));
    }
}
