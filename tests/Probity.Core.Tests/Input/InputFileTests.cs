using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Sampling;
using Probity.Exchange;
using Probity.Exchange.Input;
using Probity.Tests.Shared;

namespace Probity.Core.Tests.Input;

/// <summary>
/// What Exchange opens: only regular files within the limit, as strict text. Every other thing in place of an input
/// file is a problem that says what it is, and none of them is ever waited on.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Dataset()
    {
        var folder = Path.Combine(_temp.Path, "dataset");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("examples", "northumbria-2019"), "*.*").Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    // A refusal must come at once; a reader that waits on a pipe fails the test by timing out instead of hanging it.
    private static async Task<DatasetProblem> ReadWithin(string folder, TimeSpan limit)
    {
        var result = await Task.Run(() => DatasetFolder.Read(folder)).WaitAsync(limit);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    private static void Replace(string file, Action<string> make)
    {
        File.Delete(file);
        make(file);
    }

    private static void MakeFifo(string path) => Process.Start("mkfifo", [path])!.WaitForExit();

    [Theory]
    [InlineData("inspection.json")]
    [InlineData("cases.csv")]
    [InlineData("answers.csv")]
    [InlineData("interviews.csv")]
    public async Task Named_pipe_in_place_of_a_dataset_file_is_refused_without_waiting(string name)
    {
        var folder = Dataset();
        Replace(Path.Combine(folder, name), MakeFifo);
        var problem = (await ReadWithin(folder, TimeSpan.FromSeconds(30)));
        Assert.Equal($"{name}: is a named pipe (FIFO), not a file; Probity reads only regular files", problem.ToString());
    }

    [Fact]
    public async Task Symlink_loop_in_place_of_a_dataset_file_is_a_located_problem()
    {
        var folder = Dataset();
        var file = Path.Combine(folder, "cases.csv");
        Replace(file, f => File.CreateSymbolicLink(f, f));
        Assert.Equal("cases.csv: is a symbolic link that loops (it leads back to itself); point it at the file", (await ReadWithin(folder, TimeSpan.FromSeconds(30))).ToString());
    }

    [Fact]
    public async Task Dangling_symlink_in_place_of_a_dataset_file_is_a_located_problem()
    {
        var folder = Dataset();
        Replace(Path.Combine(folder, "answers.csv"), f => File.CreateSymbolicLink(f, "/nonexistent/answers.csv"));
        Assert.Equal("answers.csv: is a symbolic link to /nonexistent/answers.csv, which does not exist", (await ReadWithin(folder, TimeSpan.FromSeconds(30))).ToString());
    }

    [Fact]
    public void A_symlink_to_a_regular_file_is_read()
    {
        var folder = Dataset();
        var real = Path.Combine(_temp.Path, "real-cases.csv");
        File.Move(Path.Combine(folder, "cases.csv"), real);
        File.CreateSymbolicLink(Path.Combine(folder, "cases.csv"), real);
        Assert.True(DatasetFolder.Read(folder).Succeeded);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/dev/urandom")]
    public async Task A_device_in_place_of_a_dataset_file_is_refused(string device)
    {
        var folder = Dataset();
        Replace(Path.Combine(folder, "answers.csv"), f => File.CreateSymbolicLink(f, device));
        Assert.Equal("answers.csv: is a device, not a file; Probity reads only regular files", (await ReadWithin(folder, TimeSpan.FromSeconds(30))).ToString());
    }

    [Fact]
    public async Task A_socket_in_place_of_a_dataset_file_is_refused()
    {
        var folder = Dataset();
        var file = Path.Combine(folder, "meetings.csv");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(file));
        Assert.Equal("meetings.csv: is a socket, not a file; Probity reads only regular files", (await ReadWithin(folder, TimeSpan.FromSeconds(30))).ToString());
    }

    [Fact]
    public async Task Interviews_csv_replaced_by_a_directory_is_a_problem_not_ignored()
    {
        var folder = Dataset();
        Replace(Path.Combine(folder, "interviews.csv"), f => Directory.CreateDirectory(f));
        Assert.Equal("interviews.csv: is a folder, not a file", (await ReadWithin(folder, TimeSpan.FromSeconds(30))).ToString());
    }

    [Fact]
    public async Task A_dataset_folder_that_is_a_symlink_loop_is_a_problem()
    {
        var loop = Path.Combine(_temp.Path, "loop");
        File.CreateSymbolicLink(loop, loop);
        Assert.Contains("is a symbolic link that loops", (await ReadWithin(loop, TimeSpan.FromSeconds(30))).Message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var folder = Dataset();
        var limits = ReadingLimits.Default with { MaxJsonFileBytes = 1024 * 1024 };
        var manifest = Path.Combine(folder, "inspection.json");
        using (var stream = File.OpenWrite(manifest)) stream.SetLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        var result = DatasetFolder.Read(folder, limits);
        Assert.Equal("inspection.json: is 3,072 MB, larger than Probity reads; it was not read (the limit is 1 MB, the largest JSON file read (inspection.json, review.json, a framework); set PROBITY_MAX_JSON_MB to raise it)",
            Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Invalid_UTF8_is_a_problem_at_its_line_not_silently_replaced()
    {
        var folder = Dataset();
        var answers = Path.Combine(folder, "answers.csv");
        var bytes = File.ReadAllBytes(answers).ToList();
        var thirdLine = IndexOfLine(bytes, 3);
        bytes.InsertRange(thirdLine, Encoding.Latin1.GetBytes("caf\u00e9,"));
        File.WriteAllBytes(answers, [.. bytes]);
        var problem = Assert.Single(DatasetFolder.Read(folder).Problems);
        Assert.Equal("answers.csv", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("the file is not UTF-8 text: byte 0xE9 (\"é\" in Windows-1252, the encoding of Excel's \"CSV (Comma delimited)\") is not UTF-8; save it from Excel as \"CSV UTF-8 (Comma delimited)\"", problem.Message);
    }

    [Fact]
    public void Invalid_UTF8_in_inspection_json_is_a_problem_at_its_line()
    {
        var folder = Dataset();
        var manifest = Path.Combine(folder, "inspection.json");
        File.WriteAllBytes(manifest, [.. File.ReadAllBytes(manifest).Take(20), 0xC3, 0x28, .. File.ReadAllBytes(manifest).Skip(20)]);
        var problem = Assert.Single(DatasetFolder.Read(folder).Problems);
        Assert.Equal(("inspection.json", 2), (problem.File, problem.Line));
        Assert.Contains("byte 0xC3", problem.Message);
    }

    [Fact]
    public void A_UTF16_dataset_file_is_refused_with_how_to_save_it_as_UTF8()
    {
        var folder = Dataset();
        var cases = Path.Combine(folder, "cases.csv");
        File.WriteAllText(cases, File.ReadAllText(cases), Encoding.Unicode);
        Assert.Equal("cases.csv:1: the file is UTF-16 text (as Excel's \"Unicode Text\" saves it), not UTF-8; save it from Excel as \"CSV UTF-8 (Comma delimited)\", or as UTF-8 from another program",
            Assert.Single(DatasetFolder.Read(folder).Problems).ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_still_tolerated()
    {
        var folder = Dataset();
        foreach (var name in new[] { "inspection.json", "cases.csv", "answers.csv" })
        {
            var file = Path.Combine(folder, name);
            File.WriteAllText(file, File.ReadAllText(file), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
        Assert.True(DatasetFolder.Read(folder).Succeeded);
    }

    private static int IndexOfLine(List<byte> bytes, int line)
    {
        var seen = 1;
        for (var i = 0; i < bytes.Count; i++)
            if (bytes[i] == '\n' && ++seen == line) return i + 1;
        throw new ArgumentOutOfRangeException(nameof(line));
    }

    // ---- the caseload extract ----

    private static readonly SamplingPlan Plan = SamplingPlan.For("hmip-crc-2019", SampleType.CaseSupervision)!;

    private string Extract(string text, Encoding encoding)
    {
        var file = Path.Combine(_temp.Path, "caseload.csv");
        File.WriteAllText(file, text, encoding);
        return file;
    }

    private const string Caseload = "case_id,sex,disposal,recorded_rosh,sentence_date,office\nNB-1,male,community,low,2019-01-02,Bédlington\nNB-2,female,community,high,2019-01-03,Hexham\n";

    [Fact]
    public void A_Windows_1252_extract_is_refused_with_how_to_read_or_save_it()
    {
        var file = Extract(Caseload, CodePagesEncodingProvider.Instance.GetEncoding(1252)!);
        var problems = new List<DatasetProblem>();
        var options = new PopulationFileOptions { Choice = new EncodingChoice("--encoding {0}") };
        Assert.Null(PopulationFile.Read(file, Plan, problems, options));
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.EndsWith("read it with --encoding windows-1252, or save it from Excel as \"CSV UTF-8 (Comma delimited)\", or as UTF-8 from another program", problem.Message);
    }

    [Fact]
    public void A_Windows_1252_extract_is_read_when_its_encoding_is_chosen()
    {
        var file = Extract(Caseload, CodePagesEncodingProvider.Instance.GetEncoding(1252)!);
        var problems = new List<DatasetProblem>();
        var population = PopulationFile.Read(file, Plan, problems, new PopulationFileOptions { Encoding = InputEncoding.Windows1252 });
        Assert.Empty(problems);
        Assert.Equal("Bédlington", population!.Cases[0].Office);
    }

    [Fact]
    public void A_UTF16_extract_is_refused_unless_chosen_and_then_read()
    {
        var file = Extract(Caseload, Encoding.Unicode);
        var problems = new List<DatasetProblem>();
        Assert.Null(PopulationFile.Read(file, Plan, problems, new PopulationFileOptions { Choice = new EncodingChoice("--encoding {0}") }));
        Assert.Contains("read it with --encoding utf-16", Assert.Single(problems).Message);
        problems.Clear();
        var population = PopulationFile.Read(file, Plan, problems, new PopulationFileOptions { Encoding = InputEncoding.Utf16 });
        Assert.Empty(problems);
        Assert.Equal(["NB-1", "NB-2"], population!.Cases.Select(c => c.CaseId));
        Assert.Equal("Bédlington", population.Cases[0].Office);
    }

    [Fact]
    public void Big_endian_UTF16_with_half_a_surrogate_pair_is_refused_at_its_line()
    {
        var file = Path.Combine(_temp.Path, "broken.csv");
        File.WriteAllBytes(file, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Caseload.Split('\n')[0] + "\nNB-1,male,community,low,2019-01-02,Alnwick\nNB-"), 0xD8, 0x00, 0x00, 0x41]);
        var problems = new List<DatasetProblem>();
        Assert.Null(PopulationFile.Read(file, Plan, problems, new PopulationFileOptions { Encoding = InputEncoding.Utf16 }));
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("half of a surrogate pair", problem.Message);
    }

    [Fact]
    public async Task A_missing_extract_or_a_pipe_in_its_place_is_a_problem()
    {
        var problems = new List<DatasetProblem>();
        var missing = Path.Combine(_temp.Path, "none.csv");
        Assert.Null(PopulationFile.Read(missing, Plan, problems));
        Assert.Equal($"{missing}: no such file", Assert.Single(problems).ToString());
        var fifo = Path.Combine(_temp.Path, "pipe.csv");
        MakeFifo(fifo);
        problems.Clear();
        await Task.Run(() => PopulationFile.Read(fifo, Plan, problems)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("is a named pipe (FIFO)", Assert.Single(problems).Message);
    }

    [Fact]
    public void Environment_limits_replace_the_defaults_and_a_bad_value_is_named()
    {
        var set = new Dictionary<string, string> { ["PROBITY_MAX_ROWS"] = "1_000", ["PROBITY_MAX_JSON_MB"] = "2" };
        var limits = EnvironmentLimits.Read(v => set.GetValueOrDefault(v));
        Assert.Equal(1_000, limits.MaxRows);
        Assert.Equal(2L * 1024 * 1024, limits.MaxJsonFileBytes);
        Assert.Equal(ReadingLimits.Default.MaxCellChars, limits.MaxCellChars);
        var bad = Assert.Throws<ArgumentException>(() => EnvironmentLimits.Read(v => v == "PROBITY_MAX_PROBLEMS" ? "-5" : null));
        Assert.StartsWith("PROBITY_MAX_PROBLEMS=\"-5\" is not a whole number of problems from 1 up", bad.Message);
    }
}
