using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Equilibrium;

/// <summary>The SIMD batch against the scalar law (a second code path), its checks, and its allocations.</summary>
public class NernstBatchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(17)]
    [InlineData(1000)]
    [InlineData(4099)]
    public void Batch_equals_the_scalar_law_to_a_few_ulps(int n)
    {
        var (ci, co) = RandomPairs(n, seed: n);
        var e = new ElectricPotential[n];
        Nernst.Potentials(ci, co, -2, Temperature.Room, e);
        for (var i = 0; i < n; i++)
        {
            var scalar = Nernst.Potential(-2, ci[i], co[i], Temperature.Room);
            Assert.True(Math.Abs(scalar.Volts - e[i].Volts) <= 4e-16 * Math.Max(Math.Abs(scalar.Volts), 1e-3), $"[{i}] {scalar.Volts:R} vs {e[i].Volts:R}");
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(15)]
    public void A_bad_element_is_named_by_its_index(int badIndex)
    {
        foreach (var bad in new[] { 0.0, -1.0, double.NaN, double.PositiveInfinity })
        {
            var (ci, co) = RandomPairs(16, seed: 1);
            co[badIndex] = Concentration.FromMillimolar(bad);
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Nernst.Potentials(ci, co, 1, Temperature.Body, new ElectricPotential[16]));
            Assert.Equal($"outsides[{badIndex}]", e.ParamName);
        }
    }

    [Fact]
    public void Ratios_beyond_double_range_take_the_exact_path()
    {
        var ci = Enumerable.Repeat(Concentration.FromMillimolar(1e-300), 16).ToArray();
        var co = Enumerable.Repeat(Concentration.FromMillimolar(1e300), 16).ToArray();
        var e = new ElectricPotential[16];
        Nernst.Potentials(ci, co, 1, Temperature.Body, e);
        Assert.All(e, v => Assert.Equal(Nernst.Potential(1, ci[0], co[0], Temperature.Body), v));
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var (ci, co) = RandomPairs(10, 2);
        Assert.Throws<ArgumentException>(() => Nernst.Potentials(ci, co.AsSpan(1), 1, Temperature.Body, new ElectricPotential[10]));
        Assert.Throws<ArgumentException>(() => Nernst.Potentials(ci, co, 1, Temperature.Body, new ElectricPotential[9]));
    }

    [Fact]
    public void A_batch_call_allocates_nothing()
    {
        var (ci, co) = RandomPairs(10_000, 3);
        var e = new ElectricPotential[10_000];
        Nernst.Potentials(ci, co, 1, Temperature.Body, e); // JIT warm-up
        var before = GC.GetAllocatedBytesForCurrentThread();
        Nernst.Potentials(ci, co, 1, Temperature.Body, e);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    internal static (Concentration[] Inside, Concentration[] Outside) RandomPairs(int n, int seed)
    {
        var rng = new Random(seed);
        Concentration Next() => Concentration.FromMillimolar(Math.Pow(10, (rng.NextDouble() * 9) - 6));
        return (Enumerable.Range(0, n).Select(_ => Next()).ToArray(), Enumerable.Range(0, n).Select(_ => Next()).ToArray());
    }
}
