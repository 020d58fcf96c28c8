using System.Text;
using System.Text.Json;

namespace Probity.Core.Json;

/// <summary>
/// The line each JSON value starts on, by path ("$.panelDecisions[1].move"), so that problems found after parsing can
/// still be reported as file:line. Building it walks every token once, which is also where the document's own faults
/// are found: a key given twice in one object, a string escape that is half a UTF-16 pair.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new();

    private JsonLineMap() { }

    public static JsonLineMap Build(string json) => Build(Encoding.UTF8.GetBytes(json), (_, _) => { });

    /// <param name="fault">Called with the line and a description of each duplicate key or lone surrogate escape.</param>
    public static JsonLineMap Build(ReadOnlySpan<byte> bytes, Action<int, string> fault)
    {
        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);

        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<Frame>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                var line = LineOf(lineStarts, reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = Text(ref reader, line, fault);
                        if (pendingProperty is not null && stack.Count > 0 && stack.Peek().Key(pendingProperty, line) is { } first)
                            fault(line, $"the key \"{pendingProperty}\" appears twice in one object (first on line {first}); a key may be given once");
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                    case JsonTokenType.String:
                        Text(ref reader, line, fault);
                        break;
                }
                var path = stack.Count == 0 ? "$" : stack.Peek().ChildPath(pendingProperty);
                pendingProperty = null;
                map._lines.TryAdd(path, line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            // The document is reported as invalid JSON elsewhere; the lines found so far are still useful.
        }
        return map;
    }

    // A string's text; an escape that is half a surrogate pair ("\ud800") cannot become text and is a fault at its line.
    private static string? Text(ref Utf8JsonReader reader, int line, Action<int, string> fault)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            fault(line, "a string holds an escape that is half of a UTF-16 surrogate pair (such as \\ud800); write the character itself, or both halves of the pair");
            return null;
        }
    }

    /// <summary>The line of the value at <paramref name="path"/>, or of its nearest enclosing value that has one.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line)) return line;
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0) return 1;
            path = path[..cut];
        }
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var i = lineStarts.BinarySearch(offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private sealed class Frame(string path, bool isArray)
    {
        private int _next;
        private Dictionary<string, int>? _keys;

        public string ChildPath(string? property) => isArray ? $"{path}[{_next++}]" : $"{path}.{property}";

        /// <summary>Records a key of this object; the line it was first seen on when it was seen before.</summary>
        public int? Key(string name, int line)
        {
            _keys ??= new Dictionary<string, int>(StringComparer.Ordinal);
            return _keys.TryAdd(name, line) ? null : _keys[name];
        }
    }
}
