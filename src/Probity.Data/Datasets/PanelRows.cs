using Probity.Core.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>The panel_decisions table: one ratings panel decision per standard, in the order they were recorded.</summary>
internal static class PanelRows
{
    public sealed record Stored(PanelDecision Decision, int Version);

    public static Task InsertAsync(DbSession session, long inspectionId, int ordinal, PanelDecision decision, CancellationToken ct) =>
        session.ExecuteAsync("insert into panel_decisions (inspection_id, ordinal, standard, move, basis, rationale, proposed_by, ratified_by, decision_date, outside_rules) " +
            "values (@id, @ordinal, @standard, @move, @basis, @rationale, @proposed, @ratified, @date, @outside)", ct,
            ("id", inspectionId), ("ordinal", ordinal), ("standard", decision.Standard), ("move", StoredTokens.Move(decision.Move)), ("basis", StoredTokens.Basis(decision.Basis)),
            ("rationale", decision.Rationale), ("proposed", decision.ProposedBy), ("ratified", decision.RatifiedBy), ("date", decision.DecisionDate),
            ("outside", decision.OutsideRules));

    public static Task<List<Stored>> ReadAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.QueryAsync("select * from panel_decisions where inspection_id = @id order by ordinal", r => new Stored(Decision(r), r.Int("version")!.Value), ct, ("id", inspectionId));

    /// <summary>The decision of a panel_decisions row.</summary>
    public static PanelDecision Decision(System.Data.Common.DbDataReader row) =>
        new(row.Required("standard"), StoredTokens.ParseMove(row.Required("move")), StoredTokens.ParseBasis(row.Required("basis")), row.Required("rationale"))
        {
            ProposedBy = row.Text("proposed_by"), RatifiedBy = row.Text("ratified_by"), DecisionDate = row.Date("decision_date"),
            OutsideRules = row.Text("outside_rules"),
        };
}
