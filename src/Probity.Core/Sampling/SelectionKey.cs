namespace Probity.Core.Sampling;

/// <summary>
/// §6.3 step 3 [X]: the random order within a stratum. Every case gets a 64-bit key from the seed and its case reference
/// alone, and a stratum's cases are taken in ascending key order (ties, which need a 64-bit hash collision, by case
/// reference). Taking the first n_h is simple random sampling without replacement; the next ones are the reserves, in
/// order. The key never depends on the file's row order, on the other cases, or on the machine, so anyone can audit a
/// sample from the seed:
/// <code>
/// key = mix64(fnv1a64(UTF-8 bytes of case_id) XOR mix64(seed))
/// mix64(x): x ^= x >> 30; x *= 0xBF58476D1CE4E5B9; x ^= x >> 27; x *= 0x94D049BB133111EB; x ^= x >> 31   (SplitMix64's finaliser)
/// fnv1a64: h = 0xCBF29CE484222325; for each byte b: h = (h XOR b) * 0x100000001B3
/// </code>
/// mix64 is a bijection, so two different hashes never share a key under one seed.
/// </summary>
public static class SelectionKey
{
    public static ulong Of(ulong seed, string caseId) => WithMixedSeed(MixedSeed(seed), caseId);

    /// <summary>mix64(seed), computed once per draw.</summary>
    public static ulong MixedSeed(ulong seed) => Mix64(seed);

    /// <summary>The key from a seed already mixed by <see cref="MixedSeed"/>.</summary>
    public static ulong WithMixedSeed(ulong mixedSeed, ReadOnlySpan<char> caseId) => Mix64(Fnv1a64(caseId) ^ mixedSeed);

    public static ulong Mix64(ulong state)
    {
        state ^= state >> 30;
        state *= 0xBF58476D1CE4E5B9UL;
        state ^= state >> 27;
        state *= 0x94D049BB133111EBUL;
        state ^= state >> 31;
        return state;
    }

    /// <summary>FNV-1a over the UTF-8 encoding, so the key can be recomputed in any language.</summary>
    public static ulong Fnv1a64(ReadOnlySpan<char> text)
    {
        const ulong prime = 0x100000001B3UL;
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                h = (h ^ c) * prime;
                // Stryker disable once Statement : equivalent; without it the UTF-8 path hashes the same bytes for ASCII
                continue;
            }
            return Fnv1a64Utf8(text);
        }
        return h;
    }

    private static ulong Fnv1a64Utf8(ReadOnlySpan<char> text)
    {
        const ulong prime = 0x100000001B3UL;
        var h = 0xCBF29CE484222325UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text.ToString())) h = (h ^ b) * prime;
        return h;
    }
}
