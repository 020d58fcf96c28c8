using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Probity.Data.Audit;

namespace Probity.Data.Tests;

/// <summary>
/// Test-only: how an audit entry's side was made before <see cref="AuditSideWriter"/> (serialise, parse, copy each child
/// while replacing free text by references, write, parse again, write sorted), copied unchanged from AuditTexts.Extract
/// and AuditChain.Canonical as they were, so that the new writer can be held to its bytes.
/// </summary>
internal static class AuditSideAsBefore
{
    private static readonly HashSet<string> FreeText = ["notes", "note", "text", "narrative", "rationale", "description", "evidence", "progress"];

    public static AuditSide Side(object? value, string scope)
    {
        var texts = new List<AuditTexts.Text>();
        var json = Extract(value is null ? null : AuditJson.Serialize(value), scope, texts);
        return new AuditSide(json, Canonical(json), texts);
    }

    public static AuditSide Side(string? json, string scope)
    {
        var texts = new List<AuditTexts.Text>();
        var stored = Extract(json, scope, texts);
        return new AuditSide(stored, Canonical(stored), texts);
    }

    public static string? Extract(string? json, string scope, List<AuditTexts.Text> texts)
    {
        if (json is null) return null;
        var node = JsonNode.Parse(json);
        return (node is JsonValue value && value.TryGetValue<string>(out var s) ? Reference(s, scope, texts) : Walk(node, false, scope, texts))
            ?.ToJsonString(AuditJson.Options) ?? "null";
    }

    private static JsonNode? Walk(JsonNode? node, bool free, string scope, List<AuditTexts.Text> texts)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList()) o[key] = Walk(child?.DeepClone(), free || FreeText.Contains(key), scope, texts);
                return o;
            case JsonArray a:
                var items = a.Select(i => Walk(i?.DeepClone(), free, scope, texts)).ToList();
                a.Clear();
                foreach (var i in items) a.Add(i);
                return a;
            case JsonValue v when free && v.TryGetValue<string>(out var s):
                return Reference(s, scope, texts);
            default:
                return node;
        }
    }

    private static JsonObject Reference(string value, string scope, List<AuditTexts.Text> texts)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + value)));
        if (!texts.Exists(t => t.Hash == hash)) texts.Add(new AuditTexts.Text(hash, value));
        return new JsonObject { [AuditTexts.ReferenceKey] = hash };
    }

    public static string? Canonical(string? json)
    {
        if (json is null) return null;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = AuditJson.Options.Encoder }))
            Write(w, JsonNode.Parse(json));
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, JsonNode? node)
    {
        switch (node)
        {
            case null:
                w.WriteNullValue();
                break;
            case JsonObject o:
                w.WriteStartObject();
                foreach (var (key, child) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    w.WritePropertyName(key);
                    Write(w, child);
                }
                w.WriteEndObject();
                break;
            case JsonArray a:
                w.WriteStartArray();
                foreach (var child in a) Write(w, child);
                w.WriteEndArray();
                break;
            default:
                var element = node.GetValue<JsonElement>();
                if (element.ValueKind == JsonValueKind.Number && decimal.TryParse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    w.WriteRawValue(number.ToString(CultureInfo.InvariantCulture));
                else element.WriteTo(w);
                break;
        }
    }
}
