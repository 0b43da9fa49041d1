using System.Text.Json;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Equilibrium;

/// <summary>Nernst potentials against outside values: NEURON 8.2.2's <c>nernst()</c> and a textbook table.</summary>
public partial class NernstTests
{
    public static TheoryData<string, double, double, int, double, double> NeuronCases(string mode)
    {
        var data = new TheoryData<string, double, double, int, double, double>();
        foreach (var r in Reference.Load("neuron_nernst.json").GetProperty("modes").GetProperty(mode).GetProperty("results").EnumerateArray())
        {
            data.Add(
                r.GetProperty("label").GetString()!,
                r.GetProperty("ci_mM").GetDouble(),
                r.GetProperty("co_mM").GetDouble(),
                r.GetProperty("z").GetInt32(),
                r.GetProperty("celsius").GetDouble(),
                r.GetProperty("E_mV").GetDouble());
        }

        return data;
    }

    /// <summary>
    /// NEURON 8.2.2 (modern units, SI 2019 F and R), <c>h.nernst(ci, co, z)</c> at 6.3, 22 and 37 °C:
    /// recorded by tests/reference/neuron_nernst.py. Agreement to 1e-13 relative: the same law and constants.
    /// </summary>
    [Theory]
    [MemberData(nameof(NeuronCases), "modern")]
    public void Agrees_with_NEURON(string label, double ci, double co, int z, double celsius, double expectedMillivolts)
    {
        var e = Nernst.Potential(z, Concentration.FromMillimolar(ci), Concentration.FromMillimolar(co), Temperature.FromDegreesCelsius(celsius));
        Assert.True(IsClose(expectedMillivolts, e.Millivolts, 1e-13), $"{label}: NEURON {expectedMillivolts:R} mV, here {e.Millivolts:R} mV");
    }

    /// <summary>NEURON 8.2.2 with <c>nrnunit_use_legacy(1)</c>: reproduced with <see cref="ConstantSet.NeuronLegacy"/>.</summary>
    [Theory]
    [MemberData(nameof(NeuronCases), "legacy")]
    public void Reproduces_NEURON_legacy_units(string label, double ci, double co, int z, double celsius, double expectedMillivolts)
    {
        var t = Temperature.FromDegreesCelsius(celsius);
        var e = Nernst.Potential(z, Concentration.FromMillimolar(ci), Concentration.FromMillimolar(co), t, ConstantSet.NeuronLegacy);
        Assert.True(IsClose(expectedMillivolts, e.Millivolts, 1e-13), $"{label}: NEURON legacy {expectedMillivolts:R} mV, here {e.Millivolts:R} mV");
        var modern = Nernst.Potential(z, Concentration.FromMillimolar(ci), Concentration.FromMillimolar(co), t);
        Assert.True(expectedMillivolts == 0 || !IsClose(expectedMillivolts, modern.Millivolts, 1e-5), "legacy and SI 2019 constants differ by 1.3e-4");
    }

    /// <summary>
    /// Johnston and Wu, <i>Foundations of Cellular Neurophysiology</i> (1995), Table 2.1 (as reproduced in Végh's
    /// manual, Table 3.1): squid axon and frog muscle at 293 K, mammalian cell at 310 K. The table rounds the slope
    /// to 58 and 62 mV per decade, so its printed E is matched within 0.7 mV (tests/reference/LITERATURE.md §d).
    /// </summary>
    [Theory]
    [InlineData(293, 1, 400, 20, -75.5)]
    [InlineData(293, 1, 50, 440, 54.8)]
    [InlineData(293, -1, 40, 560, -66.5)]
    [InlineData(293, 1, 124, 2.25, -101)]
    [InlineData(293, 1, 10.4, 109, 59.2)]
    [InlineData(293, -1, 1.5, 77.5, -99.4)]
    [InlineData(310, 1, 140, 5, -89.7)]
    [InlineData(310, 1, 15, 145, 61.1)]
    [InlineData(310, -1, 4, 110, -89.2)]
    public void Agrees_with_the_textbook_table(double kelvins, int z, double ci, double co, double printedMillivolts)
    {
        var e = Nernst.Potential(z, Concentration.FromMillimolar(ci), Concentration.FromMillimolar(co), Temperature.FromKelvins(kelvins));
        Assert.InRange(e.Millivolts, printedMillivolts - 0.7, printedMillivolts + 0.7);
    }

