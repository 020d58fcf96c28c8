using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>A whole stored inspection read back as Core's <see cref="InspectionDataset"/>, inside the caller's session.</summary>
internal static class DatasetRows
{
    public static async Task<InspectionDataset> LoadAsync(DbSession session, long id, CancellationToken ct)
    {
        var manifest = await session.QuerySingleAsync($"{InspectionRow.SelectWithProvider} where i.id = @id", InspectionRow.Manifest, ct, ("id", id))
            ?? throw new RecordNotFoundException($"there is no inspection with id {id}");
        manifest = await ManifestRows.ReadAsync(session, id, manifest, ct);
        manifest = await InspectionRecordRows.ReadAsync(session, id, manifest, ct);
        var framework = FrameworkCatalog.Find(manifest.Framework)
            ?? throw new StoreException($"inspection {id} uses framework \"{manifest.Framework}\", which this Probity does not know");
        var (cases, grid) = await ReadCasesAsync(session, id, framework, ct);
        var index = new Dictionary<string, int>(cases.Count);
        for (var c = 0; c < cases.Count; c++) index[cases[c].CaseId] = c;
        var items = framework.Questions.Items.ToDictionary(i => i.Id, i => i.Index);
        var notes = await session.QueryAsync("select case_ref, question, note from answer_notes where inspection_id = @id", r =>
            (Case: r.Required("case_ref"), Question: r.Required("question"), Note: r.Required("note")), ct, ("id", id));
        foreach (var n in notes) grid.SetNote(index[n.Case], items[n.Question], n.Note);
        return new InspectionDataset(framework, manifest, cases, grid)
        {
            Interviews = (await EvidenceRows.ReadInterviewsAsync(session, id, ct)).Select(i => i.Interview).ToList(),
            Meetings = (await EvidenceRows.ReadMeetingsAsync(session, id, ct)).Select(m => m.Meeting).ToList(),
            PracticeExamples = await EvidenceRows.ReadPracticeExamplesAsync(session, id, null, ct),
        };
    }

    private static async Task<(List<CaseRecord>, AnswerGrid)> ReadCasesAsync(DbSession session, long id, FrameworkVersion framework, CancellationToken ct)
    {
        var count = await session.ScalarAsync<int>("select count(*) from cases where inspection_id = @id", ct, ("id", id));
        var grid = new AnswerGrid(count, framework.Questions.Count);
        var cases = new List<CaseRecord>(count);
        var attributes = CaseTable.Attributes;
        await using var command = session.Command(
            $"select case_ref, {CaseTable.AttributeList}, ro_id, ro_caseload, extra_columns, answers from cases where inspection_id = @id order by ordinal",
            ("id", id));
        await using var row = await command.ExecuteReaderAsync(ct);
        var officer = attributes.Count + 1;
        while (await row.ReadAsync(ct))
        {
            var record = new CaseRecord(row.GetString(0));
            for (var a = 0; a < attributes.Count; a++)
                if (!row.IsDBNull(a + 1)) record.Set(attributes[a], row.GetString(a + 1));
            record.ResponsibleOfficer = row.IsDBNull(officer) ? null : row.GetString(officer);
            record.ResponsibleOfficerCaseload = row.IsDBNull(officer + 1) ? null : Convert.ToInt32(row.GetValue(officer + 1), System.Globalization.CultureInfo.InvariantCulture);
            record.ExtraColumns = CaseTable.ParseExtraColumns(row.IsDBNull(officer + 2) ? null : row.GetString(officer + 2));
            var answers = (byte[])row.GetValue(officer + 3);
            if (answers.Length != framework.Questions.Count)
                throw new StoreException($"case {record.CaseId} of inspection {id} has {answers.Length} answers stored but framework {framework.Id} has {framework.Questions.Count} items: " +
                    "a framework version's item order must never change once inspections use it");
            var c = cases.Count;
            for (var i = 0; i < answers.Length; i++) grid[c, i] = (Core.Ratings.Judgement)answers[i];
            cases.Add(record);
        }
        return (cases, grid);
    }
}
