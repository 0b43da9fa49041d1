using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>The batch reversal against the single call (the second code path), sample by sample; its checks; its allocations.</summary>
public class GhkVoltageBatchTests
{
    private static readonly Ion[] Monovalent = [Ions.Potassium, Ions.Sodium, Ions.Chloride, Ions.Lithium, Ions.Bicarbonate];
    private static readonly Ion[] Mixed = [Ions.Sodium, Ions.Potassium, Ions.Chloride, Ions.Calcium, Ions.Sulfate];

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 7)]
    [InlineData(2, 9)]
    [InlineData(3, 17)]
    [InlineData(4, 1001)]
    [InlineData(5, 4099)]
    public void Monovalent_batch_equals_the_single_call_for_every_sample(int m, int n)
    {
        var ions = Monovalent[..m];
        var (p, ci, co) = RandomSamples(ions.Length, n, seed: (m * 7919) + n);
        var v = new ElectricPotential[n];
        GhkVoltage.ReversalPotentials(ions.Select(i => i.Valence).ToArray(), p, ci, co, Temperature.Body, v);
        var thermal = Membrane.Biophysics.Constants.ConstantSet.Si2019.ThermalVoltage(Temperature.Body).Volts;
        for (var s = 0; s < n; s++)
        {
            // The single call rounds its quotient once before Math.Log; the batch never forms it (VectorLog.OfRatio,
            // within two ulps): beyond that one rounding of ln (1.2e-16 · RT/F) they agree to a few ulps of V.
            var single = GhkVoltage.ReversalPotential(Sample(ions, p, ci, co, n, s), Temperature.Body);
            Assert.True(Math.Abs(single.Volts - v[s].Volts) <= (4e-16 * Math.Abs(single.Volts)) + (1.2e-16 * thermal), $"[{s}] {single.Volts:R} vs {v[s].Volts:R}");
        }
    }

    [Theory]
    [InlineData(4, 13)]
    [InlineData(5, 40)]
    public void Mixed_valence_batch_equals_the_single_call_exactly(int m, int n)
    {
        var ions = Mixed[..m];
        var (p, ci, co) = RandomSamples(ions.Length, n, seed: n);
        var v = new ElectricPotential[n];
        GhkVoltage.ReversalPotentials(ions.Select(i => i.Valence).ToArray(), p, ci, co, Temperature.Room, v);
        for (var s = 0; s < n; s++)
        {
            Assert.Equal(GhkVoltage.ReversalPotential(Sample(ions, p, ci, co, n, s), Temperature.Room), v[s]);
        }
    }

    [Fact]
    public void Samples_with_an_ion_absent_on_one_side_take_the_checked_path_and_still_agree()
    {
        var ions = Monovalent[..3];
        var (p, ci, co) = RandomSamples(3, 24, seed: 5);
        co[(2 * 24) + 10] = Concentration.FromMillimolar(0); // no Cl⁻ outside in sample 10
        ci[(1 * 24) + 3] = Concentration.FromMillimolar(0);  // no Na⁺ inside in sample 3
        var v = new ElectricPotential[24];
        GhkVoltage.ReversalPotentials([1, 1, -1], p, ci, co, Temperature.Body, v);
        foreach (var s in new[] { 3, 10 })
        {
            Assert.Equal(GhkVoltage.ReversalPotential(Sample(ions, p, ci, co, 24, s), Temperature.Body), v[s]);
        }
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 9)]
    [InlineData(2, 15)]
    [InlineData(2, 18)]
    public void A_bad_concentration_is_named_by_its_index(int ion, int sample)
    {
        foreach (var bad in new[] { -1.0, double.NaN, double.PositiveInfinity })
        {
            foreach (var inside in new[] { true, false })
            {
                var (p, ci, co) = RandomSamples(3, 19, seed: 1);
                (inside ? ci : co)[(ion * 19) + sample] = Concentration.FromMillimolar(bad);
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => GhkVoltage.ReversalPotentials([1, 1, -1], p, ci, co, Temperature.Body, new ElectricPotential[19]));
                Assert.Equal($"{(inside ? "insides" : "outsides")}[{(ion * 19) + sample}]", e.ParamName);
                Assert.Contains($"ion {ion}, sample {sample}", e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_sample_without_a_finite_reversal_is_named()
    {
        var (p, ci, co) = RandomSamples(2, 12, seed: 2);
        co[5] = co[12 + 5] = Concentration.FromMillimolar(0); // sample 5: two cations, none outside: nothing carries inward current
        var e = Assert.Throws<ArgumentException>(() => GhkVoltage.ReversalPotentials([1, 1], p, ci, co, Temperature.Body, new ElectricPotential[12]));
        Assert.Contains("Sample 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_sets_and_lengths_are_rejected()
    {
        var (p, ci, co) = RandomSamples(3, 10, seed: 3);
        var v = new ElectricPotential[10];
        Assert.Throws<ArgumentException>(() => GhkVoltage.ReversalPotentials([], [], [], [], Temperature.Body, v));
        Assert.Throws<ArgumentException>(() => GhkVoltage.ReversalPotentials([1, 1, -1], p, ci.AsSpan(1), co, Temperature.Body, v));
        Assert.Throws<ArgumentException>(() => GhkVoltage.ReversalPotentials([1, 1, -1], p, ci, co, Temperature.Body, new ElectricPotential[9]));
        Assert.Throws<ArgumentException>(() => GhkVoltage.ReversalPotentials([1, -1], p, ci, co, Temperature.Body, v));
        Assert.Equal("valences[1]", Assert.Throws<ArgumentOutOfRangeException>(() => GhkVoltage.ReversalPotentials([1, 0, -1], p, ci, co, Temperature.Body, v)).ParamName);
        p[2] = Permeability.FromMetersPerSecond(double.NaN);
        Assert.Equal("permeabilities[2]", Assert.Throws<ArgumentOutOfRangeException>(() => GhkVoltage.ReversalPotentials([1, 1, -1], p, ci, co, Temperature.Body, v)).ParamName);
        p = [Permeability.FromMetersPerSecond(0), Permeability.FromMetersPerSecond(0), Permeability.FromMetersPerSecond(0)];
        Assert.Throws<ArgumentException>(() => GhkVoltage.ReversalPotentials([1, 1, -1], p, ci, co, Temperature.Body, v));
    }

    [Theory]
    [InlineData(new[] { 1, 1, -1 })]
    [InlineData(new[] { 1, 1, -1, 2 })]
    public void A_batch_call_allocates_nothing(int[] valences)
    {
        var (p, ci, co) = RandomSamples(valences.Length, 1003, seed: 4);
        var v = new ElectricPotential[1003];
        GhkVoltage.ReversalPotentials(valences, p, ci, co, Temperature.Body, v); // JIT warm-up
        var before = GC.GetAllocatedBytesForCurrentThread();
        GhkVoltage.ReversalPotentials(valences, p, ci, co, Temperature.Body, v);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    // Ion-major samples: concentrations log-uniform over 0.1 mM … 1 M, permeabilities over four decades.
    private static (Permeability[] P, Concentration[] Inside, Concentration[] Outside) RandomSamples(int m, int n, int seed)
    {
        var random = new Random(seed);
        double Decades(double low, double decades) => low * Math.Pow(10, decades * random.NextDouble());
        var p = Enumerable.Range(0, m).Select(_ => Permeability.FromMetersPerSecond(Decades(1e-10, 4))).ToArray();
        var ci = Enumerable.Range(0, m * n).Select(_ => Concentration.FromMillimolar(Decades(0.1, 4))).ToArray();
        var co = Enumerable.Range(0, m * n).Select(_ => Concentration.FromMillimolar(Decades(0.1, 4))).ToArray();
        return (p, ci, co);
    }

    private static PermeantIon[] Sample(Ion[] ions, Permeability[] p, Concentration[] ci, Concentration[] co, int n, int s) =>
        ions.Select((ion, k) => new PermeantIon(ion, p[k], new IonGradient(ci[(k * n) + s], co[(k * n) + s]))).ToArray();
}
