using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Core.Stages;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Inspections;

/// <summary>Gathers what Core's <see cref="StageGates"/> look at for one move, inside the transaction that makes it.</summary>
internal static class StageFactRows
{
    public static async Task<StageFacts> ForMoveAsync(DbSession session, long inspectionId, InspectionStatus to, CancellationToken ct)
    {
        var drawn = await session.ScalarAsync<long>("select count(*) from drawn_samples where inspection_id = @id", ct, ("id", inspectionId));
        var cases = await session.QueryAsync("select case_ref, assessment_status, assigned_user_id from cases where inspection_id = @id order by ordinal",
            r => (Case: r.Required("case_ref"), Status: CaseAssessmentStatusNames.Parse(r.Required("assessment_status")), Assigned: r.Long("assigned_user_id") is not null),
            ct, ("id", inspectionId));
        var facts = new StageFacts
        {
            // An imported inspection brings its sampled cases with it: they are its drawn sample.
            SampleDrawn = drawn > 0 || cases.Count > 0,
            CasesAssigned = cases.Count(c => c.Assigned),
            CasesNotCompleted = [.. cases.Where(c => c.Status < CaseAssessmentStatus.Completed).Select(c => new UnfinishedCase(c.Case, c.Status.DisplayName()))],
        };
        return to == InspectionStatus.Drafting ? await WithRatingsAsync(session, inspectionId, facts, ct) : facts;
    }

    private static async Task<StageFacts> WithRatingsAsync(DbSession session, long inspectionId, StageFacts facts, CancellationToken ct)
    {
        var dataset = await DatasetRows.LoadAsync(session, inspectionId, ct);
        var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
        return facts with
        {
            RatingProblems = [.. rating.Problems.Select(p => p.Message)],
            StandardsWithoutRating = dataset.Framework.IsRated
                ? [.. rating.Standards.Where(r => r.Status == StandardStatus.NoRating).Select(r => $"{r.Standard.Id} {r.Standard.Name}")]
                : [],
        };
    }
}
