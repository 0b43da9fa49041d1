using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>The GHK current against NEURON 8.2.2's <c>ghk()</c> and against its own limits.</summary>
public partial class GhkCurrentTests
{
    public static TheoryData<string, double, double, double, int, double, double, double, bool> NeuronCases(string mode)
    {
        var data = new TheoryData<string, double, double, double, int, double, double, double, bool>();
        foreach (var r in Reference.Load("neuron_ghk.json").GetProperty("modes").GetProperty(mode).GetProperty("results").EnumerateArray())
        {
            data.Add(
                r.GetProperty("label").GetString()!,
                r.GetProperty("v_mV").GetDouble(),
                r.GetProperty("ci_mM").GetDouble(),
                r.GetProperty("co_mM").GetDouble(),
                r.GetProperty("z").GetInt32(),
                r.GetProperty("celsius").GetDouble(),
                r.GetProperty("ghk_C_per_L").GetDouble(),
                r.GetProperty("ghk_exact_python_C_per_L").GetDouble(),
                r.GetProperty("taylor_branch_used").GetBoolean());
        }

        return data;
    }

    /// <summary>
    /// NEURON 8.2.2 <c>h.ghk(v, ci, co, z)</c> (tests/reference/neuron_ghk.py, LITERATURE.md §0): it returns C/L, and
    /// i [A/m²] = P [m/s] × 1000 × ghk. Away from V = 0 NEURON evaluates x/(eˣ − 1) directly, which agrees with the
    /// exact form to 9e-14 (recorded in the JSON), so 1e-12 here. For |x| &lt; 1e-4 NEURON uses the first-order Taylor
    /// series 1 − x/2, whose error (x²/12 relative, about 6e-10 at the recorded ±1 µV points) is NEURON's, not
    /// ours: those points are compared with NEURON to 1e-9 and with the script's own exact expm1 evaluation to 1e-13.
    /// </summary>
    [Theory]
    [MemberData(nameof(NeuronCases), "modern")]
    public void Agrees_with_NEURON(string label, double mV, double ci, double co, int z, double celsius, double ghk, double exact, bool taylor) =>
        Check(label, mV, ci, co, z, celsius, ghk, exact, taylor, null);

    /// <summary>NEURON 8.2.2 with <c>nrnunit_use_legacy(1)</c>, reproduced with <see cref="ConstantSet.NeuronLegacy"/>.</summary>
    [Theory]
    [MemberData(nameof(NeuronCases), "legacy")]
    public void Reproduces_NEURON_legacy_units(string label, double mV, double ci, double co, int z, double celsius, double ghk, double exact, bool taylor) =>
        Check(label, mV, ci, co, z, celsius, ghk, exact, taylor, ConstantSet.NeuronLegacy);

    [Fact]
    public void At_zero_volts_equals_the_limit_PzF_times_the_concentration_difference()
    {
        var p = Permeability.FromCentimetersPerSecond(1e-5);
        var i = GhkCurrent.Density(2, p, Concentration.FromMicromolar(0.1), Concentration.FromMillimolar(2), ElectricPotential.Zero, Temperature.Body);
        var limit = 1e-7 * 2 * PhysicalConstants.FaradayConstant * (1e-4 - 2);
        Assert.True(NernstTestsIsClose(limit, i.AmperesPerSquareMeter, 1e-15));
    }

    /// <summary>
    /// Below 1 µV the current follows the limit through the series P z F [(c_in − c_out) + (u/2)(c_in + c_out) +
    /// (u²/12)(c_in − c_out)] (u = zFV/RT; the next term is O(u⁴)), here written out independently, to 1e-13.
    /// </summary>
    [Theory]
    [InlineData(1e-7, 1, 140, 5)]
    [InlineData(-1e-7, 1, 140, 5)]
    [InlineData(3e-8, 2, 1e-4, 2)]
    [InlineData(-9.9e-7, -1, 10, 110)]
    [InlineData(1e-12, 3, 0, 1)]
    [InlineData(-5e-7, 3, 7, 0)]
    public void Is_smooth_through_zero_volts(double volts, int z, double ciMillimolar, double coMillimolar)
    {
        var t = Temperature.Squid;
        var f = PhysicalConstants.FaradayConstant;
        var u = z * volts * f / (PhysicalConstants.MolarGasConstant * t.Kelvins);
        var expected = z * f * ((ciMillimolar - coMillimolar) + (u / 2 * (ciMillimolar + coMillimolar)) + (u * u / 12 * (ciMillimolar - coMillimolar)));
        var i = GhkCurrent.Density(z, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(ciMillimolar), Concentration.FromMillimolar(coMillimolar),
            ElectricPotential.FromVolts(volts), t);
        Assert.True(NernstTestsIsClose(expected, i.AmperesPerSquareMeter, 1e-13), $"{expected:R} vs {i.AmperesPerSquareMeter:R}");
    }

