using Probity.Core.Datasets;

namespace Probity.Data.Sql;

/// <summary>
/// The bulk path of an import: every case row (answers packed) and every evidence note, inside the import's transaction.
/// SQLite uses one prepared statement; PostgreSQL uses binary COPY. Progress is reported in cases written.
/// </summary>
internal interface ICaseBulkWriter
{
    Task WriteAsync(DbSession session, long inspectionId, InspectionDataset dataset, IProgress<int>? progress, CancellationToken ct);
}

/// <summary>How often the bulk writers report progress and check for cancellation.</summary>
internal static class BulkProgress
{
    public const int Every = 2_000;
}
