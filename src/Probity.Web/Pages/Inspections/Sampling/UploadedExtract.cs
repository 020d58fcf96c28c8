using Microsoft.AspNetCore.Http.Features;
using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Sampling;
using Probity.Exchange;
using Probity.Exchange.Input;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// A caseload extract uploaded for sampling, read as <c>./probity sample</c> reads one from disk: as a stream through the
/// same bounded readers (CSV in the chosen encoding, or the first sheet of an .xlsx workbook), with the same limits. The
/// upload is held by ASP.NET Core (in memory, or a temporary file past 64 KB), so the sample file is written from a
/// second read of it, never from one string of the whole extract.
/// </summary>
public static class UploadedExtract
{
    /// <summary>What a form beside the file may take on top of the file itself.</summary>
    public const long FormAllowanceBytes = 1024 * 1024;

    /// <summary>How the page names an encoding in the refusal of a CSV file that is not UTF-8.</summary>
    public static EncodingChoice Choice { get; } = new("the text encoding \"{0}\" (chosen below)");

    /// <summary>
    /// The body may be as large as the file limit allows and a little more for the fields; the reader then refuses a
    /// file over the limit by name. Set before anything reads the body.
    /// </summary>
    public static void AllowBody(HttpContext context, ReadingLimits limits)
    {
        var body = limits.MaxFileBytes > long.MaxValue - FormAllowanceBytes ? long.MaxValue : limits.MaxFileBytes + FormAllowanceBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = body;
        if (context.Features.Get<IFormFeature>() is not { Form: not null })
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = body }));
    }

    /// <summary>The population, or null with every problem (the file's own refusal included) in <paramref name="problems"/>.</summary>
    public static SamplingPopulation? Read(IFormFile file, SamplingPlan plan, PopulationFileOptions options, List<DatasetProblem> problems) =>
        PopulationFile.Read(file.OpenReadStream(), Name(file), plan, problems, options);

    /// <summary>The sample file: the drawn rows of the extract, read a second time from the upload.</summary>
    public static string SampleFile(IFormFile file, SampleDraw draw, PopulationFileOptions options)
    {
        using var again = PopulationFile.Open(file.OpenReadStream(), options);
        using var sampleFile = new StringWriter();
        SampleFileWriter.Write(again, draw, sampleFile);
        return sampleFile.ToString();
    }

    public static string Name(IFormFile file) => Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : "the extract";
}
