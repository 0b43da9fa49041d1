using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>
/// The transporter rate laws against the Transport layer's thermodynamics: each law stops exactly where ΔG = 0
/// (NCX at E_NCX = 3E_Na − 2E_Ca, KCC2 at E_Cl = E_K, NKCC1 where its ΔG vanishes) and turns the way ΔG says.
/// </summary>
public class TransportKineticsTests
{
    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    // physiological-to-extreme ranges that keep e^(±u) finite: Na⁺ 1–200 mM, Ca²⁺ 10 nM–10 mM
    private static double Na(FsCheck.PositiveInt k) => 1 + (k.Get % 200);

    private static double Ca(FsCheck.PositiveInt k) => 1e-5 * Math.Pow(10, (k.Get % 600) / 100.0);

    /// <summary>
    /// I_NaCa (Luo and Rudy 1994) vanishes at the Transport layer's E_NCX = 3E_Na − 2E_Ca (computed from ΔG of
    /// <see cref="Transporters.Ncx"/>, not from the rate law), and is inward (forward mode) below it, outward above.
    /// </summary>
    [PhysicalProperty]
    public bool Ncx_current_reverses_at_the_thermodynamic_E_NCX(FsCheck.PositiveInt naIn, FsCheck.PositiveInt naOut, FsCheck.PositiveInt caIn, FsCheck.PositiveInt caOut, Temperature t)
    {
        var nai = Mm(Na(naIn));
        var nao = Mm(Na(naOut));
        var cai = Mm(Ca(caIn));
        var cao = Mm(Ca(caOut));
        var conditions = TransportConditions.FromGradients((Ions.Sodium, new IonGradient(nai, nao)), (Ions.Calcium, new IonGradient(cai, cao)));
        var e = Transporters.Ncx.ReversalPotential(conditions, t)!.Value;
        var ncx = NcxKinetics.LuoRudy1994;
        var atE = ncx.Current(nai, nao, cai, cao, e, t).AmperesPerSquareMeter;
        var below = ncx.Current(nai, nao, cai, cao, e - Mv(5), t).AmperesPerSquareMeter;
        var above = ncx.Current(nai, nao, cai, cao, e + Mv(5), t).AmperesPerSquareMeter;
        var forwardBelow = Transporters.Ncx.Direction(conditions, e - Mv(5), t) == TransportDirection.Forward;
        return Math.Abs(atE) <= 1e-9 * (Math.Abs(below) + Math.Abs(above)) && below < 0 && above > 0 && forwardBelow;
    }

    /// <summary>At the cardiac resting state of Luo and Rudy (1994) (V ≈ −85 mV, [Ca²⁺]ᵢ 0.12 µM) NCX runs forward: inward current, Ca²⁺ out, 3 Na⁺ in per cycle.</summary>
    [Fact]
    public void Ncx_runs_forward_at_rest_and_moves_three_sodium_per_calcium()
    {
        var ncx = NcxKinetics.LuoRudy1994;
        var j = ncx.CycleRate([Mm(10), Mm(0.12e-3)], [Mm(140), Mm(1.8)], Mv(-85), Temperature.Body);
        Assert.True(j.MolesPerSquareMeterSecond > 0, $"forward mode expected, J = {j}");
        Assert.Equal(-3 * j.MolesPerSquareMeterSecond, ncx.OutwardFlux(Ions.Sodium, j).MolesPerSquareMeterSecond);
        Assert.Equal(j.MolesPerSquareMeterSecond, ncx.OutwardFlux(Ions.Calcium, j).MolesPerSquareMeterSecond);
        Assert.Equal(-ConstantSet.Si2019.FaradayConstant * j.MolesPerSquareMeterSecond, ncx.Current(j).AmperesPerSquareMeter, 1e-15);
        Assert.Throws<ArgumentException>(() => ncx.OutwardFlux(Ions.Potassium, j));
    }

