using System.Data.Common;
using Probity.Core.Datasets;
using Probity.Data.Datasets;

namespace Probity.Data.Sql;

/// <summary>SQLite's bulk path: one prepared INSERT, its parameters rebound per case, all in the import's transaction.</summary>
internal sealed class SqliteCaseWriter : ICaseBulkWriter
{
    public static readonly SqliteCaseWriter Instance = new();

    public async Task WriteAsync(DbSession session, long inspectionId, InspectionDataset dataset, IProgress<int>? progress, CancellationToken ct)
    {
        var columns = CaseTable.ImportColumns;
        await using var insert = session.Command(
            $"insert into cases ({string.Join(", ", columns)}) values ({string.Join(", ", columns.Select((_, i) => "@p" + i))})");
        var p = columns.Select((_, i) => session.Add(insert, "@p" + i, null)).ToArray();
        insert.Prepare();
        var attributes = CaseTable.Attributes;
        p[0].Value = inspectionId;
        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            var record = dataset.Cases[c];
            var answers = dataset.Answers.Row(c);
            var k = 1;
            p[k++].Value = record.CaseId;
            p[k++].Value = c;
            foreach (var column in attributes) p[k++].Value = (object?)record.Get(column) ?? DBNull.Value;
            p[k++].Value = (object?)record.ResponsibleOfficer ?? DBNull.Value;
            p[k++].Value = (object?)record.ResponsibleOfficerCaseload ?? DBNull.Value;
            p[k++].Value = (object?)CaseTable.ExtraColumnsJson(record) ?? DBNull.Value;
            p[k++].Value = answers.ToArray();
            p[k].Value = CaseTable.ImportedStatus(answers);
            insert.ExecuteNonQuery();
            if ((c + 1) % BulkProgress.Every == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(c + 1);
            }
        }
        progress?.Report(dataset.Cases.Count);
        if (dataset.Answers.NoteCount > 0) await WriteNotesAsync(session, inspectionId, dataset, ct);
    }

    private static async Task WriteNotesAsync(DbSession session, long inspectionId, InspectionDataset dataset, CancellationToken ct)
    {
        await using var insert = session.Command(
            "insert into answer_notes (inspection_id, case_ref, question, note) values (@inspection, @case, @question, @note)");
        session.Add(insert, "@inspection", inspectionId);
        DbParameter caseRef = session.Add(insert, "@case", null), question = session.Add(insert, "@question", null), note = session.Add(insert, "@note", null);
        insert.Prepare();
        foreach (var (c, item, text) in DatasetNotes.All(dataset))
        {
            caseRef.Value = dataset.Cases[c].CaseId;
            question.Value = dataset.Framework.Questions.Items[item].Id;
            note.Value = text;
            insert.ExecuteNonQuery();
        }
        ct.ThrowIfCancellationRequested();
    }
}
