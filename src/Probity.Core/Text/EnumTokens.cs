namespace Probity.Core;

/// <summary>The exchange format's tokens for an enum, in declaration order ("some-progress" ↔ SomeProgress).</summary>
public sealed class EnumTokens<T> where T : struct, Enum
{
    private readonly string[] _tokens;
    private readonly T[] _values = Enum.GetValues<T>();

    public EnumTokens(params string[] tokens)
    {
        if (tokens.Length != _values.Length) throw new ArgumentException($"{typeof(T).Name} has {_values.Length} values but {tokens.Length} tokens");
        _tokens = tokens;
    }

    public IReadOnlyList<string> All => _tokens;

    public string Token(T value) => _tokens[Array.IndexOf(_values, value)];

    public bool TryParse(string? token, out T value)
    {
        var i = Array.IndexOf(_tokens, token);
        value = i < 0 ? default : _values[i];
        return i >= 0;
    }
}