    /// <summary>KCC2's flux (Doyon et al. 2011) stops exactly where E_Cl = E_K (Nernst, Equilibrium layer) and runs the way <see cref="Transporter.Direction"/> says.</summary>
    [PhysicalProperty]
    public bool Kcc2_stops_where_E_Cl_equals_E_K_and_runs_down_its_free_energy(Concentration kIn, Concentration kOut, Concentration clIn, Temperature t)
    {
        var kcc2 = FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-6));
        // the [Cl⁻]ₒ at which E_Cl = E_K: E_Cl = −V_T ln(cl_o/cl_i) = E_K = V_T ln(k_o/k_i) ⇒ cl_o = cl_i k_i/k_o
        var clOutAtRest = Concentration.FromMolesPerCubicMeter(clIn.MolesPerCubicMeter * kIn.MolesPerCubicMeter / kOut.MolesPerCubicMeter);
        if (!(clOutAtRest.MolesPerCubicMeter > 0 && double.IsFinite(clOutAtRest.MolesPerCubicMeter)))
        {
            return true;
        }

        var eK = Nernst.Potential(Ions.Potassium, new IonGradient(kIn, kOut), t);
        var eCl = Nernst.Potential(Ions.Chloride, new IonGradient(clIn, clOutAtRest), t);
        var atRest = kcc2.CycleRate([kIn, clIn], [kOut, clOutAtRest], Mv(-70), t).MolesPerSquareMeterSecond;
        var clOut = Concentration.FromMolesPerCubicMeter(clOutAtRest.MolesPerCubicMeter * 0.5);
        var j = kcc2.CycleRate([kIn, clIn], [kOut, clOut], Mv(-70), t).MolesPerSquareMeterSecond;
        var direction = Transporters.Kcc2.Direction(new TransportConditions(new Solution((Ions.Potassium, kIn), (Ions.Chloride, clIn)), new Solution((Ions.Potassium, kOut), (Ions.Chloride, clOut))), Mv(-70), t);
        return Math.Abs(eK.Volts - eCl.Volts) <= 1e-12 * Math.Abs(eK.Volts) + 1e-15
               && Math.Abs(atRest) <= 1e-6 * 1e-12
               && j > 0 && direction == TransportDirection.Forward;
    }

    /// <summary>The free-energy law is J = −U ΔG/RT with ΔG from the Transport layer, for NKCC1 at any V (electroneutral: V drops out).</summary>
    [PhysicalProperty]
    public bool Nkcc1_rate_is_minus_U_times_its_free_energy_over_RT(Concentration naIn, Concentration kIn, Concentration clIn, ElectricPotential v, Temperature t)
    {
        var u = MolarFlux.FromMolesPerSquareMeterSecond(2e-7);
        var nkcc1 = FreeEnergyKinetics.Nkcc1(u);
        Concentration[] outside = [Mm(145), Mm(4), Mm(120)];
        var conditions = new TransportConditions(
            new Solution((Ions.Sodium, naIn), (Ions.Potassium, kIn), (Ions.Chloride, clIn)),
            new Solution((Ions.Sodium, outside[0]), (Ions.Potassium, outside[1]), (Ions.Chloride, outside[2])));
        var dG = Transporters.Nkcc1.FreeEnergy(conditions, v, t).JoulesPerMole;
        var rt = ConstantSet.Si2019.MolarGasConstant * t.Kelvins;
        var expected = -u.MolesPerSquareMeterSecond * dG / rt;
        var j = nkcc1.CycleRate([naIn, kIn, clIn], outside, v, t).MolesPerSquareMeterSecond;
        return Math.Abs(j - expected) <= 1e-12 * Math.Abs(expected) + 1e-24;
    }

    /// <summary>
    /// f_NaK of Luo and Rudy (1991) has the limits its form implies: → 1 at strongly positive V, → 0 at strongly negative
    /// V, rising in between; I_NaK is half-maximal in [K⁺]ₒ at K_K and at ([Na⁺]ᵢ = K_Na) is 1/(1 + 1) of its Na-saturated value.
    /// </summary>
    [Fact]
    public void Pump_voltage_factor_and_saturation_have_the_published_limits()
    {
        var t = Temperature.Body;
        Assert.Equal(1, SodiumPotassiumAtpaseKinetics.VoltageFactor(Mm(140), Mv(10_000), t), 1e-12);
        Assert.Equal(0, SodiumPotassiumAtpaseKinetics.VoltageFactor(Mm(140), Mv(-10_000), t), 1e-12);
        var previous = 0.0;
        for (var mv = -150; mv <= 100; mv += 10)
        {
            var f = SodiumPotassiumAtpaseKinetics.VoltageFactor(Mm(140), Mv(mv), t);
            Assert.True(f > previous, $"f_NaK must rise with V; at {mv} mV f = {f}, below it {previous}");
            previous = f;
        }

        var pump = SodiumPotassiumAtpaseKinetics.LuoRudy1994;
        double I(double nai, double ko) => pump.Current(Mm(nai), Mm(140), Mm(140), Mm(ko), Mv(0), t).AmperesPerSquareMeter;
        Assert.Equal(0.5, I(1e9, 1.5) / I(1e9, 1e9), 1e-6);
        Assert.Equal(0.5, I(10, 1e9) / I(1e9, 1e9), 1e-6);
        var fAt0 = SodiumPotassiumAtpaseKinetics.VoltageFactor(Mm(140), Mv(0), t);
        Assert.Equal(0.015 * fAt0, I(1e12, 1e12), 1e-9); // I_max = 1.5 µA/cm² = 0.015 A/m²
    }

    /// <summary>Wrong span lengths and bad values are rejected with the parameter named.</summary>
    [Fact]
    public void Bad_input_is_rejected()
    {
        var kcc2 = FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-6));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => kcc2.CycleRate([Mm(140)], [Mm(4), Mm(120)], Mv(-70), Temperature.Body));
        Assert.Equal("inside", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => kcc2.CycleRate([Mm(140), Mm(0)], [Mm(4), Mm(120)], Mv(-70), Temperature.Body));
        Assert.Equal("inside[1]", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => kcc2.CycleRate([Mm(140), Mm(5)], [Mm(4), Mm(120)], ElectricPotential.FromVolts(double.NaN), Temperature.Body));
        Assert.Equal("membranePotential", e.ParamName);
        Assert.Throws<ArgumentException>(() => new FreeEnergyKinetics(Transporters.SodiumPotassiumAtpase, MolarFlux.FromMolesPerSquareMeterSecond(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NcxKinetics(CurrentDensity.FromAmperesPerSquareMeter(1), Mm(87.5), Mm(1.38), 0.1, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(-1)));
    }

    /// <summary>A direct call, as a model written as an <see cref="IOdeSystem"/> makes it, allocates nothing.</summary>
    [Fact]
    public void Calls_are_allocation_free()
    {
        var ncx = NcxKinetics.LuoRudy1994;
        var pump = SodiumPotassiumAtpaseKinetics.LuoRudy1994;
        var kcc2 = FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1e-6));
        Span<Concentration> inside = [Mm(140), Mm(6)];
        Span<Concentration> outside = [Mm(4), Mm(120)];
        var sum = 0.0;
        for (var warm = 0; warm < 2; warm++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            sum += ncx.Current(Mm(10), Mm(140), Mm(1e-4), Mm(2), Mv(-70), Temperature.Body).AmperesPerSquareMeter;
            sum += pump.Current(Mm(10), Mm(140), Mm(140), Mm(4), Mv(-70), Temperature.Body).AmperesPerSquareMeter;
            sum += kcc2.CycleRate(inside, outside, Mv(-70), Temperature.Body).MolesPerSquareMeterSecond;
            if (warm == 1)
            {
                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        Assert.True(double.IsFinite(sum));
    }
}
