using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Stages;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Inspections;

/// <summary>
/// Guards an inspection's data: every read or change about one inspection goes through here first. It refuses an
/// inspection that does not exist, and a change the inspection's stage does not allow — case data (case answers,
/// domain-one evidence) is locked once the ratings are ratified; ratings change only until then; panel decisions only
/// at the ratings panel. The check and the work run in the same session (a change: the same transaction).
/// </summary>
internal sealed class InspectionGuard(Database database)
{
    /// <summary>Reads about an inspection that exists.</summary>
    public Task<T> ReadAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.ReadAsync(async session => await work(session, await InspectionRow.SummaryAsync(session, inspectionId, ct)), ct);

    /// <summary>One transaction of changes to an inspection that exists, whatever its stage.</summary>
    public Task<T> ChangeAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session => await work(session, await InspectionRow.SummaryAsync(session, inspectionId, ct)), ct);

    /// <summary>
    /// One transaction of changes to the report's own words (narrative, recommendations), refused once published: a
    /// published report changes only by a correction, which is a new published version with a reason.
    /// </summary>
    public Task<T> ChangeReportTextAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session =>
        {
            var inspection = await InspectionRow.SummaryAsync(session, inspectionId, ct);
            if (inspection.Status == InspectionStatus.Published)
                throw new ChangeRefusedException($"inspection {inspection.Reference ?? Key(inspectionId)} is published, so its report can no longer change: " +
                    "a lead inspector can publish a correction, with a reason, as a new version of the report");
            return await work(session, inspection);
        }, ct);

    /// <summary>One transaction of changes to case data, refused once the ratings are ratified.</summary>
    public Task<T> ChangeCaseDataAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session => await work(session, await RequireCaseDataOpenAsync(session, inspectionId, ct)), ct);

    public Task ChangeCaseDataAsync(long inspectionId, Func<DbSession, InspectionSummary, Task> work, CancellationToken ct) =>
        ChangeCaseDataAsync(inspectionId, async (session, inspection) => { await work(session, inspection); return true; }, ct);

    /// <summary>
    /// As <see cref="ChangeCaseDataAsync{T}"/>, for records saved whole with no version column of their own (key data
    /// tables, contextual facts): holds the inspection's row until the transaction ends, so two such saves of one
    /// inspection run one after the other and the second sees the first (PostgreSQL; SQLite writes one transaction at a
    /// time anyway).
    /// </summary>
    public Task<T> ReplaceCaseDataAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session =>
        {
            await session.ExecuteAsync("update inspections set version = version where id = @id", ct, ("id", inspectionId));
            return await work(session, await RequireCaseDataOpenAsync(session, inspectionId, ct));
        }, ct);

    /// <summary>
    /// One transaction of changes to one case's answers: refused once ratified, and from the ratings panel on unless a
    /// lead inspector has reopened that case (the panel's figures must not move under it).
    /// </summary>
    public Task<T> ChangeCaseAnswersAsync<T>(long inspectionId, string caseId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session =>
        {
            var inspection = await RequireCaseDataOpenAsync(session, inspectionId, ct);
            if (StageGates.FreezesCaseAnswers(inspection.Status) && !await CaseReopenings.IsOpenAsync(session, inspectionId, caseId, ct))
                throw new ChangeRefusedException($"The ratings panel has started, so the answers of case {caseId} are frozen as the panel sees them. " +
                    "A lead inspector can reopen the case, with a reason, if it needs changing.");
            return await work(session, inspection);
        }, ct);

    /// <summary>One transaction of changes to the sample (cases added, withdrawn or swapped), which stands still from the ratings panel on.</summary>
    public Task<T> ChangeSampleAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session =>
        {
            var inspection = await RequireCaseDataOpenAsync(session, inspectionId, ct);
            if (StageGates.FreezesCaseAnswers(inspection.Status))
                throw new ChangeRefusedException($"The ratings panel has started, so the sample of inspection {inspection.Reference ?? Key(inspectionId)} can no longer change. " +
                    "Move the inspection back to quality assurance, with a reason, to change it.");
            return await work(session, inspection);
        }, ct);

    /// <summary>One transaction of changes to ratings (<paramref name="what"/>: "the domain-one ratings"), refused once they are ratified.</summary>
    public Task<T> ChangeRatingsAsync<T>(long inspectionId, string what, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session => await work(session, await RequireRatingsOpenAsync(session, inspectionId, what, ct)), ct);

    /// <summary>One transaction of changes to panel decisions, which are made at the ratings panel only.</summary>
    public Task<T> ChangePanelDecisionsAsync<T>(long inspectionId, Func<DbSession, InspectionSummary, Task<T>> work, CancellationToken ct) =>
        database.WriteAsync(async session =>
        {
            var inspection = await RequireRatingsOpenAsync(session, inspectionId, "the panel decisions", ct);
            if (inspection.Status != InspectionStatus.RatingsPanel)
                throw new ChangeRefusedException($"panel decisions are made at the ratings panel; inspection {inspection.Reference ?? Key(inspectionId)} " +
                    $"is at {inspection.Status.DisplayName().ToLowerInvariant()}");
            return await work(session, inspection);
        }, ct);

    public Task ChangePanelDecisionsAsync(long inspectionId, Func<DbSession, InspectionSummary, Task> work, CancellationToken ct) =>
        ChangePanelDecisionsAsync(inspectionId, async (session, inspection) => { await work(session, inspection); return true; }, ct);

    private static async Task<InspectionSummary> RequireCaseDataOpenAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var inspection = await InspectionRow.SummaryAsync(session, inspectionId, ct);
        if (inspection.CaseDataLocked)
            throw new ChangeRefusedException($"case data of inspection {inspection.Reference ?? Key(inspectionId)} is locked: the ratings were ratified " +
                $"(status: {inspection.Status.DisplayName().ToLowerInvariant()}); move it back to the ratings panel, with a reason, to reopen it");
        return inspection;
    }

    private static async Task<InspectionSummary> RequireRatingsOpenAsync(DbSession session, long inspectionId, string what, CancellationToken ct)
    {
        var inspection = await InspectionRow.SummaryAsync(session, inspectionId, ct);
        if (Lifecycle.LocksCaseData(inspection.Status))
            throw new ChangeRefusedException($"{what} of inspection {inspection.Reference ?? Key(inspectionId)} can no longer change: the ratings were ratified " +
                $"(status: {inspection.Status.DisplayName().ToLowerInvariant()})");
        return inspection;
    }

    private static string Key(long inspectionId) => inspectionId.ToString(CultureInfo.InvariantCulture);
}
