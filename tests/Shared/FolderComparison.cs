namespace Probity.Tests.Shared;

/// <summary>Two folders compared byte for byte (an export, and the export of its import): the same files, the same bytes.</summary>
public static class FolderComparison
{
    public static void AssertSameFiles(string expected, string actual)
    {
        Xunit.Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            var e = File.ReadAllBytes(Path.Combine(expected, file));
            var a = File.ReadAllBytes(Path.Combine(actual, file));
            Xunit.Assert.True(e.AsSpan().SequenceEqual(a), $"{file} differs after export, import and export: {FirstDifference(e, a)}");
        }
    }

    private static List<string> Files(string folder) =>
        Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The first line where the two files part, so a failing round trip says what moved.</summary>
    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var e = System.Text.Encoding.UTF8.GetString(expected).Split('\n');
        var a = System.Text.Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
            if (e[i] != a[i]) return $"line {i + 1}\nexpected {e[i]}\nactual   {a[i]}";
        return $"expected {e.Length} lines, got {a.Length}";
    }
}
