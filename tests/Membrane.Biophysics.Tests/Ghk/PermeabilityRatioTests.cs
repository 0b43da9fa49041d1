using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>Permeability ratios recovered from reversal potentials computed by <see cref="GhkVoltage"/> (round trips).</summary>
public class PermeabilityRatioTests
{
    private static readonly Permeability P = Permeability.FromCentimetersPerSecond(1e-6);

    /// <summary>Bi-ionic K⁺ inside / Na⁺ outside: E = (RT/F) ln(P_Na[Na]_o / P_K[K]_i) (Hille 2001, ch. 14), inverted.</summary>
    [Theory]
    [InlineData(0.04)]
    [InlineData(1)]
    [InlineData(12.5)]
    public void Monovalent_bi_ionic_round_trip(double ratio)
    {
        var na = IonGradient.Millimolar(0, 150);
        var k = IonGradient.Millimolar(140, 0);
        var t = Temperature.Room;
        var e = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, P * ratio, na), new PermeantIon(Ions.Potassium, P, k)], t);
        // Independent: the textbook bi-ionic form written out.
        Assert.Equal(25.43405912322149 * Math.Log(ratio * 150 / 140), e.Millivolts, 10);
        Assert.Equal(ratio, PermeabilityRatio.Monovalent(Ions.Sodium, na, Ions.Potassium, k, e, t), 12);
        Assert.Equal(ratio, PermeabilityRatio.BiIonic(Ions.Sodium, na, Ions.Potassium, k, e, t), 12);
    }

    [Fact]
    public void Monovalent_with_both_ions_on_both_sides_and_an_anion_round_trips()
    {
        var t = Temperature.Body;
        var cl = IonGradient.Millimolar(10, 120);
        var k = IonGradient.Millimolar(140, 5);
        var e = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Chloride, P * 0.3, cl), new PermeantIon(Ions.Potassium, P, k)], t);
        Assert.Equal(0.3, PermeabilityRatio.Monovalent(Ions.Chloride, cl, Ions.Potassium, k, e, t), 12);
        Assert.Equal(0.3, PermeabilityRatio.BiIonic(Ions.Chloride, cl, Ions.Potassium, k, e, t), 12);
    }

    /// <summary>
    /// Ca²⁺ outside only against Cs⁺ inside only. Independent check: Charpentier et al. (2008) <i>Plant Cell</i> 20,
    /// 3467–3479, Table 3, footnote b, write the same bi-ionic GHK relation as
    /// E = (RT/F) ln(√(4 P_Ca[Ca]_o/(P_K[K]_i) + 1/4) − 1/2); evaluated here with Cs for K.
    /// </summary>
    [Theory]
    [InlineData(0.1)]
    [InlineData(3.5)]
    [InlineData(10)]
    public void Divalent_bi_ionic_round_trip_and_the_closed_form(double ratio)
    {
        var t = Temperature.Room;
        var ca = IonGradient.Millimolar(0, 110);
        var cs = IonGradient.Millimolar(140, 0);
        var e = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Calcium, P * ratio, ca), new PermeantIon(Ions.Cesium, P, cs)], t);
        var closed = 25.43405912322149 * Math.Log(Math.Sqrt((4 * ratio * 110 / 140) + 0.25) - 0.5);
        Assert.Equal(closed, e.Millivolts, 9);
        Assert.True(Equilibrium.NernstTests.IsClose(ratio, PermeabilityRatio.BiIonic(Ions.Calcium, ca, Ions.Cesium, cs, e, t), 1e-12));
    }

    /// <summary>
    /// Lewis (1979): reference solution Na⁺ 150 mM outside, test solution Ca²⁺ 110 mM outside, Cs⁺ 140 mM in the
    /// pipette throughout. Reversals computed by GhkVoltage for a known P_Ca/P_Na; Lewis's form returns it.
    /// </summary>
    [Theory]
    [InlineData(0.2, 0.7)]
    [InlineData(3.5, 1.2)]
    [InlineData(10, 0.05)]
    public void Lewis_round_trip(double pCaOverPNa, double pCsOverPNa)
    {
        var t = Temperature.FromDegreesCelsius(20);
        var cs = IonGradient.Millimolar(140, 0);
        var pNa = P;
        var eNa = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, pNa, IonGradient.Millimolar(0, 150)), new PermeantIon(Ions.Cesium, pNa * pCsOverPNa, cs)], t);
        var eCa = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Calcium, pNa * pCaOverPNa, IonGradient.Millimolar(0, 110)), new PermeantIon(Ions.Cesium, pNa * pCsOverPNa, cs)], t);
        var ratio = PermeabilityRatio.Lewis(Concentration.FromMillimolar(150), Concentration.FromMillimolar(110), eNa, eCa, t);
        Assert.True(Equilibrium.NernstTests.IsClose(pCaOverPNa, ratio, 1e-12), $"{ratio:R}");
    }

    [PhysicalProperty]
    public bool Monovalent_ratio_round_trips_through_the_GHK_voltage(Concentration a, Concentration b, Concentration c, Concentration d, Permeability px, Permeability py, Temperature t)
    {
        var x = new IonGradient(a, b);
        var y = new IonGradient(c, d);
        var e = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, px, x), new PermeantIon(Ions.Potassium, py, y)], t);
        var nernstX = Membrane.Biophysics.Equilibrium.Nernst.Potential(Ions.Sodium, x, t);
        var nernstY = Membrane.Biophysics.Equilibrium.Nernst.Potential(Ions.Potassium, y, t);
        if (Math.Abs(nernstX.Volts - nernstY.Volts) < 1e-3 || Math.Abs(e.Volts - nernstX.Volts) < 1e-4 || Math.Abs(e.Volts - nernstY.Volts) < 1e-4)
        {
            return true; // near a Nernst potential the ratio is ill-conditioned: a tiny change of E changes it by orders of magnitude
        }

        var expected = px / py;
        return Equilibrium.NernstTests.IsClose(expected, PermeabilityRatio.Monovalent(Ions.Sodium, x, Ions.Potassium, y, e, t), 1e-10) &&
               Equilibrium.NernstTests.IsClose(expected, PermeabilityRatio.BiIonic(Ions.Sodium, x, Ions.Potassium, y, e, t), 1e-10);
    }

    [Fact]
    public void Rejects_a_reversal_no_positive_ratio_produces()
    {
        // With Na⁺ and K⁺ on both sides any mixture reverses between E_K = −89 mV and E_Na = +71 mV; −120 and +90 mV are outside.
        var na = IonGradient.Millimolar(10, 140);
        var k = IonGradient.Millimolar(140, 5);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PermeabilityRatio.Monovalent(Ions.Sodium, na, Ions.Potassium, k, ElectricPotential.FromMillivolts(-120), Temperature.Body));
        Assert.Equal("reversal", e.ParamName);
        Assert.Contains("strictly between their Nernst potentials", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PermeabilityRatio.BiIonic(Ions.Sodium, na, Ions.Potassium, k, ElectricPotential.FromMillivolts(90), Temperature.Body));
    }

    [Fact]
    public void Rejects_bad_input()
    {
        var g = IonGradient.Millimolar(10, 140);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PermeabilityRatio.Monovalent(Ions.Calcium, g, Ions.Sodium, g, ElectricPotential.Zero, Temperature.Body)).ParamName);
        Assert.Equal("yGradient.Inside", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PermeabilityRatio.BiIonic(Ions.Calcium, g, Ions.Sodium, new IonGradient(Concentration.FromMillimolar(double.NaN), g.Outside), ElectricPotential.Zero, Temperature.Body)).ParamName);
        Assert.Equal("reversal", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PermeabilityRatio.BiIonic(Ions.Calcium, g, Ions.Sodium, g, ElectricPotential.FromVolts(double.NaN), Temperature.Body)).ParamName);
        Assert.Equal("divalentOutside", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PermeabilityRatio.Lewis(Concentration.FromMillimolar(150), Concentration.Zero, ElectricPotential.Zero, ElectricPotential.Zero, Temperature.Body)).ParamName);
    }
}
