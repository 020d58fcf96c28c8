using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Inspections;

namespace Probity.Data.PersonalData;

/// <summary>What an erasure removed from one case.</summary>
public sealed record CaseTextErased(string CaseId, int Notes, int PracticeExamples, int LogTexts);

/// <summary>
/// Erasing a case's free text once its inspection is published: the evidence notes and practice examples inspectors
/// wrote about a person on probation, from the case and from the audit log's content table. The judgements (answers)
/// stay, so the published ratings still stand on their cases; the log keeps each entry and its hash of the text, so
/// the chain still verifies, and gains one entry saying who erased, when, which case and why — never the text.
/// Who may erase (a lead of the inspection or an admin) is for the web app and the command line to decide.
/// </summary>
public sealed class CaseTextErasureStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal CaseTextErasureStore(InspectionGuard guard, AuditLog audit)
    {
        _guard = guard;
        _audit = audit;
    }

    /// <summary>Erases every note and practice example of the case, and their texts in the log. Refused before publication.</summary>
    public Task<CaseTextErased> EraseAsync(long inspectionId, string caseId, string reason, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (session, inspection) =>
        {
            if (inspection.Status != InspectionStatus.Published)
                throw new ChangeRefusedException($"A case's notes and examples are erased once the inspection is published; inspection " +
                    $"{inspection.Reference ?? inspectionId.ToString(System.Globalization.CultureInfo.InvariantCulture)} is at " +
                    $"{inspection.Status.DisplayName().ToLowerInvariant()}, and the report may still need them.");
            if (string.IsNullOrWhiteSpace(reason)) throw new ChangeRefusedException($"Say why the notes and examples of case {caseId} are erased: the audit log keeps the reason.");
            if (await session.ScalarAsync<int>("select count(*) from cases where inspection_id = @id and case_ref = @case", ct, ("id", inspectionId), ("case", caseId)) == 0)
                throw new RecordNotFoundException($"inspection {inspectionId} has no case \"{caseId}\"");

            (string, object?)[] where = [("id", inspectionId), ("case", caseId)];
            var notes = await session.ExecuteAsync("delete from answer_notes where inspection_id = @id and case_ref = @case", ct, where);
            var examples = await session.ExecuteAsync("delete from practice_examples where inspection_id = @id and case_ref = @case", ct, where);
            var texts = await session.ExecuteAsync(EraseLogTexts, ct, where);
            await _audit.AppendAsync(session, actor, inspectionId, "case", caseId, "erase-text", null,
                new { Reason = reason.Trim(), Notes = notes, PracticeExamples = examples, LogTexts = texts }, ct);
            return new CaseTextErased(caseId, notes, examples, texts);
        }, ct);

    /// <summary>
    /// The texts the log holds for the case's own entries. A text's hash covers its record (inspection, "case", case
    /// reference) with the words, so another case's identical note has a hash of its own and is kept; and a text any
    /// other record's entry still refers to (none is written so today) is kept too, so erasing one case can never
    /// blank another record's history.
    /// </summary>
    private const string EraseLogTexts =
        "delete from audit_texts where inspection_id = @id and entity = 'case' and entity_key = @case " +
        "and not exists (select 1 from audit_log a where a.inspection_id = @id and not (a.entity = 'case' and a.entity_key = @case) " +
        "and (cast(a.before_value as text) like '%' || audit_texts.hash || '%' or cast(a.after_value as text) like '%' || audit_texts.hash || '%'))";
}
