using Probity.Core.Sampling;
using Probity.Data;
using Probity.Data.Samples;

namespace Probity.Cli.Storage;

/// <summary><c>sample --inspection</c>: the drawn sample stored with a stored inspection, as the file written holds it.</summary>
public sealed class SampleStorage(DatabaseReadiness database, StoredRecords records, DrawnSampleStore samples)
{
    /// <summary>The inspection to store the sample with, found before the sample file is written.</summary>
    public async Task<long> InspectionAsync(string name, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        return await records.ResolveInspectionAsync(name, ct);
    }

    public async Task StoreAsync(long inspectionId, SampleDraw draw, string sampleFile, CancellationToken ct)
    {
        using var written = File.OpenText(sampleFile);
        var id = await samples.SaveAsync(inspectionId, DrawnSamples.From(draw, written), Actor.FromEnvironment(), ct);
        Console.Error.WriteLine($"probity: stored the {draw.Plan.Type.Token()} sample with inspection {inspectionId} (drawn sample {id})");
    }
}
