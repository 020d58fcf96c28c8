using Npgsql;
using NpgsqlTypes;
using Probity.Core.Datasets;
using Probity.Data.Datasets;

namespace Probity.Data.Sql;

/// <summary>PostgreSQL's bulk path: binary COPY of every case row and note, inside the import's transaction.</summary>
internal sealed class PostgresCaseWriter : ICaseBulkWriter
{
    public static readonly PostgresCaseWriter Instance = new();

    public async Task WriteAsync(DbSession session, long inspectionId, InspectionDataset dataset, IProgress<int>? progress, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)session.Connection;
        var attributes = CaseTable.Attributes;
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"copy cases ({string.Join(", ", CaseTable.ImportColumns)}) from stdin (format binary)", ct))
        {
            for (var c = 0; c < dataset.Cases.Count; c++)
            {
                var record = dataset.Cases[c];
                var answers = dataset.Answers.Row(c);
                // The synchronous writes only fill Npgsql's buffer; it flushes as it fills.
                copy.StartRow();
                copy.Write(inspectionId, NpgsqlDbType.Bigint);
                copy.Write(record.CaseId, NpgsqlDbType.Text);
                copy.Write(c, NpgsqlDbType.Integer);
                foreach (var column in attributes) WriteText(copy, record.Get(column));
                WriteText(copy, record.ResponsibleOfficer);
                if (record.ResponsibleOfficerCaseload is { } caseload) copy.Write(caseload, NpgsqlDbType.Integer);
                else copy.WriteNull();
                if (CaseTable.ExtraColumnsJson(record) is { } extras) copy.Write(extras, NpgsqlDbType.Jsonb);
                else copy.WriteNull();
                copy.Write(answers.ToArray(), NpgsqlDbType.Bytea);
                copy.Write(CaseTable.ImportedStatus(answers), NpgsqlDbType.Text);
                if ((c + 1) % BulkProgress.Every == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Report(c + 1);
                }
            }
            await copy.CompleteAsync(ct);
        }
        progress?.Report(dataset.Cases.Count);
        if (dataset.Answers.NoteCount == 0) return;
        await using var notes = await connection.BeginBinaryImportAsync(
            "copy answer_notes (inspection_id, case_ref, question, note) from stdin (format binary)", ct);
        foreach (var (c, item, text) in DatasetNotes.All(dataset))
        {
            notes.StartRow();
            notes.Write(inspectionId, NpgsqlDbType.Bigint);
            notes.Write(dataset.Cases[c].CaseId, NpgsqlDbType.Text);
            notes.Write(dataset.Framework.Questions.Items[item].Id, NpgsqlDbType.Text);
            notes.Write(text, NpgsqlDbType.Text);
        }
        await notes.CompleteAsync(ct);
    }

    private static void WriteText(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }
}
