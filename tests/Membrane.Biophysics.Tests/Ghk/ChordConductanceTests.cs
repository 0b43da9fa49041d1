using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Ghk;

/// <summary>The chord-conductance steady state of parallel ohmic conductances.</summary>
public class ChordConductanceTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static ConductanceDensity MsCm2(double value) => ConductanceDensity.FromMillisiemensPerSquareCentimeter(value);

    /// <summary>
    /// Hodgkin and Huxley (1952) <i>J. Physiol.</i> 117, 500–544: ḡ_K = 36, ḡ_Na = 120, g_L = 0.3 mS/cm², and, measured
    /// from rest in the modern depolarisation-positive convention, E_K = −12, E_Na = +115, E_L = +10.613 mV, E_L having
    /// been chosen to make the resting ionic current zero. The resting g_K = ḡ_K n∞⁴ and g_Na = ḡ_Na m∞³h∞ follow from
    /// their rate functions at V = 0 (α_n = 0.1/(e − 1), β_n = 0.125, α_m = 2.5/(e^2.5 − 1), β_m = 4, α_h = 0.07,
    /// β_h = 1/(e³ + 1) per ms): 0.3666 and 0.0106 mS/cm². The chord equation then returns rest to within 0.01 mV
    /// (+0.0062 mV; E_L is given to 5 digits).
    /// </summary>
    [Fact]
    public void Hodgkin_Huxley_resting_conductances_give_their_resting_potential()
    {
        var an = 0.1 / (Math.E - 1);
        var n = an / (an + 0.125);
        var am = 2.5 / (Math.Exp(2.5) - 1);
        var m = am / (am + 4);
        var bh = 1 / (Math.Exp(3) + 1);
        var h = 0.07 / (0.07 + bh);
        var v = ChordConductance.Potential([MsCm2(36 * Math.Pow(n, 4)), MsCm2(120 * m * m * m * h), MsCm2(0.3)], [Mv(-12), Mv(115), Mv(10.613)]);
        Assert.InRange(v.Millivolts, -0.01, 0.01);
        Assert.Equal(0.006236524811919747, v.Millivolts, 12); // the same sum done in Python
    }

    /// <summary>A resting neuron (leak at −70 mV) with an AMPA conductance ten times the leak is pulled to −70/11 = −6.36 mV, close to AMPA's 0 mV.</summary>
    [Fact]
    public void A_large_AMPA_conductance_pulls_the_neuron_toward_its_reversal()
    {
        var leak = Conductance.FromSiemens(10e-9);
        var ampa = Conductance.FromSiemens(100e-9);
        var v = ChordConductance.Potential([leak, ampa], [Mv(-70), Mv(0)]);
        Assert.Equal(-70.0 / 11, v.Millivolts, 12);
    }

    [PhysicalProperty]
    public bool Lies_between_the_reversals_and_zeroes_the_total_current(ConductanceDensity g1, ConductanceDensity g2, ConductanceDensity g3, ElectricPotential e1, ElectricPotential e2, ElectricPotential e3)
    {
        var v = ChordConductance.Potential([g1, g2, g3], [e1, e2, e3]).Volts;
        var min = Math.Min(e1.Volts, Math.Min(e2.Volts, e3.Volts));
        var max = Math.Max(e1.Volts, Math.Max(e2.Volts, e3.Volts));
        var total = (g1.SiemensPerSquareMeter * (v - e1.Volts)) + (g2.SiemensPerSquareMeter * (v - e2.Volts)) + (g3.SiemensPerSquareMeter * (v - e3.Volts));
        var scale = (g1.SiemensPerSquareMeter + g2.SiemensPerSquareMeter + g3.SiemensPerSquareMeter) * (max - min + 1e-3);
        return v >= min - 1e-15 && v <= max + 1e-15 && Math.Abs(total) <= 1e-14 * scale;
    }

    [PhysicalProperty]
    public bool One_conductance_gives_its_own_reversal_and_scaling_changes_nothing(ConductanceDensity g1, ConductanceDensity g2, ElectricPotential e1, ElectricPotential e2) =>
        ChordConductance.Potential([g1], [e1]) == e1 &&
        Math.Abs(ChordConductance.Potential([g1, g2], [e1, e2]).Volts - ChordConductance.Potential([g1 * 1e3, g2 * 1e3], [e1, e2]).Volts) <= 1e-15;

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Throws<ArgumentException>(() => ChordConductance.Potential(ReadOnlySpan<ConductanceDensity>.Empty, ReadOnlySpan<ElectricPotential>.Empty));
        Assert.Throws<ArgumentException>(() => ChordConductance.Potential([MsCm2(1)], [Mv(1), Mv(2)]));
        Assert.Contains("every conductance was 0", Assert.Throws<ArgumentException>(() => ChordConductance.Potential([MsCm2(0), MsCm2(0)], [Mv(1), Mv(2)])).Message, StringComparison.Ordinal);
        Assert.Equal("conductances[1]", Assert.Throws<ArgumentOutOfRangeException>(() => ChordConductance.Potential([MsCm2(1), MsCm2(-1)], [Mv(1), Mv(2)])).ParamName);
        Assert.Equal("conductances[0]", Assert.Throws<ArgumentOutOfRangeException>(() => ChordConductance.Potential([MsCm2(double.NaN)], [Mv(1)])).ParamName);
        Assert.Equal("reversals[0]", Assert.Throws<ArgumentOutOfRangeException>(() => ChordConductance.Potential([MsCm2(1)], [Mv(double.PositiveInfinity)])).ParamName);
    }
}
