using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Probity.Data.Audit;

/// <summary>
/// Writes one side of an audit entry from one parsed document: the JSON the log stores (free text by reference,
/// properties in their order) and its canonical spelling that the chain's hash covers (keys in ordinal order, no
/// spaces, numbers as decimals). A case save makes its before side inside SQLite's one write turn, so the side is made
/// by two walks over the one document, each writing straight to its own writer: nothing is copied or parsed twice.
/// The bytes are those the earlier way (parse, copy out the free text, write, parse again, sort) wrote.
/// </summary>
internal static class AuditSideWriter
{
    // As JsonNode.ToJsonString(AuditJson.Options) wrote the stored JSON: that encoder, no validation, and the serializer's
    // depth limit of 64, which refuses a reference to a text nested 64 deep, as it did.
    private static readonly JsonWriterOptions StoredOptions = new() { Encoder = AuditJson.Options.Encoder, MaxDepth = 64, SkipValidation = true };

    private static readonly JsonWriterOptions CanonicalOptions = new() { Encoder = AuditJson.Options.Encoder };

    /// <summary>The side of a value: serialised straight into the document the walks read.</summary>
    public static AuditSide Side(object? value, string scope)
    {
        if (value is null) return new AuditSide(null, null, []);
        using var document = JsonSerializer.SerializeToDocument(value, AuditJson.Options);
        return Side(document.RootElement, scope);
    }

    /// <summary>The side of JSON already serialised.</summary>
    public static AuditSide Side(string? json, string scope)
    {
        if (json is null) return new AuditSide(null, null, []);
        using var document = JsonDocument.Parse(json);
        return Side(document.RootElement, scope);
    }

    private static AuditSide Side(JsonElement root, string scope)
    {
        var writers = Writers.Take();
        // A bare string (a narrative block's text) is free text in itself.
        var free = root.ValueKind == JsonValueKind.String;
        var texts = new FreeTexts(scope, root);
        WriteStored(writers.Stored, root, free, texts);
        WriteCanonical(writers.Canonical, root, free, texts);
        var (stored, canonical) = (writers.StoredText(), writers.CanonicalText());
        writers.Give();
        return new AuditSide(stored, canonical, texts.InOrder);
    }

