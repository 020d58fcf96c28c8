using System.Globalization;
using System.Text;
using Probity.Core.Datasets;

namespace Probity.Core.Input;

/// <summary>Reads a whole small file (a JSON document) as text, within the JSON size limit, turning a refusal into a problem.</summary>
public static class InputText
{
    /// <summary>The text, or null with the problem added (text that could not be decoded, or longer than the limit).</summary>
    public static string? ReadAll(TextReader reader, string fileName, List<DatasetProblem> problems, ReadingLimits limits)
    {
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        var line = 1;
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                // Characters never outnumber UTF-8 bytes, so this bound holds whatever the host's reader checked.
                if (text.Length + read > limits.MaxJsonFileBytes)
                {
                    problems.Add(new(fileName, line, TooLong(limits)));
                    return null;
                }
                line += buffer.AsSpan(0, read).Count('\n');
                text.Append(buffer, 0, read);
            }
        }
        catch (InputRefusedException e)
        {
            problems.Add(new(fileName, e.Line, e.Message));
            return null;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(fileName, line, "the file is not UTF-8 text; save it as UTF-8"));
            return null;
        }
        return text.ToString();
    }

    public static string TooLong(ReadingLimits limits) =>
        $"the file is larger than {(limits.MaxJsonFileBytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture)} MB; "
        + $"it was not read ({ReadingLimits.JsonFileSize.HowToRaise(limits.MaxJsonFileBytes / (1024 * 1024))})";
}
