using Probity.Core.Sampling;

namespace Probity.Synthetic;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator: a tiny, fully specified PRNG, so synthetic data is the same on every
/// machine and every .NET version (System.Random's seeded sequence is an implementation detail).
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return SelectionKey.Mix64(_state);
    }

    /// <summary>A whole number in [0, bound), by Lemire's multiply-shift (bias below 2⁻³², irrelevant for synthetic data).</summary>
    public int Below(int bound) => (int)(((Next() >> 32) * (ulong)bound) >> 32);

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public DateOnly Between(DateOnly from, DateOnly to) => from.AddDays(Below(to.DayNumber - from.DayNumber + 1));
}