    /// <summary>The canonical spelling of JSON as stored (its free text already by reference), as read back for verification.</summary>
    public static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        var writers = Writers.Take();
        WriteCanonical(writers.Canonical, document.RootElement, false, null);
        var canonical = writers.CanonicalText();
        writers.Give();
        return canonical;
    }

    /// <summary>Properties in their order; each free-text string replaced by its reference, the texts gathered in the order met.</summary>
    private static void WriteStored(Utf8JsonWriter w, JsonElement element, bool free, FreeTexts texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name;
                    w.WritePropertyName(name);
                    WriteStored(w, property.Value, free || AuditTexts.IsFreeText(name), texts);
                }
                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (var item in element.EnumerateArray()) WriteStored(w, item, free, texts);
                w.WriteEndArray();
                break;
            case JsonValueKind.String when free:
                WriteReference(w, texts.Add(element));
                break;
            default:
                // Strings are unescaped and written again with the log's encoder; numbers keep their spelling.
                element.WriteTo(w);
                break;
        }
    }

    /// <summary>
    /// Keys in ordinal order and numbers as decimals; with <paramref name="texts"/>, free-text strings as the references
    /// <see cref="WriteStored"/> wrote for them.
    /// </summary>
    private static void WriteCanonical(Utf8JsonWriter w, JsonElement element, bool free, FreeTexts? texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (var (name, value) in InOrdinalOrder(element))
                {
                    w.WritePropertyName(name);
                    WriteCanonical(w, value, texts is not null && (free || AuditTexts.IsFreeText(name)), texts);
                }
                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (var item in element.EnumerateArray()) WriteCanonical(w, item, free, texts);
                w.WriteEndArray();
                break;
            case JsonValueKind.String when free && texts is not null:
                WriteReference(w, texts.HashOf(element));
                break;
            case JsonValueKind.Number when decimal.TryParse(JsonMarshal.GetRawUtf8Value(element), NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                // jsonb may spell 1.0E+2 as 100.0; a decimal's spelling is the same for both. 29 digits, a sign and a point fit.
                Span<byte> digits = stackalloc byte[64];
                number.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                w.WriteRawValue(digits[..length]);
                break;
            default:
                // Numbers beyond a decimal keep their spelling, as they always have.
                element.WriteTo(w);
                break;
        }
    }

    private static (string Name, JsonElement Value)[] InOrdinalOrder(JsonElement element)
    {
        var properties = new (string Name, JsonElement Value)[element.GetPropertyCount()];
        var i = 0;
        foreach (var property in element.EnumerateObject()) properties[i++] = (property.Name, property.Value);
        if (properties.Length < 2) return properties;
        Array.Sort(properties, Ordinal.Instance);
        // A key twice in one object was refused when the JSON was read into nodes; it still is (sorted, twins are neighbours).
        for (i = 1; i < properties.Length; i++)
            if (string.Equals(properties[i - 1].Name, properties[i].Name, StringComparison.Ordinal))
                throw new ArgumentException($"An item with the same key has already been added. Key: {properties[i].Name}");
        return properties;
    }

    private static void WriteReference(Utf8JsonWriter w, string hash)
    {
        w.WriteStartObject();
        w.WriteString(AuditTexts.ReferenceKey, hash);
        w.WriteEndObject();
    }

    private sealed class Ordinal : IComparer<(string Name, JsonElement Value)>
    {
        public static readonly Ordinal Instance = new();

        public int Compare((string Name, JsonElement Value) x, (string Name, JsonElement Value) y) => string.CompareOrdinal(x.Name, y.Name);
    }

    /// <summary>
    /// The side's texts, each once (the first time it is met), and each free-text string's hash by where it starts in the
    /// document: the canonical walk meets the same strings in another order and finds their hashes without reading the
    /// words again.
    /// </summary>
    private sealed class FreeTexts(string scope, JsonElement root)
    {
        private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);
        private readonly Dictionary<long, string> _hashByPlace = [];

        public List<AuditTexts.Text> InOrder { get; } = [];

        public string Add(JsonElement element)
        {
            var words = element.GetString()!;
            var hash = AuditTexts.Hash(scope, words);
            if (_hashes.Add(hash)) InOrder.Add(new AuditTexts.Text(hash, words));
            _hashByPlace.Add(Place(element), hash);
            return hash;
        }

        public string HashOf(JsonElement element) => _hashByPlace[Place(element)];

        // Measured from the root's first byte, both in the document's one buffer (so the same however the collector moves it).
        private long Place(JsonElement element) =>
            Unsafe.ByteOffset(ref MemoryMarshal.GetReference(JsonMarshal.GetRawUtf8Value(root)), ref MemoryMarshal.GetReference(JsonMarshal.GetRawUtf8Value(element)));
    }

    /// <summary>
    /// A thread's two writers and their buffers, kept between sides: a side is made in one go on one thread, and growing
    /// fresh buffers to its size each time cost more than the writing. A buffer grown past 64 KB (a large import's side) is
    /// not kept.
    /// </summary>
    private sealed class Writers
    {
        private const int KeptCapacity = 64 * 1024;

        [ThreadStatic]
        private static Writers? t_kept;

        private readonly ArrayBufferWriter<byte> _storedBuffer = new(4096);
        private readonly ArrayBufferWriter<byte> _canonicalBuffer = new(4096);

        private Writers()
        {
            Stored = new Utf8JsonWriter(_storedBuffer, StoredOptions);
            Canonical = new Utf8JsonWriter(_canonicalBuffer, CanonicalOptions);
        }

        public Utf8JsonWriter Stored { get; }
        public Utf8JsonWriter Canonical { get; }

        /// <summary>The thread's writers, emptied (whatever a refused side left in them), or new ones.</summary>
        public static Writers Take()
        {
            var writers = t_kept ?? new Writers();
            t_kept = null;
            writers._storedBuffer.ResetWrittenCount();
            writers._canonicalBuffer.ResetWrittenCount();
            writers.Stored.Reset();
            writers.Canonical.Reset();
            return writers;
        }

        public string StoredText() => Text(Stored, _storedBuffer);

        public string CanonicalText() => Text(Canonical, _canonicalBuffer);

        private static string Text(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
        {
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        public void Give()
        {
            if (_storedBuffer.Capacity <= KeptCapacity && _canonicalBuffer.Capacity <= KeptCapacity) t_kept = this;
        }
    }
}
