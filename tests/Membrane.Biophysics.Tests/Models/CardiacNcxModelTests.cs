using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The cardiac NCX model: E_NCX = 3E_Na − 2E_Ca written out by hand, the direction at the diastolic potential against
/// the sign of V − E_NCX (property), the fall of Ca²⁺ extrusion as [Na⁺]ᵢ rises, and Ca²⁺ conservation and the end
/// point of the exchanger-only diastolic decay.
/// </summary>
public class CardiacNcxModelTests
{
    private const double F = 96485.33212, R = 8.314462618, T = 310.15;

    private static readonly CardiacNcxResult Default = CardiacNcxModel.Default.Run();

    /// <summary>
    /// E_NCX = 3E_Na − 2E_Ca with E = (RT/zF) ln(c_o/c_i) (Blaustein and Lederer 1999): at 10 mM [Na⁺]ᵢ and 0.12 µM
    /// [Ca²⁺]ᵢ, 3 × 70.5 − 2 × 128.5 = −45.4 mV; at 16 mM, −83.1 mV, within 2 mV of diastole (0.01 mV allowed).
    /// </summary>
    [Fact]
    public void Raised_sodium_shifts_E_NCX_negative_by_three_times_the_fall_of_E_Na()
    {
        foreach (var (s, na) in new[] { (Default.Normal, 10.0), (Default.HeartFailure, 16.0) })
        {
            double eNa = R * T / F * Math.Log(140 / na);
            double eCa = R * T / (2 * F) * Math.Log(1.8 / 0.12e-3);
            Assert.Equal((3 * eNa - 2 * eCa) * 1e3, s.ExchangerReversalPotential.Millivolts, 0.01);
        }

        Assert.Equal(3 * R * T / F * Math.Log(16.0 / 10) * 1e3, Default.Normal.ExchangerReversalPotential.Millivolts - Default.HeartFailure.ExchangerReversalPotential.Millivolts, 0.01);
    }

    /// <summary>
    /// At −85 mV both run forward (V below E_NCX), but at 16 mM the exchanger is 2 mV from reversal and extrudes about
    /// a tenth of the Ca²⁺ it does at 10 mM; at 20 mM E_NCX falls below diastole and it imports Ca²⁺ (the situation of
    /// heart failure with raised [Na⁺]ᵢ).
    /// </summary>
    [Fact]
    public void Raised_sodium_slows_then_reverses_diastolic_calcium_extrusion()
    {
        Assert.Equal(TransportDirection.Forward, Default.Normal.Direction);
        Assert.True(Default.Normal.CalciumExtrusion > MolarFlux.Zero);
        Assert.True(Default.HeartFailure.CalciumExtrusion < Default.Normal.CalciumExtrusion * 0.2);
        var twenty = CardiacNcxModel.Default.RunAt("20 mM", Concentration.FromMillimolar(20));
        Assert.True(twenty.ExchangerReversalPotential < CardiacNcxModel.Default.DiastolicPotential);
        Assert.Equal(TransportDirection.Reverse, twenty.Direction);
        Assert.True(twenty.CalciumExtrusion < MolarFlux.Zero);
    }

    /// <summary>The exchanger runs forward (inward current, Ca²⁺ out) exactly when V &lt; E_NCX, over random [Na⁺]ᵢ, [Ca²⁺]ᵢ and V.</summary>
    [FsCheck.Xunit.Property(MaxTest = 30)]
    public bool Direction_follows_the_sign_of_V_minus_E_NCX(FsCheck.PositiveInt na, FsCheck.PositiveInt ca, FsCheck.PositiveInt v)
    {
        var m = CardiacNcxModel.Default with
        {
            DiastolicCalcium = Concentration.FromMicromolar(0.05 + 0.01 * (ca.Get % 200)),
            DiastolicPotential = ElectricPotential.FromMillivolts(-100 + 0.37 * (v.Get % 271)),
            DecayDuration = Duration.FromMilliseconds(10),
        };
        var s = m.RunAt("random", Concentration.FromMillimolar(5 + 0.1 * (na.Get % 250)));
        double drive = (m.DiastolicPotential - s.ExchangerReversalPotential).Volts;
        return Math.Abs(drive) < 1e-6 || Math.Sign(s.Current.AmperesPerSquareMeter) == Math.Sign(drive);
    }

    /// <summary>
    /// During the decay every Ca²⁺ that leaves is carried by the exchanger: (1 + κ) V_myo Δ[Ca²⁺] = (A/F) ∫ I_NCX dt, the
    /// integral by the trapezoid rule over the 5 ms samples (0.1 % allowed).
    /// </summary>
    [Fact]
    public void Calcium_lost_in_the_decay_is_the_charge_the_exchanger_carried()
    {
        var m = CardiacNcxModel.Default;
        foreach (var s in new[] { Default.Normal, Default.HeartFailure })
        {
            double charge = 0;
            for (int i = 1; i < s.DecayCurrent.Count; i++)
            {
                charge += 0.5 * (s.DecayCurrent[i - 1].AmperesPerSquareMeter + s.DecayCurrent[i].AmperesPerSquareMeter) * (s.DecayCurrent.Times[i] - s.DecayCurrent.Times[i - 1]).Seconds;
            }

            double lost = 101 * m.MyoplasmVolume.CubicMeters * (s.DecayCalcium.Final.MolesPerCubicMeter - s.DecayCalcium.Initial.MolesPerCubicMeter);
            double carried = m.CapacitiveArea.SquareMeters * charge / F;
            Assert.Equal(carried, lost, Math.Abs(lost) * 1e-3);
        }
    }

    /// <summary>
    /// Left long enough, the exchanger alone brings [Ca²⁺]ᵢ to where E_NCX = V: [Ca²⁺]ₒ ([Na⁺]ᵢ/[Na⁺]ₒ)³ e^(VF/RT), written out
    /// here: 27 nM at 10 mM [Na⁺]ᵢ, 111 nM at 16 mM (1 % allowed).
    /// </summary>
    [Fact]
    public void The_exchanger_alone_settles_calcium_where_it_reverses()
    {
        foreach (var na in new[] { 10.0, 16.0 })
        {
            var s = (CardiacNcxModel.Default with { DecayDuration = Duration.FromSeconds(120), SamplingInterval = Duration.FromSeconds(1) }).RunAt("long", Concentration.FromMillimolar(na));
            double expected = 1.8 * Math.Pow(na / 140, 3) * Math.Exp(-0.085 * F / (R * T));
            Assert.Equal(expected, s.EquilibriumCalcium.Millimolar, expected * 1e-9);
            Assert.Equal(expected, s.DecayCalcium.Final.Millimolar, expected * 1e-2);
        }
    }
}
