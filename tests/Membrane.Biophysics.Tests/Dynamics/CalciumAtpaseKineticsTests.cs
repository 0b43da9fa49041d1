using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The PMCA rate law of Luo and Rudy (1994), I_p(Ca) = 1.15 µA/µF · [Ca]ᵢ/([Ca]ᵢ + 0.5 µM): the values worked out by hand
/// from the paper's constants, the cycle's bookkeeping (1 Ca²⁺ out, 2 charges out per cycle) and its shape as properties.
/// </summary>
public class CalciumAtpaseKineticsTests
{
    private static Concentration Um(double micromolar) => Concentration.FromMicromolar(micromolar);

    /// <summary>By hand: at 0.1 µM, 1.15 × 0.1/0.6 = 0.19167 µA/cm²; at K_m = 0.5 µM half of 1.15; at 1 mM within 0.05 % of 1.15.</summary>
    [Fact]
    public void Luo_Rudy_pump_current_by_hand()
    {
        var p = CalciumAtpaseKinetics.LuoRudy1994;
        Assert.Equal(0.191667, p.Current(Um(0.1)).MicroamperesPerSquareCentimeter, 1e-6);
        Assert.Equal(0.575, p.Current(Um(0.5)).MicroamperesPerSquareCentimeter, 1e-12);
        Assert.Equal(1.15, p.Current(Um(1000)).MicroamperesPerSquareCentimeter, 1e-3);
    }

    /// <summary>One cycle moves one Ca²⁺ out and two charges: J = I/(2F), outward Ca²⁺ flux J, and the rate law agrees with <see cref="CalciumAtpaseKinetics.Current"/>.</summary>
    [Fact]
    public void One_calcium_and_two_charges_out_per_cycle()
    {
        var p = CalciumAtpaseKinetics.LuoRudy1994;
        var j = p.CycleRate([Um(0.1)], [Concentration.FromMillimolar(1.5)], ElectricPotential.FromMillivolts(-65), Temperature.Body);
        double f = ConstantSet.Si2019.FaradayConstant;
        Assert.Equal(p.Current(Um(0.1)).AmperesPerSquareMeter / (2 * f), j.MolesPerSquareMeterSecond, 1e-18);
        Assert.Equal(j.MolesPerSquareMeterSecond, p.OutwardFlux(Ions.Calcium, j).MolesPerSquareMeterSecond);
        Assert.Equal(p.Current(Um(0.1)).AmperesPerSquareMeter, p.Current(j).AmperesPerSquareMeter, 1e-15);
    }

    /// <summary>The pump only pumps (ATP far from equilibrium): I ≥ 0, below Ī_p(Ca), rising with [Ca²⁺]ᵢ, blind to V and [Ca²⁺]ₒ.</summary>
    [PhysicalProperty]
    public bool Current_is_outward_saturating_and_independent_of_voltage(FsCheck.PositiveInt ca, FsCheck.PositiveInt v)
    {
        var p = CalciumAtpaseKinetics.LuoRudy1994;
        var c = Um(1e-3 * Math.Pow(10, (ca.Get % 700) / 100.0));
        var i = p.Current(c).AmperesPerSquareMeter;
        var higher = p.Current(c * 1.1).AmperesPerSquareMeter;
        var j1 = p.CycleRate([c], [Concentration.FromMillimolar(1.5)], ElectricPotential.FromMillivolts(-100 + (v.Get % 150)), Temperature.Body);
        var j2 = p.CycleRate([c], [Concentration.FromMillimolar(10)], ElectricPotential.FromMillivolts(0), Temperature.Body);
        return i > 0 && i < p.MaximalCurrent.AmperesPerSquareMeter && higher > i && j1 == j2;
    }

    [Fact]
    public void Bad_constants_are_refused_with_their_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CalciumAtpaseKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(1), Um(0)));
        Assert.Contains("calciumHalfSaturation", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CalciumAtpaseKinetics.LuoRudy1994.Current(Um(-1)));
    }
}
