using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Reports.Model.KeyData;

namespace Probity.Reports.Model;

/// <summary>What every part of the builder reads: the dataset, its rating, the footnote sequence and the facts derived once.</summary>
internal sealed class ReportContext
{
    public ReportContext(InspectionDataset dataset, InspectionRating rating, ReportOptions options)
    {
        Dataset = dataset;
        Rating = rating;
        Options = options;
        Samples = SampleFacts.Of(dataset);
        Measures = EvidenceMeasures.Compute(dataset);
        KeyData = KeyDataTables.Collect(dataset, Measures, Warnings);
    }

    public InspectionDataset Dataset { get; }
    public InspectionRating Rating { get; }
    public ReportOptions Options { get; }
    public FrameworkVersion Framework => Dataset.Framework;
    public InspectionManifest Manifest => Dataset.Manifest;
    public FootnoteNumbering Footnotes { get; } = new();
    public List<string> Warnings { get; } = [];
    public SampleFacts Samples { get; }
    public IReadOnlyDictionary<string, EvidenceMeasure> Measures { get; }
    public IReadOnlyList<KeyDataSource> KeyData { get; }

    /// <summary>"Northumbria CRC".</summary>
    public string ShortName => Manifest.Provider.DisplayShortName;

    /// <summary>"CRC".</summary>
    public string TypeNoun => Formatting.TypeNoun(Manifest.Provider.Type);

    public TextBlock? Text(string key) => TextBlock.Parse(Manifest.Narrative.GetValueOrDefault(key));

    public LeadAndText? Lead(string lead, string key) => Text(key) is { } t ? new LeadAndText(lead, t) : null;

    /// <summary>Whether the previous inspection is there to compare with at all (no column is printed otherwise).</summary>
    public bool HasPrevious => Manifest.PreviousInspection is not null;
}
