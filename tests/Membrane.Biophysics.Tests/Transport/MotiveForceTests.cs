using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Transport;

public class MotiveForceTests
{
    [Fact]
    public void Escherichia_coli_at_pH_7_has_a_PMF_near_minus_170_mV()
    {
        // Berg, H. C. (2004) E. coli in Motion, Springer, p. 105 (as quoted in the vEcoli model documentation,
        // covertlab.github.io/vEcoli, membrane_potential process): Δψ ≈ −120 mV, ΔpH term ≈ −50 mV for cells grown at
        // pH 7 with internal pH 7.6–7.8, PMF ≈ −170 mV. Here Δψ = −120 mV, pH 7.8 in / 7.0 out, 25 °C.
        var p = MotiveForce.Protonmotive(ElectricPotential.FromMillivolts(-120), Ph.FromValue(7.8), Ph.FromValue(7.0), Temperature.FromDegreesCelsius(25));
        Assert.Equal(-0.8 * 59.159, p.ChemicalPart.Millivolts, 2);          // 2.303RT/F = 59.16 mV at 25 °C
        Assert.InRange(p.ChemicalPart.Millivolts, -55, -45);
        Assert.InRange(p.Total.Millivolts, -175, -165);
        Assert.Equal(p.Total.Volts * PhysicalConstants.FaradayConstant, p.FreeEnergy.JoulesPerMole, 9); // ≈ −16.1 kJ/mol
        Assert.Equal(-16.1, p.FreeEnergy.KilojoulesPerMole, 1);
    }

    [Fact]
    public void Micrococcus_at_external_pH_5_5_reproduces_the_published_components()
    {
        // Friedberg, I. and Kaback, H. R. (1980) J. Bacteriol. 142, 651–658: intact cells at external pH 5.5 have
        // ΔpH of 1.4 units (interior alkaline), "about −86 mV", and Δψ = −110 mV; Δμ̃H⁺ between −193 and −223 mV.
        var p = MotiveForce.Protonmotive(ElectricPotential.FromMillivolts(-110), Ph.FromValue(6.9), Ph.FromValue(5.5), Temperature.Body);
        Assert.InRange(p.ChemicalPart.Millivolts, -87, -85);
        Assert.InRange(p.Total.Millivolts, -223, -193);
    }

    [Fact]
    public void The_proton_motive_force_is_the_driving_force_on_H_plus()
    {
        var t = Temperature.Body;
        var inside = Ph.FromValue(7.6);
        var outside = Ph.FromValue(7.0);
        var v = ElectricPotential.FromMillivolts(-140);
        var p = MotiveForce.Protonmotive(v, inside, outside, t);
        var gradient = new IonGradient(inside.ProtonConcentration, outside.ProtonConcentration);
        Assert.Equal(ElectrochemicalPotential.DrivingForce(Ions.Hydrogen, gradient, v, t).Volts, p.Total.Volts, 14);
        Assert.Equal(ElectrochemicalPotential.Difference(Ions.Hydrogen, gradient, v, t).JoulesPerMole, p.FreeEnergy.JoulesPerMole, 8);
        Assert.Equal(inside.ProtonConcentration / outside.ProtonConcentration, p.InsideToOutsideRatio(t), 12);
    }

