using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The bacterial sodium/proton cycle at steady state: where the SMF must lie (between the ATP synthase's threshold
/// and NQR's stall), NhaA's equilibrium Δs = 2Δp (Transport layer), and conservation of Na⁺, H⁺ and charge at steady
/// state (fluxes through every pathway and leak summed here). No measured Δψ is reproduced: the pathways' j_max and the
/// leaks are assumptions (see <see cref="BacterialEnergeticsModel"/>).
/// </summary>
public class BacterialEnergeticsModelTests
{
    private const double F = 96485.33212;

    private static readonly BacterialEnergeticsResult Default = BacterialEnergeticsModel.Default.Run();

    /// <summary>
    /// The synthase makes ATP only while 11 F |SMF| exceeds 3 |ΔG_ATP|, i.e. |SMF| &gt; 150 kJ/mol / 11F = 141.3 mV, and NQR
    /// can pump only while 2 F |SMF| &lt; 79.1 kJ/mol, |SMF| &lt; 409.9 mV (Nicholls and Ferguson 2013's thermodynamic minimum
    /// n ≥ ΔG_p/FΔp, applied to Na⁺). The synthase runs forward, so the SMF lies between.
    /// </summary>
    [Fact]
    public void The_sodium_motive_force_lies_between_the_synthase_threshold_and_the_NQR_stall()
    {
        foreach (var s in new[] { Default.Respiring, Default.ProtonPumpInhibited })
        {
            double smf = -s.SodiumMotiveForce.Final.Millivolts;
            Assert.InRange(smf, 150e3 / (11 * F) * 1e3, 79.1e3 / (2 * F) * 1e3);
            Assert.True(s.FinalAtpSynthaseRate > MolarFlux.Zero);
            // The Transport layer's n ≥ |ΔG_ATP|/(F|SMF|): at this SMF the synthase's 11/3 Na⁺ per ATP is enough.
            Assert.True(MotiveForce.MinimumIonsPerAtp(MolarEnergy.FromKilojoulesPerMole(-50), MotiveForce.Sodiummotive(s.MembranePotential.Final, new IonGradient(s.CytoplasmicSodium.Final, Concentration.FromMillimolar(400)), Temperature.FromDegreesCelsius(30))) < 11.0 / 3);
        }
    }

    /// <summary>
    /// A fast NhaA (2 H⁺ in : 1 Na⁺ out) sits near equilibrium, where the Transport layer's
    /// <see cref="MotiveForce.AntiporterEquilibrium"/> gives Δs = 2Δp. It still turns, at rate j, to return the H⁺ pump's
    /// protons, which by its rate law needs ΔG = 2FΔp − F·SMF = −2RT artanh(j/j_max): so Δp = SMF/2 + ΔG/2F, 5 mV beyond
    /// half the SMF when respiring, none with the H⁺ pump inhibited (0.05 mV allowed). The PMF then comes from the SMF alone.
    /// </summary>
    [Fact]
    public void NhaA_couples_the_proton_motive_force_to_half_the_sodium_motive_force()
    {
        foreach (var s in new[] { Default.Respiring, Default.ProtonPumpInhibited })
        {
            var smf = MotiveForce.Sodiummotive(s.MembranePotential.Final, new IonGradient(s.CytoplasmicSodium.Final, Concentration.FromMillimolar(400)), Temperature.FromDegreesCelsius(30));
            var pmfAtEquilibrium = MotiveForce.AntiporterEquilibrium(smf, 1, Ions.Hydrogen, 2);
            double dG = -2 * 8.314462618 * 303.15 * Math.Atanh(s.AntiporterRate.MolesPerSquareMeterSecond / 1e-6);
            Assert.Equal(pmfAtEquilibrium.Total.Millivolts + dG / (2 * F) * 1e3, s.ProtonMotiveForce.Final.Millivolts, 0.05);
        }

        Assert.Equal(MolarFlux.Zero, Default.ProtonPumpInhibited.ProtonPumpRate);
        Assert.True(Default.ProtonPumpInhibited.ProtonMotiveForce.Final < ElectricPotential.FromMillivolts(-50));
    }

    /// <summary>
    /// At steady state nothing accumulates: summing each pathway's ions (its stoichiometry × its rate) and the GHK leaks
    /// computed here, the net Na⁺ flux, the net H⁺ flux and so the net current vanish (to 10⁻⁴ of the NQR's Na⁺ flux),
    /// whatever the pathways' capacities.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 8)]
    public bool Sodium_protons_and_charge_balance_at_steady_state(FsCheck.PositiveInt nqr, FsCheck.PositiveInt pump, FsCheck.PositiveInt synthase)
    {
        var d = BacterialEnergeticsModel.Default;
        var m = d with
        {
            SodiumPump = d.SodiumPump with { MaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(1e-7 * (1 + (nqr.Get % 5))) },
            ProtonPump = d.ProtonPump with { MaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(5e-8 * (pump.Get % 5)) },
            AtpSynthase = d.AtpSynthase with { MaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(1e-7 * (1 + (synthase.Get % 5))) },
            Duration = Duration.FromSeconds(3000),
            SamplingInterval = Duration.FromSeconds(1000),
        };
        var s = m.RunScenario("random");
        var t = m.Temperature;
        var v = s.MembranePotential.Final;
        double naIn = 0, hIn = 0;
        foreach (var (pathway, rate) in new[] { (m.SodiumPump, s.SodiumPumpRate), (m.ProtonPump, s.ProtonPumpRate), (m.Antiporter, s.AntiporterRate), (m.AtpSynthase, s.FinalAtpSynthaseRate) })
        {
            naIn += pathway.Transporter.Stoichiometry.CountOf(Ions.Sodium) * rate.MolesPerSquareMeterSecond;
            hIn += pathway.Transporter.Stoichiometry.CountOf(Ions.Hydrogen) * rate.MolesPerSquareMeterSecond;
        }

        naIn -= GhkCurrent.Flux(Ions.Sodium, m.SodiumPermeability, new IonGradient(s.CytoplasmicSodium.Final, m.MediumSodium), v, t).MolesPerSquareMeterSecond;
        hIn -= GhkCurrent.Flux(Ions.Hydrogen, m.ProtonPermeability, new IonGradient(s.CytoplasmicPh.Final.ProtonConcentration, m.MediumPh.ProtonConcentration), v, t).MolesPerSquareMeterSecond;
        double scale = 1e-4 * 2 * s.SodiumPumpRate.MolesPerSquareMeterSecond;
        return Math.Abs(naIn) < scale && Math.Abs(hIn) < scale && Math.Abs(naIn + hIn) < scale;
    }

    [Fact]
    public void A_pathway_moving_another_ion_is_refused_with_its_name()
    {
        var m = BacterialEnergeticsModel.Default with { Antiporter = new EnergyPathway(Transporters.Kcc2, MolarFlux.FromMolesPerSquareMeterSecond(1e-7)) };
        Assert.Contains("Antiporter", Assert.Throws<ArgumentException>(() => m.Run()).Message, StringComparison.Ordinal);
        var n = BacterialEnergeticsModel.Default with { CellRadius = Length.Zero };
        Assert.Contains("CellRadius", Assert.Throws<ArgumentOutOfRangeException>(() => n.Run()).Message, StringComparison.Ordinal);
    }
}
