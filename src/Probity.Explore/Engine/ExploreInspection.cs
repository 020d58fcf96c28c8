using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Explore.Engine;

/// <summary>A published inspection as the engine files it: who, when and under which framework.</summary>
public sealed record ExploreInspection(long Id, string Reference, string Provider, string? Region, ProviderType ProviderType,
    FrameworkVersion Framework, DateOnly? FieldworkStart, ProgrammeYear? Year)
{
    public static ExploreInspection Of(InspectionDataset dataset, long id)
    {
        var m = dataset.Manifest;
        return new ExploreInspection(id, m.Reference ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Provider.Name, m.Provider.Region,
            m.Provider.Type, dataset.Framework, m.FieldworkStart, ProgrammeYear.For(m.ProgrammeYear, m.FieldworkStart));
    }
}
