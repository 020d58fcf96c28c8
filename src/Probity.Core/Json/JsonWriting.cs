using System.Text.Json;

namespace Probity.Core.Json;

/// <summary>The small writing steps every exchange-format writer repeats: optional values are left out, not written as null.</summary>
public static class JsonWriting
{
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteStringValue(v);
        writer.WriteEndArray();
    }

    public static void OptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    public static void OptionalInt(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
    }

    public static void OptionalDecimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
    }
}