    [Fact]
    public void Sodium_motive_force_is_V_minus_E_Na()
    {
        // NEURON h.nernst(10, 140, 1) at 37 °C = 70.533 mV (tests/reference/neuron_nernst.json).
        var s = MotiveForce.Sodiummotive(ElectricPotential.FromMillivolts(-140), IonGradient.Millimolar(10, 140), Temperature.Body);
        Assert.Equal(-140 - 70.53318562708574, s.Total.Millivolts, 9);
        Assert.Equal(Ions.Sodium, s.Ion);
        Assert.Contains("Na⁺-motive force -210.5 mV", s.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_protons_per_ATP_in_mitochondria_is_about_3()
    {
        // Nicholls & Ferguson, Bioenergetics 4, ch. 3: n ≥ ΔG_p/(FΔp). Δp = −180 mV (Δψ −150 mV, ΔpH 0.5 at 37 °C
        // gives −180.8 mV), ΔG_ATP = −55 kJ/mol ⇒ n ≥ 55000/(96485 × 0.1808) = 3.15.
        var p = MotiveForce.Protonmotive(ElectricPotential.FromMillivolts(-150), Ph.FromValue(7.8), Ph.FromValue(7.3), Temperature.Body);
        var atp = MolarEnergy.FromKilojoulesPerMole(-55);
        var n = MotiveForce.MinimumIonsPerAtp(atp, p);
        Assert.Equal(55_000 / (PhysicalConstants.FaradayConstant * -p.Total.Volts), n, 12);
        Assert.InRange(n, 3.0, 3.3);
    }

    [PhysicalProperty]
    public bool An_ATP_synthase_runs_forward_exactly_when_its_ring_beats_the_minimum(ElectricPotential v, Temperature t)
    {
        var p = MotiveForce.Protonmotive(v, Ph.FromValue(7.8), Ph.FromValue(7.0), t);
        var atp = MolarEnergy.FromKilojoulesPerMole(-50);
        if (p.FreeEnergy.JoulesPerMole >= 0)
        {
            return true;
        }

        var n = MotiveForce.MinimumIonsPerAtp(atp, p);
        var conditions = TransportConditions.Empty.WithPh(Ph.FromValue(7.8), Ph.FromValue(7.0)).WithAtpHydrolysis(atp);
        return Enumerable.Range(8, 8).All(c =>
        {
            var direction = Transporters.FTypeAtpSynthase(Ions.Hydrogen, c).Direction(conditions, v, t);
            var margin = Math.Abs((c / 3.0) - n);
            return margin < 1e-9 || (direction == TransportDirection.Forward) == (c / 3.0 > n);
        });
    }

    [Fact]
    public void A_2H_1Na_antiporter_doubles_the_force_and_agrees_with_the_transporter_at_equilibrium()
    {
        // E. coli NhaA, 2 H⁺ in : 1 Na⁺ out (Taglicht, Padan & Schuldiner (1993) J. Biol. Chem. 268, 5382): Δs = 2Δp.
        var t = Temperature.Room;
        var p = MotiveForce.Protonmotive(ElectricPotential.FromMillivolts(-140), Ph.FromValue(7.6), Ph.FromValue(7.0), t);
        var s = MotiveForce.AntiporterEquilibrium(p, 2, Ions.Sodium, 1);
        Assert.Equal(2 * p.Total.Volts, s.Total.Volts, 14);
        Assert.Equal(p.ElectricalPart, s.ElectricalPart);

        // The Na⁺ gradient this equilibrium stands for makes the 2H⁺:1Na⁺ transporter's ΔG vanish.
        var ratio = s.InsideToOutsideRatio(t);
        var conditions = TransportConditions.FromGradients((Ions.Sodium, new IonGradient(Concentration.FromMillimolar(100 * ratio), Concentration.FromMillimolar(100))))
            .WithPh(Ph.FromValue(7.6), Ph.FromValue(7.0));
        var nhaA = new Transporter("NhaA", new Stoichiometry((Ions.Hydrogen, 2), (Ions.Sodium, -1)), "Taglicht et al. (1993)");
        Assert.Equal(0, nhaA.FreeEnergy(conditions, p.ElectricalPart, t).JoulesPerMole, 6);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var t = Temperature.Body;
        var energised = MotiveForce.Protonmotive(ElectricPotential.FromMillivolts(-150), Ph.FromValue(7.8), Ph.FromValue(7.3), t);
        var collapsed = MotiveForce.Protonmotive(ElectricPotential.FromMillivolts(10), Ph.FromValue(7.0), Ph.FromValue(7.3), t);
        Assert.Equal("force", Assert.Throws<ArgumentOutOfRangeException>(() => MotiveForce.MinimumIonsPerAtp(MolarEnergy.FromKilojoulesPerMole(-50), collapsed)).ParamName);
        Assert.Equal("atpHydrolysisFreeEnergy", Assert.Throws<ArgumentOutOfRangeException>(() => MotiveForce.MinimumIonsPerAtp(MolarEnergy.FromKilojoulesPerMole(5), energised)).ParamName);
        Assert.Equal("drivenIons", Assert.Throws<ArgumentOutOfRangeException>(() => MotiveForce.AntiporterEquilibrium(energised, 2, Ions.Sodium, 0)).ParamName);
        Assert.Equal("inside", Assert.Throws<ArgumentOutOfRangeException>(() => MotiveForce.Protonmotive(ElectricPotential.Zero, Ph.FromValue(double.NaN), Ph.FromValue(7), t)).ParamName);
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => MotiveForce.Protonmotive(ElectricPotential.Zero, Ph.FromValue(7), Ph.FromValue(7), Temperature.FromKelvins(0))).ParamName);
    }
}