    [Fact]
    public void Is_continuous_across_the_switch_to_the_series()
    {
        // |u| = 1e-5 is where B switches from its series to expm1; the two sides must meet to rounding.
        // FluxPerPermeability(1, 0, u) = B(u) and FluxPerPermeability(0, −1, u) = B(−u).
        foreach (var edge in new[] { 1e-5, -1e-5 })
        {
            var inner = edge > 0 ? Math.BitDecrement(edge) : Math.BitIncrement(edge);
            Assert.True(Math.Abs(GhkCurrent.FluxPerPermeability(1, 0, edge) - GhkCurrent.FluxPerPermeability(1, 0, inner)) <= 4e-16);
            Assert.True(Math.Abs(GhkCurrent.FluxPerPermeability(0, -1, edge) - GhkCurrent.FluxPerPermeability(0, -1, inner)) <= 4e-16);
            Assert.True(Math.Abs(GhkCurrent.FluxPerPermeability(1, 0, edge) - (1 + (edge / 2) + (edge * edge / 12))) <= 2.3e-16);
        }
    }

    /// <summary>No overflow for |V| ≤ 1 V and |z| ≤ 3 (u up to ±133 at 0 °C): at +1 V a cation's current is its
    /// outward one-way term P z² F² V c_in/(RT) (an anion's: c_out); at −1 V the inward one.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(-3)]
    [InlineData(1)]
    public void Stays_finite_at_one_volt_and_approaches_the_one_way_currents(int z)
    {
        var t = Temperature.FromDegreesCelsius(0);
        var g = IonGradient.Millimolar(1e3, 1e3);
        var p = Permeability.FromMetersPerSecond(1);
        var k = (double)z * z * PhysicalConstants.FaradayConstant * PhysicalConstants.FaradayConstant / (PhysicalConstants.MolarGasConstant * t.Kelvins);
        var plus = GhkCurrent.Density(z, p, g.Inside, g.Outside, ElectricPotential.FromVolts(1), t).AmperesPerSquareMeter;
        var minus = GhkCurrent.Density(z, p, g.Inside, g.Outside, ElectricPotential.FromVolts(-1), t).AmperesPerSquareMeter;
        Assert.True(double.IsFinite(plus) && double.IsFinite(minus));
        // Either sign of z: at +1 V cations leave or anions enter, both outward current.
        Assert.True(NernstTestsIsClose(k * 1e3, plus, 1e-12), $"{plus:R}");
        Assert.True(NernstTestsIsClose(-k * 1e3, minus, 1e-12), $"{minus:R}");
        Assert.True(double.IsFinite(GhkCurrent.Density(3, p, g.Inside, g.Outside, ElectricPotential.FromVolts(-1e3), t).AmperesPerSquareMeter));
    }

    [Fact]
    public void Flux_is_the_current_over_zF()
    {
        var g = IonGradient.Millimolar(1e-4, 2);
        var p = Permeability.FromCentimetersPerSecond(1e-5);
        var v = ElectricPotential.FromMillivolts(-30);
        var i = GhkCurrent.Density(Ions.Calcium, p, g, v, Temperature.Body);
        var j = GhkCurrent.Flux(Ions.Calcium, p, g, v, Temperature.Body);
        Assert.True(j.MolesPerSquareMeterSecond < 0, "calcium enters: inward flux is negative");
        Assert.True(NernstTestsIsClose(i.AmperesPerSquareMeter / (2 * PhysicalConstants.FaradayConstant), j.MolesPerSquareMeterSecond, 1e-15));
    }