    [Fact]
    public void Slope_per_decade_is_61_5_mV_at_body_temperature()
    {
        // NEURON 8.2.2's RT/F at 37 °C is 26.726659112543267 mV (neuron_nernst.json, formula_check); × ln 10 = 61.54041 mV.
        Assert.Equal(26.726659112543267 * Math.Log(10), Nernst.SlopePerDecade(1, Temperature.Body).Millivolts, 12);
        Assert.Equal(61.5404, Nernst.SlopePerDecade(1, Temperature.Body).Millivolts, 4);
        Assert.Equal(-30.7702, Nernst.SlopePerDecade(-2, Temperature.Body).Millivolts, 4);
    }

    [Fact]
    public void Ion_and_gradient_overload_uses_the_valence()
    {
        var g = IonGradient.Millimolar(10, 110);
        var eCl = Nernst.Potential(Ions.Chloride, g, Temperature.Squid);
        Assert.Equal(-57.74404649677919, eCl.Millivolts, 10); // NEURON nernst(10, 110, -1) at 6.3 °C
    }

    [Fact]
    public void Inverse_gives_the_concentration_for_a_wanted_potential()
    {
        // Setting E_K = −90 mV at 37 °C with 5 mM outside needs c_in = 5·exp(90/26.7267) = 145.07 mM.
        var ci = Nernst.InsideConcentration(1, Concentration.FromMillimolar(5), ElectricPotential.FromMillivolts(-90), Temperature.Body);
        Assert.Equal(5 * Math.Exp(90 / 26.726659112543267), ci.Millimolar, 9);
        var co = Nernst.OutsideConcentration(1, ci, ElectricPotential.FromMillivolts(-90), Temperature.Body);
        Assert.Equal(5, co.Millimolar, 12);
    }

    [Fact]
    public void Extreme_ratios_stay_finite()
    {
        var e = Nernst.Potential(1, Concentration.FromMillimolar(1e-300), Concentration.FromMillimolar(1e300), Temperature.Body);
        Assert.Equal(26.726659112543267 * 600 * Math.Log(10), e.Millivolts, 6);
        var tiny = Nernst.InsideConcentration(1, Concentration.FromMillimolar(1e-300), ElectricPotential.FromVolts(-1), Temperature.Body);
        Assert.True(double.IsFinite(tiny.Millimolar) && tiny.Millimolar > 1e-300);
    }

    [Fact]
    public void Nearly_equal_concentrations_keep_full_relative_accuracy()
    {
        // c_out/c_in = 1 + x: ln(1 + x) = x − x²/2 + x³/3 − … (the series, independent of any log). The outside value
        // is the double nearest 140.00000001; its difference from 140 is exact (Sterbenz), so x is known to 1 ulp.
        var outside = 140 + 1e-8;
        var x = (outside - 140) / 140;
        var e = Nernst.Potential(1, Concentration.FromMillimolar(140), Concentration.FromMillimolar(outside), Temperature.Body);
        var expected = 0.026726659112543267 * (x - (x * x / 2)); // RT/F at 37 °C from NEURON's ktf (neuron_nernst.json)
        Assert.True(IsClose(expected, e.Volts, 1e-14), $"{expected:R} vs {e.Volts:R}"); // ln of the rounded quotient was off by 2e-7
    }

    internal static bool IsClose(double expected, double actual, double relative) =>
        Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), 1e-300) || expected == actual;
}
