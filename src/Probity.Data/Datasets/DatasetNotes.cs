using Probity.Core.Datasets;

namespace Probity.Data.Datasets;

internal static class DatasetNotes
{
    /// <summary>Every evidence note of a dataset as (case index, item index, text). Notes are sparse: only answered cells are visited.</summary>
    public static IEnumerable<(int Case, int Item, string Text)> All(InspectionDataset dataset)
    {
        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            var row = dataset.Answers.Row(c).ToArray();
            for (var i = 0; i < row.Length; i++)
                if (row[i] != 0 && dataset.Answers.Note(c, i) is { } note) yield return (c, i, note);
        }
    }
}