    /// <summary>
    /// The SIMD batch uses vector exp and log (Kahan's expm1 per lane) where the single call uses Math.Exp and Math.Log:
    /// they agree to 1e-14 of the one-way current scale P|z|F(c_in B(u) + c_out B(−u)); the scalar tail agrees exactly.
    /// </summary>
    [Fact]
    public void Batch_over_a_voltage_grid_agrees_with_the_single_calls_and_does_not_allocate()
    {
        var voltages = Enumerable.Range(-150, 301).Select(k => ElectricPotential.FromMillivolts(k))
            .Concat(Enumerable.Range(-20, 41).Select(k => ElectricPotential.FromMicrovolts(k * 0.02)))
            .Append(ElectricPotential.FromVolts(1)).Append(ElectricPotential.FromVolts(-1)).Append(ElectricPotential.FromVolts(-20))
            .ToArray();
        var results = new CurrentDensity[voltages.Length];
        var g = IonGradient.Millimolar(140, 5);
        var p = Permeability.FromCentimetersPerSecond(1e-6);
        foreach (var ion in new[] { Ions.Potassium, Ions.Calcium, Ions.Chloride, new Ion("lanthanum", "La³⁺", 3) })
        {
            GhkCurrent.Densities(ion, p, g, voltages, Temperature.Room, results);
            for (var k = 0; k < voltages.Length; k++)
            {
                var single = GhkCurrent.Density(ion, p, g, voltages[k], Temperature.Room).AmperesPerSquareMeter;
                var scale = Math.Abs(GhkCurrent.Density(ion, p, g with { Outside = Concentration.Zero }, voltages[k], Temperature.Room).AmperesPerSquareMeter) +
                            Math.Abs(GhkCurrent.Density(ion, p, g with { Inside = Concentration.Zero }, voltages[k], Temperature.Room).AmperesPerSquareMeter);
                Assert.True(Math.Abs(results[k].AmperesPerSquareMeter - single) <= 1e-14 * scale, $"{ion} {voltages[k]}: {results[k].AmperesPerSquareMeter:R} vs {single:R}");
            }

            Assert.Equal(GhkCurrent.Density(ion, p, g, voltages[^1], Temperature.Room), results[^1]); // |u| > 700: scalar path
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        GhkCurrent.Densities(Ions.Potassium, p, g, voltages, Temperature.Room, results);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [MemberData(nameof(NeuronCases), "modern")]
    public void Batch_agrees_with_NEURON(string label, double mV, double ci, double co, int z, double celsius, double ghk, double exact, bool taylor)
    {
        // Sixteen copies so that every element goes through the vector path.
        var voltages = Enumerable.Repeat(ElectricPotential.FromMillivolts(mV), 16).ToArray();
        var results = new CurrentDensity[16];
        GhkCurrent.Densities(z, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(ci), Concentration.FromMillimolar(co), voltages,
            Temperature.FromDegreesCelsius(celsius), results);
        var here = results[0].AmperesPerSquareMeter / 1000;
        Assert.True(NernstTestsIsClose(taylor ? exact : ghk, here, taylor ? 1e-13 : 1e-12), $"{label} {mV} mV: {(taylor ? exact : ghk):R}, here {here:R}");
    }

    [Fact]
    public void Batch_rejects_a_bad_voltage_naming_its_index_and_a_short_destination()
    {
        var voltages = new[] { ElectricPotential.FromMillivolts(-10), ElectricPotential.FromVolts(double.NaN) };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GhkCurrent.Densities(1, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(1), Concentration.FromMillimolar(1), voltages, Temperature.Body, new CurrentDensity[2]));
        Assert.Equal("voltages[1]", e.ParamName);
        Assert.Throws<ArgumentException>(() =>
            GhkCurrent.Densities(1, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(1), Concentration.FromMillimolar(1), voltages, Temperature.Body, new CurrentDensity[1]));
    }

    private static void Check(string label, double mV, double ci, double co, int z, double celsius, double ghk, double exact, bool taylor, ConstantSet? constants)
    {
        var i = GhkCurrent.Density(z, Permeability.FromMetersPerSecond(1), Concentration.FromMillimolar(ci), Concentration.FromMillimolar(co),
            ElectricPotential.FromMillivolts(mV), Temperature.FromDegreesCelsius(celsius), constants);
        var here = i.AmperesPerSquareMeter / 1000; // C/L, NEURON's unit, for P = 1 m/s
        if (taylor)
        {
            Assert.True(NernstTestsIsClose(ghk, here, 1e-9), $"{label} {mV} mV: NEURON (Taylor branch) {ghk:R}, here {here:R}");
            Assert.True(NernstTestsIsClose(exact, here, 1e-13), $"{label} {mV} mV: exact {exact:R}, here {here:R}");
        }
        else
        {
            Assert.True(NernstTestsIsClose(ghk, here, 1e-12), $"{label} {mV} mV: NEURON {ghk:R}, here {here:R}");
        }
    }

    private static bool NernstTestsIsClose(double expected, double actual, double relative) =>
        Membrane.Biophysics.Tests.Equilibrium.NernstTests.IsClose(expected, actual, relative);
}
