using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Datasets;
using Probity.Data.Migrations;
using Probity.Exchange;
using Probity.Tests.Shared;

namespace Probity.Web.BrowserTests;

/// <summary>
/// "The exported dataset of the journey's inspection round-trips" (issue 14): the inspection the story built is exported
/// as <c>./probity export</c> writes it, read back as <c>./probity import</c> reads it, stored in a new, empty database,
/// and exported again; the two folders must be the same byte for byte. Returns the dataset as exported, for the story
/// to check that what it did is in it.
/// </summary>
public static class ExportRoundTrips
{
    public static async Task<InspectionDataset> AssertAsync(LiveSite site, long inspection)
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "export");
        await site.Store.Datasets.ExportAsync(inspection, first);
        var read = DatasetFolder.Read(first);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems.Select(p => p.ToString())));

        var services = new ServiceCollection().AddProbityData(DatabaseLocation.Sqlite(Path.Combine(folder.Path, "fresh", "probity.db"))).BuildServiceProvider();
        try
        {
            await services.GetRequiredService<DatabaseSchema>().MigrateAsync();
            var datasets = services.GetRequiredService<DatasetStore>();
            var imported = await datasets.ImportAsync(read.Dataset!, new Actor("export-round-trip"));
            var second = Path.Combine(folder.Path, "again");
            await datasets.ExportAsync(imported, second);
            FolderComparison.AssertSameFiles(first, second);
        }
        finally
        {
            await services.DisposeAsync();
            // The fresh database's pooled connections would keep its file open past the temporary folder's removal.
            SqliteConnection.ClearAllPools();
        }
        return read.Dataset!;
    }
}
