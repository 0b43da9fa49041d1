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
        Nernst.Potentials(-2, ci, co, Temperature.Room, e);
        for (var i = 0; i < n; i++)
        {
            // The scalar law rounds c_out/c_in once before its logarithm (an error of up to 1.1e-16 in ln, times the
            // slope RT/zF); the batch never forms the quotient. Beyond that they agree to a few ulps of E.
            var scalar = Nernst.Potential(-2, ci[i], co[i], Temperature.Room);
            var slope = Math.Abs(Nernst.SlopePerDecade(-2, Temperature.Room).Volts / Math.Log(10));
            Assert.True(Math.Abs(scalar.Volts - e[i].Volts) <= (4e-16 * Math.Abs(scalar.Volts)) + (1.2e-16 * slope), $"[{i}] {scalar.Volts:R} vs {e[i].Volts:R}");
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
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Nernst.Potentials(1, ci, co, Temperature.Body, new ElectricPotential[16]));
            Assert.Equal($"outsides[{badIndex}]", e.ParamName);
        }
    }

    [Fact]
    public void Ratios_beyond_double_range_take_the_exact_path()
    {
        var ci = Enumerable.Repeat(Concentration.FromMillimolar(1e-300), 16).ToArray();
        var co = Enumerable.Repeat(Concentration.FromMillimolar(1e300), 16).ToArray();
        var e = new ElectricPotential[16];
        Nernst.Potentials(1, ci, co, Temperature.Body, e);
        Assert.All(e, v => Assert.Equal(Nernst.Potential(1, ci[0], co[0], Temperature.Body), v));
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var (ci, co) = RandomPairs(10, 2);
        Assert.Throws<ArgumentException>(() => Nernst.Potentials(1, ci, co.AsSpan(1), Temperature.Body, new ElectricPotential[10]));
        Assert.Throws<ArgumentException>(() => Nernst.Potentials(1, ci, co, Temperature.Body, new ElectricPotential[9]));
    }

    [Fact]
    public void A_batch_call_allocates_nothing()
    {
        var (ci, co) = RandomPairs(10_000, 3);
        var e = new ElectricPotential[10_000];
        Nernst.Potentials(1, ci, co, Temperature.Body, e); // JIT warm-up
        var before = GC.GetAllocatedBytesForCurrentThread();
        Nernst.Potentials(1, ci, co, Temperature.Body, e);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(1001)]
    public void Batch_inverse_equals_the_scalar_inverse_and_round_trips(int n)
    {
        var (ci, co) = RandomPairs(n, seed: 7);
        var e = new ElectricPotential[n];
        Nernst.Potentials(2, ci, co, Temperature.Body, e);
        var inside = new Concentration[n];
        var outside = new Concentration[n];
        Nernst.InsideConcentrations(2, co, e, Temperature.Body, inside);
        Nernst.OutsideConcentrations(2, ci, e, Temperature.Body, outside);
        for (var i = 0; i < n; i++)
        {
            Assert.True(inside[i].IsApproximately(Nernst.InsideConcentration(2, co[i], e[i], Temperature.Body), 1e-14), $"[{i}]");
            Assert.True(inside[i].IsApproximately(ci[i], 1e-12), $"[{i}] round trip");
            Assert.True(outside[i].IsApproximately(co[i], 1e-12), $"[{i}] round trip");
        }
    }

    [Fact]
    public void Batch_inverse_names_a_bad_potential_and_a_result_out_of_range()
    {
        var co = Enumerable.Repeat(Concentration.FromMillimolar(5), 16).ToArray();
        var e = Enumerable.Repeat(ElectricPotential.FromMillivolts(-80), 16).ToArray();
        e[11] = ElectricPotential.FromVolts(double.NaN);
        Assert.Equal("potentials[11]", Assert.Throws<ArgumentOutOfRangeException>(() => Nernst.InsideConcentrations(1, co, e, Temperature.Body, new Concentration[16])).ParamName);
        e[11] = ElectricPotential.FromVolts(-100); // exp(3741) overflows
        Assert.Equal("potentials[11]", Assert.Throws<ArgumentOutOfRangeException>(() => Nernst.InsideConcentrations(1, co, e, Temperature.Body, new Concentration[16])).ParamName);
        co[2] = Concentration.FromMillimolar(0);
        Assert.Equal("outsides[2]", Assert.Throws<ArgumentOutOfRangeException>(() => Nernst.InsideConcentrations(1, co, e, Temperature.Body, new Concentration[16])).ParamName);
    }

    [Fact]
    public void A_batch_inverse_call_allocates_nothing()
    {
        var (ci, _) = RandomPairs(10_000, 5);
        var e = Enumerable.Repeat(ElectricPotential.FromMillivolts(-60), 10_000).ToArray();
        var dst = new Concentration[10_000];
        Nernst.OutsideConcentrations(1, ci, e, Temperature.Body, dst);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Nernst.OutsideConcentrations(1, ci, e, Temperature.Body, dst);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_subnormal_element_and_a_ragged_tail_allocate_nothing_either()
    {
        var (ci, co) = RandomPairs(1001, 9);
        ci[0] = Concentration.FromMillimolar(1e-310); // valid, but not a normal double: takes the checked scalar path
        var e = new ElectricPotential[1001];
        var back = new Concentration[1001];
        Nernst.Potentials(1, ci, co, Temperature.Body, e);
        Nernst.OutsideConcentrations(1, ci, e, Temperature.Body, back);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Nernst.Potentials(1, ci, co, Temperature.Body, e);
        Nernst.OutsideConcentrations(1, ci, e, Temperature.Body, back);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(back[1000].IsApproximately(co[1000], 1e-12));
    }

    internal static (Concentration[] Inside, Concentration[] Outside) RandomPairs(int n, int seed)
    {
        var rng = new Random(seed);
        Concentration Next() => Concentration.FromMillimolar(Math.Pow(10, (rng.NextDouble() * 9) - 6));
        return (Enumerable.Range(0, n).Select(_ => Next()).ToArray(), Enumerable.Range(0, n).Select(_ => Next()).ToArray());
    }
}
