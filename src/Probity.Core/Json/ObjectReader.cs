using System.Text.Json;

namespace Probity.Core.Json;

/// <summary>
/// Reads one JSON object (of a framework file or a manifest), recording every problem against its JSON path instead of stopping at the
/// first, and flagging properties it was not asked for (a misspelt property is a silent data error otherwise).
/// </summary>
public sealed class ObjectReader
{
    private readonly JsonElement _element;
    private readonly Action<string, string> _report;
    private readonly HashSet<string> _read = [];

    public ObjectReader(JsonElement element, string path, Action<string, string> report)
    {
        _element = element;
        Path = path;
        _report = report;
        if (element.ValueKind != JsonValueKind.Object) Problem("expected an object");
    }

    public string Path { get; }

    public void Problem(string message) => _report(Path, message);

    public void Problem(string path, string message) => _report(path, message);

    private JsonElement? Property(string name)
    {
        _read.Add(name);
        if (_element.ValueKind != JsonValueKind.Object) return null;
        return _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    public string Child(string name) => $"{Path}.{name}";

    public string? String(string name, bool required = true)
    {
        var v = Property(name);
        if (v is null)
        {
            if (required) Problem($"\"{name}\" is required");
            return null;
        }
        if (v.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.Value.GetString()))
        {
            _report(Child(name), $"expected a non-empty string");
            return null;
        }
        return v.Value.GetString();
    }

    public int? Int(string name, bool required = true)
    {
        var v = Property(name);
        if (v is null)
        {
            if (required) Problem($"\"{name}\" is required");
            return null;
        }
        if (v.Value.ValueKind != JsonValueKind.Number || !v.Value.TryGetInt32(out var i))
        {
            _report(Child(name), $"expected a whole number");
            return null;
        }
        return i;
    }

    public double? Double(string name)
    {
        var v = Property(name);
        if (v is null) return null;
        if (v.Value.ValueKind != JsonValueKind.Number)
        {
            _report(Child(name), $"expected a number");
            return null;
        }
        return v.Value.GetDouble();
    }

    public bool? Bool(string name)
    {
        var v = Property(name);
        if (v is null) return null;
        if (v.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _report(Child(name), $"expected true or false");
            return null;
        }
        return v.Value.GetBoolean();
    }

    public IReadOnlyList<string> Strings(string name)
    {
        var v = Property(name);
        if (v is null) return [];
        if (v.Value.ValueKind != JsonValueKind.Array)
        {
            _report(Child(name), $"expected an array of strings");
            return [];
        }
        var list = new List<string>();
        var i = 0;
        foreach (var e in v.Value.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String) list.Add(e.GetString()!);
            else _report($"{Child(name)}[{i}]", "expected a string");
            i++;
        }
        return list;
    }

    public ObjectReader? Object(string name, bool required = false)
    {
        var v = Property(name);
        if (v is null)
        {
            if (required) Problem($"\"{name}\" is required");
            return null;
        }
        return new ObjectReader(v.Value, Child(name), _report);
    }

    public IReadOnlyList<ObjectReader> Objects(string name, bool required = false)
    {
        var v = Property(name);
        if (v is null)
        {
            if (required) Problem($"\"{name}\" is required");
            return [];
        }
        if (v.Value.ValueKind != JsonValueKind.Array)
        {
            _report(Child(name), $"expected an array");
            return [];
        }
        var i = 0;
        return v.Value.EnumerateArray().Select(e => new ObjectReader(e, $"{Child(name)}[{i++}]", _report)).ToList();
    }

    /// <summary>An object whose property names are data (e.g. <c>where: {"rosh": [...]}</c>).</summary>
    public IReadOnlyList<(string Key, JsonElement Value, string Path)> Map(string name)
    {
        var v = Property(name);
        if (v is null) return [];
        if (v.Value.ValueKind != JsonValueKind.Object)
        {
            _report(Child(name), $"expected an object");
            return [];
        }
        return v.Value.EnumerateObject().Select(p => (p.Name, p.Value, $"{Child(name)}.{p.Name}")).ToList();
    }

    public DateOnly? Date(string name)
    {
        var text = String(name, required: false);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            return date;
        _report(Child(name), $"\"{text}\" is not a date in the form yyyy-mm-dd");
        return null;
    }

    public decimal? Decimal(string name)
    {
        var v = Property(name);
        if (v is null) return null;
        if (v.Value.ValueKind != JsonValueKind.Number || !v.Value.TryGetDecimal(out var d))
        {
            _report(Child(name), "expected a number");
            return null;
        }
        return d;
    }

    /// <summary>The raw value, for shapes the typed readers do not cover (arrays of numbers with nulls).</summary>
    public JsonElement? Element(string name) => Property(name);

    /// <summary>Call after reading: every property nobody asked for is reported.</summary>
    public void RejectUnknown()
    {
        if (_element.ValueKind != JsonValueKind.Object) return;
        foreach (var p in _element.EnumerateObject())
            if (!_read.Contains(p.Name))
                _report(Path, $"unknown property \"{p.Name}\"");
    }
}
