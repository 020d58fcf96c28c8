using System.Text;
using System.Text.Json;

namespace Probity.Core.Json;

/// <summary>
/// The line each JSON value starts on, by path ("$.panelDecisions[1].move"), so that problems found after parsing can
/// still be reported as file:line.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new();

    private JsonLineMap() { }

    public static JsonLineMap Build(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
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
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                }
                var path = stack.Count == 0 ? "$" : stack.Peek().ChildPath(pendingProperty);
                pendingProperty = null;
                map._lines.TryAdd(path, LineOf(lineStarts, reader.TokenStartIndex));
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

        public string ChildPath(string? property) => isArray ? $"{path}[{_next++}]" : $"{path}.{property}";
    }
}
