using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Equilibrium;

/// <summary>Δμ̃ and the driving force: worked values and the identity Δμ̃ = zF(V − E) over random inputs.</summary>
public class ElectrochemicalPotentialTests
{
    [Fact]
    public void Sodium_entry_into_a_resting_neuron_releases_about_15_kJ_per_mole()
    {
        // Na⁺ 12 mM in, 145 mM out, V = −70 mV, 37 °C. By hand with SI 2019 R and F:
        // RT ln(12/145) = 8.31446 × 310.15 × (−2.49177) = −6425.6 J/mol; zFV = 96485.33 × (−0.070) = −6753.97 J/mol;
        // Δμ̃ = −13179.6 J/mol (Nicholls & Ferguson, Bioenergetics 4, §3.3, for the method).
        var g = IonGradient.Millimolar(12, 145);
        var dmu = ElectrochemicalPotential.Difference(Ions.Sodium, g, ElectricPotential.FromMillivolts(-70), Temperature.Body);
        var byHand = (8.31446261815324 * 310.15 * Math.Log(12.0 / 145.0)) + (96485.3321233100184 * -0.070);
        Assert.Equal(byHand, dmu.JoulesPerMole, 8);
        Assert.Equal(-13.18, dmu.KilojoulesPerMole, 2);
    }

    [Fact]
    public void Driving_force_is_V_minus_E_and_positive_means_outward_for_cations()
    {
        var g = IonGradient.Millimolar(140, 5);
        var df = ElectrochemicalPotential.DrivingForce(Ions.Potassium, g, ElectricPotential.FromMillivolts(-70), Temperature.Body);
        Assert.Equal(-70 - -89.05869403673188, df.Millivolts, 10); // E_K from NEURON nernst(140, 5, 1) at 37 °C
        Assert.True(df > ElectricPotential.Zero);
    }

    [Fact]
    public void Chemical_part_is_the_difference_at_zero_potential()
    {
        var g = IonGradient.Millimolar(0.0001, 2);
        Assert.Equal(
            ElectrochemicalPotential.Difference(Ions.Calcium, g, ElectricPotential.Zero, Temperature.Room).JoulesPerMole,
            ElectrochemicalPotential.ChemicalPart(g, Temperature.Room).JoulesPerMole,
            9);
    }

    [PhysicalProperty]
    public bool Difference_equals_zF_times_V_minus_E(Concentration ci, Concentration co, ElectricPotential v, Valence z, Temperature t)
    {
        var ion = new Ion("test", "X", z.Value);
        var g = new IonGradient(ci, co);
        var dmu = ElectrochemicalPotential.Difference(ion, g, v, t).JoulesPerMole;
        var independent = (PhysicalConstants.MolarGasConstant * t.Kelvins * Math.Log(ci.Millimolar / co.Millimolar)) +
                          (z.Value * PhysicalConstants.FaradayConstant * v.Volts);
        var scale = Math.Abs(PhysicalConstants.MolarGasConstant * t.Kelvins * Math.Log(ci.Millimolar / co.Millimolar)) +
                    Math.Abs(z.Value * PhysicalConstants.FaradayConstant * v.Volts);
        return Math.Abs(dmu - independent) <= 1e-12 * scale + 1e-9;
    }

    [PhysicalProperty]
    public bool Difference_is_exactly_zero_at_the_Nernst_potential(Concentration ci, Concentration co, Valence z, Temperature t)
    {
        var ion = new Ion("test", "X", z.Value);
        var g = new IonGradient(ci, co);
        var e = Nernst.Potential(ion, g, t);
        return ElectrochemicalPotential.Difference(ion, g, e, t) == MolarEnergy.Zero;
    }

    [PhysicalProperty]
    public bool Electrical_and_thermodynamic_views_convert_both_ways(ElectricPotential drivingForce, Valence z)
    {
        var energy = ElectrochemicalPotential.ToMolarEnergy(drivingForce, z.Value);
        var back = ElectrochemicalPotential.ToDrivingForce(energy, z.Value);
        return Math.Abs(back.Volts - drivingForce.Volts) <= 1e-16 + (1e-15 * Math.Abs(drivingForce.Volts)) &&
               Math.Sign(energy.JoulesPerMole) == Math.Sign(z.Value * drivingForce.Volts);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Rejects_a_membrane_potential_that_is_not_finite(double volts) =>
        NernstTests.Rejects(
            () => ElectrochemicalPotential.Difference(Ions.Sodium, IonGradient.Millimolar(12, 145), ElectricPotential.FromVolts(volts), Temperature.Body),
            "membranePotential",
            double.IsFinite(volts));

    [Fact]
    public void Rejects_zero_valence_in_conversions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectrochemicalPotential.ToMolarEnergy(ElectricPotential.FromMillivolts(1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectrochemicalPotential.ToDrivingForce(MolarEnergy.FromJoulesPerMole(1), 0));
    }
}
