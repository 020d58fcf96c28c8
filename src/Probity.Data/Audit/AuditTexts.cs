using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Probity.Data.Audit;

/// <summary>
/// Free text in an audit entry (evidence notes, practice examples, narrative, meeting descriptions, rationales) is
/// kept in audit_texts and the entry refers to it as <c>{"$text": HASH}</c>. The chain covers the reference, so the
/// text can later be erased without breaking it. The hash is of the record's scope and the text together, so erasing one
/// case's text never touches another record's identical words.
/// </summary>
internal static class AuditTexts
{
    public const string ReferenceKey = "$text";

    /// <summary>Properties (as the log writes them, camelCase) whose strings are free text, at any depth.</summary>
    private static readonly HashSet<string> FreeText = ["notes", "note", "text", "narrative", "rationale", "description", "evidence", "progress"];

    public sealed record Text(string Hash, string Value);

    /// <summary>Whether a property's strings, and every string beneath it, are free text.</summary>
    public static bool IsFreeText(string propertyName) => FreeText.Contains(propertyName);

    /// <summary>
    /// The reference to a text: the hash of its record's scope, a line break and its words, in UTF-8. Encoded piece by
    /// piece into one buffer, which gives the bytes of the joined string: the line break keeps any pair of surrogates
    /// from spanning the two.
    /// </summary>
    public static string Hash(string scope, string value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(scope.Length + 1 + value.Length);
        byte[]? rented = null;
        var bytes = most <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            var length = Encoding.UTF8.GetBytes(scope, bytes);
            bytes[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(value, bytes[length..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..length], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Whether stored JSON refers to any text (a cheap test before a lookup).</summary>
    public static bool HasReferences(string? json) => json is not null && json.Contains("\"" + ReferenceKey + "\"", StringComparison.Ordinal);

    /// <summary>The entry's JSON with each reference replaced by its text, or by null where the text has been erased.</summary>
    public static string? Resolve(string? json, IReadOnlyDictionary<string, string> texts)
    {
        if (!HasReferences(json)) return json;
        return Restore(JsonNode.Parse(json!), texts)?.ToJsonString(AuditJson.Options) ?? "null";
    }

    private static JsonNode? Restore(JsonNode? node, IReadOnlyDictionary<string, string> texts)
    {
        switch (node)
        {
            case JsonObject o when o.Count == 1 && o[ReferenceKey] is JsonValue r && r.TryGetValue<string>(out var hash):
                return texts.TryGetValue(hash, out var text) ? JsonValue.Create(text) : null;
            case JsonObject o:
                foreach (var (key, child) in o.ToList()) o[key] = Restore(child?.DeepClone(), texts);
                return o;
            case JsonArray a:
                var items = a.Select(i => Restore(i?.DeepClone(), texts)).ToList();
                a.Clear();
                foreach (var i in items) a.Add(i);
                return a;
            default:
                return node;
        }
    }
}
