using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The two free-energy rate laws side by side: <see cref="CycleKinetics"/> (j_max tanh(−ΔG/2RT), Hill 1989) and the
/// Dynamics layer's <see cref="FreeEnergyKinetics"/> (−U ΔG/RT, Doyon et al. 2011). Near equilibrium the first is the
/// second with U = j_max/2 (tanh x = x − x³/3 + …, so they differ by at most j_max|x|³/3, x = ΔG/2RT); far from it the
/// first saturates at ±j_max and the second does not. Both vanish and change sign with ΔG.
/// </summary>
public class CycleKineticsTests
{
    private static readonly MolarFlux U = MolarFlux.FromMolesPerSquareMeterSecond(1e-7);

    /// <summary>KCC2 at any K⁺ and Cl⁻ gradient: ΔG from the Transport layer, the two laws with j_max = 2U.</summary>
    [PhysicalProperty]
    public bool Near_equilibrium_the_cycle_law_is_the_linear_law_with_U_half_j_max(Concentration kIn, Concentration kOut, Concentration clIn, Concentration clOut, Temperature t)
    {
        var conditions = new TransportConditions(new Solution((Ions.Potassium, kIn), (Ions.Chloride, clIn)), new Solution((Ions.Potassium, kOut), (Ions.Chloride, clOut)));
        var dG = Transporters.Kcc2.FreeEnergy(conditions, ElectricPotential.FromMillivolts(-70), t);
        var x = Math.Abs(dG.JoulesPerMole) / (2 * ConstantSet.Si2019.MolarGasConstant * t.Kelvins);
        var linear = FreeEnergyKinetics.Kcc2(U).CycleRate([kIn, clIn], [kOut, clOut], ElectricPotential.FromMillivolts(-70), t).MolesPerSquareMeterSecond;
        var cycle = CycleKinetics.Rate(2 * U.MolesPerSquareMeterSecond, dG, t);
        var sameSign = Math.Sign(linear) == Math.Sign(cycle) || Math.Abs(cycle) <= 1e-30;
        var bounded = Math.Abs(cycle) <= 2 * U.MolesPerSquareMeterSecond;
        var closeToLinear = x > 0.3 || Math.Abs(cycle - linear) <= (2 * U.MolesPerSquareMeterSecond * x * x * x / 3) + (1e-9 * Math.Abs(linear)) + 1e-30;
        return sameSign && bounded && closeToLinear;
    }

    /// <summary>
    /// Far from equilibrium (an ATP-driven pump, ΔG = −50 kJ/mol at 37 °C, about −19 RT) the cycle law is within 10⁻⁸ of
    /// j_max, where the linear law with U = j_max/2 would give 25 kJ/mol / RT ≈ 9.7 j_max: the reason the ready models'
    /// pumps use it.
    /// </summary>
    [Fact]
    public void Far_from_equilibrium_the_cycle_law_saturates_and_the_linear_law_does_not()
    {
        var dG = MolarEnergy.FromKilojoulesPerMole(-50);
        Assert.Equal(1, CycleKinetics.Rate(1, dG, Temperature.Body), 1e-8);
    }
}
