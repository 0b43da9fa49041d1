using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The K⁺ buffering model: what the issue asks of it (weak buffering lets [K⁺]o and E_K rise further and stay up
/// longer than strong buffering), and conservation of each ion between axoplasm and extracellular space.
/// No paper number is reproduced here: the model is built from HH 1952 and Frankenhaeuser and Hodgkin's 30 nm space, and
/// its uptake capacities are illustrative (see <see cref="PotassiumBufferingModel"/>).
/// </summary>
public class PotassiumBufferingModelTests
{
    private static readonly PotassiumBufferingResult Default = PotassiumBufferingModel.Default.Run();

    [Fact]
    public void Strong_buffering_keeps_the_peak_lower_and_lets_E_K_recover_sooner()
    {
        Assert.True(Default.Strong.PeakExtracellularPotassium < Default.Weak.PeakExtracellularPotassium);
        Assert.True(Default.Strong.PeakPotassiumReversal < Default.Weak.PeakPotassiumReversal);
        Assert.NotNull(Default.Strong.DepolarisedAfterStimulus);
        if (Default.Weak.DepolarisedAfterStimulus is { } weak)
        {
            Assert.True(Default.Strong.DepolarisedAfterStimulus < weak);
        }
    }

    /// <summary>
    /// With Luo and Rudy's (1994) Na⁺/K⁺-ATPase in the axon membrane the claims still hold: strong uptake keeps
    /// the [K⁺]o peak and E_K lower and E_K comes back within the margin after the train. The pump itself moves K⁺ in
    /// (2 per cycle), so with it the [K⁺]o peak is no higher than without. Why the pump barely acts here: its f_NaK in
    /// sea water at rest, 1/(1 + 0.1245 e^(−0.1u) + 0.0365 σ e^(−u)) with σ = (e^(440/67.3) − 1)/7 ≈ 98.5 and
    /// u = −65 mV/(RT/F at 6.3 °C, 24.08 mV) = −2.70, is 1/(1 + 0.163 + 53.5) ≈ 0.018 (worked by hand).
    /// </summary>
    [Fact]
    public void With_the_Luo_Rudy_pump_strong_buffering_still_lowers_the_peak_and_E_K_recovers()
    {
        Assert.Equal(0.018, SodiumPotassiumAtpaseKinetics.VoltageFactor(ElectricPotential.FromMillivolts(-65), Concentration.FromMillimolar(440), Temperature.Squid), 1e-3);
        var pumped = (PotassiumBufferingModel.Default with { Pump = SodiumPotassiumAtpaseKinetics.LuoRudy1994 }).Run();
        Assert.True(pumped.Strong.PeakExtracellularPotassium < pumped.Weak.PeakExtracellularPotassium);
        Assert.True(pumped.Strong.PeakPotassiumReversal < pumped.Weak.PeakPotassiumReversal);
        Assert.NotNull(pumped.Strong.DepolarisedAfterStimulus);
        Assert.True(pumped.Strong.PeakExtracellularPotassium <= Default.Strong.PeakExtracellularPotassium);
    }

    [Fact]
    public void K_accumulation_depolarises_E_K_by_the_Nernst_amount()
    {
        // E_K at the [K⁺]o peak, from the Nernst equation written out here: (RT/F) ln(c_o/c_i) with the concentrations recorded.
        var s = Default.Weak;
        int i = s.ExtracellularPotassium.Values.ToList().IndexOf(s.PeakExtracellularPotassium);
        double rtf = 8.314462618 * 279.45 / 96485.33212;
        double expected = rtf * Math.Log(s.ExtracellularPotassium[i].Millimolar / s.IntracellularPotassium[i].Millimolar);
        Assert.Equal(expected, s.PotassiumReversal[i].Volts, 1e-6);
        Assert.True(s.PeakExtracellularPotassium > s.ExtracellularPotassium.Initial);
    }

    /// <summary>
    /// Without glial uptake or pump, K⁺ and Na⁺ only cross the axon membrane: c_i V_i + c_o V_o of each stays what it
    /// was (relative 1e-9), whatever the space's thickness and the stimulus.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 12)]
    public bool Ion_amounts_are_conserved_without_uptake(FsCheck.PositiveInt thickness, FsCheck.PositiveInt amplitude)
    {
        var theta = 10 + (thickness.Get % 200);
        var model = PotassiumBufferingModel.Default with
        {
            ExtracellularThickness = Length.FromNanometers(theta),
            Stimulus = new CurrentStep(Duration.FromMilliseconds(5), Duration.FromMilliseconds(20), CurrentDensity.FromMicroamperesPerSquareCentimeter(amplitude.Get % 40)),
            Duration = Duration.FromMilliseconds(40),
        };
        var s = model.RunScenario("closed", null);
        double vIn = model.AxonRadius.Meters / 2, vOut = theta * 1e-9; // per unit area
        foreach (var (inside, outside) in new[] { (s.IntracellularPotassium, s.ExtracellularPotassium), (s.IntracellularSodium, s.ExtracellularSodium) })
        {
            double start = inside.Initial.Millimolar * vIn + outside.Initial.Millimolar * vOut;
            double end = inside.Final.Millimolar * vIn + outside.Final.Millimolar * vOut;
            if (Math.Abs(end - start) > 1e-9 * start)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var thin = PotassiumBufferingModel.Default with { ExtracellularThickness = Length.FromNanometers(-1) };
        Assert.Contains("ExtracellularThickness", Assert.Throws<ArgumentOutOfRangeException>(() => thin.Run()).Message, StringComparison.Ordinal);
        var sodiumUptake = PotassiumBufferingModel.Default with { WeakBuffering = new OutsideUptake(Ions.Sodium, MolarFlux.FromMolesPerSquareMeterSecond(1e-4), Concentration.FromMillimolar(5)) };
        Assert.Contains("WeakBuffering", Assert.Throws<ArgumentException>(() => sodiumUptake.Run()).Message, StringComparison.Ordinal);
        var noSodium = PotassiumBufferingModel.Default with { Axoplasm = new Solution((Ions.Potassium, Concentration.FromMillimolar(400))) };
        Assert.Throws<ArgumentException>(() => noSodium.Run());
    }

    [Fact]
    public void The_registry_runs_it_by_name()
    {
        Assert.Contains("potassium-buffering", ReadyModels.Names);
        var run = ReadyModels.Run("Potassium-Buffering");
        Assert.Equal("potassium-buffering", run.ModelName);
        var ko = run.SeriesNamed("[K⁺]o, weak buffering");
        Assert.Equal("mol/m³", ko.SiUnit);
        Assert.Equal(Default.Weak.PeakExtracellularPotassium.MolesPerCubicMeter, Enumerable.Range(0, ko.Times.Count).Max(ko.SiValue));
        Assert.Throws<ArgumentException>(() => ReadyModels.Find("no-such-model"));
    }
}
