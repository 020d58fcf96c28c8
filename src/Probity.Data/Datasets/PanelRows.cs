using Probity.Core.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>The panel_decisions table: one ratings panel decision per standard, in the order they were recorded.</summary>
internal static class PanelRows
{
    public sealed record Stored(PanelDecision Decision, int Version);

    public static Task InsertAsync(DbSession s, long inspectionId, int ordinal, PanelDecision d, CancellationToken ct) =>
        s.ExecuteAsync("insert into panel_decisions (inspection_id, ordinal, standard, move, basis, rationale, proposed_by, ratified_by, decision_date) " +
            "values (@id, @ordinal, @standard, @move, @basis, @rationale, @proposed, @ratified, @date)", ct,
            ("id", inspectionId), ("ordinal", ordinal), ("standard", d.Standard), ("move", Tokens.Move(d.Move)), ("basis", Tokens.Basis(d.Basis)),
            ("rationale", d.Rationale), ("proposed", d.ProposedBy), ("ratified", d.RatifiedBy), ("date", d.DecisionDate));

    public static Task<List<Stored>> ReadAsync(DbSession s, long inspectionId, CancellationToken ct) =>
        s.QueryAsync("select * from panel_decisions where inspection_id = @id order by ordinal", r => new Stored(Decision(r), r.Int("version")!.Value), ct, ("id", inspectionId));

    /// <summary>The decision of a panel_decisions row.</summary>
    public static PanelDecision Decision(System.Data.Common.DbDataReader r) =>
        new(r.Required("standard"), Tokens.ParseMove(r.Required("move")), Tokens.ParseBasis(r.Required("basis")), r.Required("rationale"))
        {
            ProposedBy = r.Text("proposed_by"), RatifiedBy = r.Text("ratified_by"), DecisionDate = r.Date("decision_date"),
        };
}
