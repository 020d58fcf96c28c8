namespace Probity.Core.Text;

/// <summary>The exchange-format tokens of an enum ("area-for-improvement" ↔ a value), for readers, writers and messages.</summary>
public sealed class TokenMap<T>(params (string Token, T Value)[] pairs) where T : struct, Enum
{
    public IReadOnlyList<string> Tokens { get; } = pairs.Select(p => p.Token).ToList();

    public string Token(T value) => pairs.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Token;

    public bool TryParse(string? token, out T value)
    {
        foreach (var (t, v) in pairs)
            if (t == token) { value = v; return true; }
        value = default;
        return false;
    }

    /// <summary>"strength, area-for-improvement": for "is not one of …" messages.</summary>
    public string List => string.Join(", ", Tokens);
}
