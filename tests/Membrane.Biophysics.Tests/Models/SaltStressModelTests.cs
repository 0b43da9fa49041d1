using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The plant salt-stress model: the decoder's steady state under a constant Ca²⁺ (closed form) and its rising,
/// saturating frequency response; SOS1's thermodynamic floor for cytosolic Na⁺ (electroneutral 1:1 exchange can lower
/// [Na⁺]cyt only to [Na⁺]apo [H⁺]cyt/[H⁺]apo); Na⁺ conservation; and the K⁺/Na⁺ ratio with and without SOS1. Its
/// transport and decoder constants are assumptions, so no paper number is reproduced.
/// </summary>
public class SaltStressModelTests
{
    private static readonly SaltStressResult Default = SaltStressModel.Default.Run();

    /// <summary>
    /// Under a constant [Ca²⁺] c the decoder settles at A = k_on h/(k_on h + k_off), h = cⁿ/(cⁿ + Kⁿ): with c = K, h = ½ and
    /// A = 0.005/0.007 = 0.714 (10⁻⁶ allowed).
    /// </summary>
    [Fact]
    public void Under_constant_calcium_the_decoder_settles_at_its_closed_form()
    {
        var m = SaltStressModel.Default with { Signature = new CalciumSignature(Concentration.FromMicromolar(0.5), Concentration.Zero, 0, Duration.FromSeconds(10), Duration.Zero), Duration = Duration.FromMinutes(200), SamplingInterval = Duration.FromMinutes(100) };
        var run = m.RunScenario("constant", decoder: true);
        Assert.Equal(0.005 / 0.007, run.DecoderActivity[^1], 1e-6);
    }

    /// <summary>More frequent transients activate the decoder more, with diminishing returns (a saturating frequency response).</summary>
    [Fact]
    public void The_decoder_reads_frequency_and_saturates()
    {
        var m = SaltStressModel.Default with { Duration = Duration.FromMinutes(40), SamplingInterval = Duration.FromSeconds(20) };
        var a = new[] { 1 / 600.0, 1 / 120.0, 1 / 60.0, 1 / 20.0, 1 / 10.0 }.Select(m.MeanDecoderActivity).ToArray();
        for (int i = 1; i < a.Length; i++)
        {
            Assert.True(a[i] > a[i - 1]);
        }

        Assert.True(a[^1] < 1);
        Assert.True(a[4] - a[3] < a[2] - a[1]);
    }

    /// <summary>
    /// SOS1 exports Na⁺ only while its ΔG &lt; 0, so [Na⁺]cyt never falls below 100 mM × 10^(5.5 − 7.5) = 1 mM, whatever its
    /// capacity and the Na⁺ leak (relative 10⁻⁶), and it exports exactly when ΔG &lt; 0.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 10)]
    public bool SOS1_cannot_push_sodium_below_its_thermodynamic_floor(FsCheck.PositiveInt sos1, FsCheck.PositiveInt leak)
    {
        var m = SaltStressModel.Default with
        {
            Sos1MaximalRate = MolarFlux.FromMolesPerSquareMeterSecond(1e-8 * (1 + (sos1.Get % 100))),
            SodiumPermeability = Permeability.FromCentimetersPerSecond(1e-10 * (1 + (leak.Get % 100))),
            Duration = Duration.FromMinutes(20),
            SamplingInterval = Duration.FromSeconds(30),
        };
        var s = m.RunScenario("random", decoder: true);
        for (int i = 0; i < s.CytosolSodium.Count; i++)
        {
            if (s.CytosolSodium[i].Millimolar < 1.0 * (1 - 1e-6))
            {
                return false;
            }

            double export = s.Sos1Export[i].MolesPerSquareMeterSecond, g = s.Sos1FreeEnergy[i].JoulesPerMole;
            if (export != 0 && Math.Sign(export) != -Math.Sign(g))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Without SOS1, every Na⁺ that enters through the leak stays: [Na⁺]cyt rises by (1/thickness) ∫ J_in dt, J_in the GHK
    /// influx computed here at each sample and integrated by the trapezoid rule (0.1 % allowed).
    /// </summary>
    [Fact]
    public void Without_SOS1_the_cytosol_keeps_every_sodium_that_leaks_in()
    {
        var m = SaltStressModel.Default;
        var s = Default.KnockedOut;
        double integral = 0;
        double Influx(int i) => -GhkCurrent.Flux(Ions.Sodium, m.SodiumPermeability, new IonGradient(s.CytosolSodium[i], m.ApoplastSodium), m.MembranePotential, m.Temperature).MolesPerSquareMeterSecond;
        for (int i = 1; i < s.CytosolSodium.Count; i++)
        {
            integral += 0.5 * (Influx(i - 1) + Influx(i)) * (s.CytosolSodium.Times[i] - s.CytosolSodium.Times[i - 1]).Seconds;
        }

        double rise = s.CytosolSodium.Final.MolesPerCubicMeter - s.CytosolSodium.Initial.MolesPerCubicMeter;
        Assert.Equal(integral / m.CytosolThickness.Meters, rise, rise * 1e-3);
    }

    [Fact]
    public void SOS1_activation_keeps_the_K_to_Na_ratio_high()
    {
        Assert.True(Default.Activated.PotassiumToSodium[^1] > 10 * Default.KnockedOut.PotassiumToSodium[^1]);
        Assert.All(Default.KnockedOut.DecoderActivity, a => Assert.Equal(0, a));
        Assert.True(Default.ProtonMotiveForce.Total < ElectricPotential.FromMillivolts(-200));
    }

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var m = SaltStressModel.Default with { Signature = SaltStressModel.Default.Signature with { Frequency = double.NaN } };
        Assert.Contains("Signature.Frequency", Assert.Throws<ArgumentOutOfRangeException>(() => m.Run()).Message, StringComparison.Ordinal);
    }
}
