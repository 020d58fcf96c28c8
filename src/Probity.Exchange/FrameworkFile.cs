using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Exchange.Input;

namespace Probity.Exchange;

/// <summary>A framework version file on disk, read as any input is: a regular file, strict UTF-8, within the JSON size limit.</summary>
public static class FrameworkFile
{
    public static FrameworkLoadResult Load(string path, ReadingLimits? limits = null)
    {
        limits ??= ReadingLimits.Default;
        var name = Path.GetFileName(path);
        var problems = new List<DatasetProblem>();
        try
        {
            using var text = InputFile.TryOpenText(path, InputEncoding.Utf8, limits.MaxJsonFileBytes, ReadingLimits.JsonFileSize);
            if (text is null) return new(null, [new DatasetProblem(path, null, "no such file").ToString()]);
            if (InputText.ReadAll(text, name, problems, limits) is { } json) return FrameworkLoader.Load(json, name);
        }
        catch (InputRefusedException e)
        {
            problems.Add(new(path, e.Line, e.Message));
        }
        return new(null, problems.Select(p => p.ToString()).ToList());
    }
}
