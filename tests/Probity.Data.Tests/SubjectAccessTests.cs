using System.Text.Json.Nodes;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.PersonalData;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task A_subject_access_export_holds_every_stored_row_about_the_case_in_every_table_with_a_case_column()
    {
        var (store, id, erased, _) = await TwoCasesWithNotesAsync();
        var caseId = erased;
        var sqlite = store.Location.Kind == DatabaseKind.Sqlite;
        // The rest of a case's life, written as the stores do at their stages: a draw, a withdrawal, a reopening at the panel.
        await RawExecuteAsync(store.Location, $"insert into withdrawn_cases (inspection_id, case_ref, sample, stratum, reason, replaced_by, withdrawn_at, withdrawn_by) " +
            $"values ({id}, '{caseId}', 'case-supervision', 'low', 'Moved out of the area', null, '2019-09-20T10:00:00Z', 'lead.inspector')");
        await RawExecuteAsync(store.Location, $"insert into drawn_samples (inspection_id, sample, seed, parameters, column_headers, drawn_at, drawn_by) " +
            $"values ({id}, 'case-supervision', 7, '{{}}', '[\"case_id\"]', '2019-08-19T09:00:00Z', 'lead.inspector')");
        await RawExecuteAsync(store.Location, "insert into drawn_sample_cases (drawn_sample_id, ordinal, case_ref, stratum, role, reserve_order, column_values) " +
            $"select id, 1, '{caseId}', 'low', 'sample', null, '[\"{caseId}\"]' from drawn_samples where inspection_id = {id}");
        await RawExecuteAsync(store.Location, $"update inspections set status = 'ratings-panel' where id = {id}");
        await store.Get<CaseReopeningStore>().ReopenAsync(id, caseId, "The panel asked for the risk answers again", Lead);

        var export = await store.Get<SubjectAccessStore>().ExportAsync(id, caseId);

        var tables = (await RawQueryAsync(store.Location, sqlite
                ? "select m.name from sqlite_master m where m.type = 'table' and exists (select 1 from pragma_table_info(m.name) c where c.name = 'case_ref')"
                : "select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'case_ref'"))
            .Select(r => (string)r[0]!).Order().ToList();
        Assert.Contains("answer_notes", tables);
        var records = export["records"]!.AsObject();
        Assert.Equal(tables, records.Select(r => r.Key).Order());
        foreach (var table in tables)
        {
            var stored = Convert.ToInt32((await RawQueryAsync(store.Location, $"select count(*) from {table} where case_ref = '{caseId}'"))[0][0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(stored > 0, $"the test gives case {caseId} a row in {table}: a new table about cases needs one here");
            Assert.True(stored == records[table]!.AsArray().Count, $"{table}: {stored} rows stored, {records[table]!.AsArray().Count} exported");
        }

        var loaded = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        var answers = export["answers"]!.AsObject();
        Assert.Equal(loaded.Answers.Count, answers.Count);
        Assert.All(loaded.Answers, a => Assert.Equal(a.Value.Token(), (string?)answers[a.Key]));
        var text = export.ToJsonString();
        foreach (var expected in new[] { PersonalNote, PersonalExample, "Moved out of the area", "The panel asked for the risk answers again" })
            Assert.Contains(expected, text);
        var audit = export["audit"]!.AsArray();
        Assert.Equal((await store.Get<AuditLog>().ForRecordAsync(id, "case", caseId)).Count, audit.Count);
        Assert.Contains(audit, e => e!["after"]?.ToJsonString().Contains(PersonalNote, StringComparison.Ordinal) == true); // the log's texts, resolved
        Assert.Equal(caseId, (string?)export["case"]);
    }

    [Fact]
    public async Task Retention_lists_the_published_inspections_older_than_the_period_by_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));
        var store = await NewStoreAsync(clock);
        var old = await store.Get<Datasets.DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead); // published 2019
        var draft = await store.Get<Datasets.DatasetStore>().ImportAsync(TestDatasets.Full(), Lead); // published 2020-02 too, but at quality assurance

        var due = await store.Get<RetentionStore>().DueForReviewAsync(6);
        var listed = Assert.Single(due);
        Assert.Equal(old, listed.InspectionId);
        Assert.True(listed.AgeMonths >= 72, listed.Age);
        Assert.Empty(await store.Get<RetentionStore>().DueForReviewAsync(listed.AgeMonths / 12 + 1));

        await RawExecuteAsync(store.Location, $"update inspections set status = 'published' where id = {draft}");
        Assert.Equal([old, draft], (await store.Get<RetentionStore>().DueForReviewAsync(6)).Select(d => d.InspectionId));
        Assert.Equal(6, RetentionPeriod.YearsFromEnvironment(_ => null));
        Assert.Equal(10, RetentionPeriod.YearsFromEnvironment(_ => "10"));
        Assert.Throws<FormatException>(() => RetentionPeriod.YearsFromEnvironment(_ => "six"));
    }
}
