using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The neuron – extracellular space – astrocyte K⁺ model: what the issue asks of it (weak buffering lets [K⁺]o and E_K
/// rise further and stay up longer, and the neuron, depolarised by its own K⁺, fires more for the same drive), the
/// astrocyte's rest (one pump rate balancing its Kir and Na⁺ leak, recomputed here from the published laws), the whole
/// tissue at rest without a stimulus, and Nernst at the [K⁺]o peak. No paper number is reproduced: the peaks lie below the
/// cortical ceiling of ≈ 10–12 mM (Heinemann and Lux 1977) without reaching it (see docs/models.md).
/// </summary>
public class PotassiumBufferingModelTests
{
    private static readonly PotassiumBufferingModel Model = PotassiumBufferingModel.Default;
    private static readonly PotassiumBufferingResult Default = Model.Run();

    [Fact]
    public void Strong_buffering_keeps_the_peak_lower_and_lets_E_K_recover_sooner()
    {
        Assert.True(Default.Strong.PeakExtracellularPotassium < Default.Weak.PeakExtracellularPotassium);
        Assert.True(Default.Strong.PeakPotassiumReversalPotential < Default.Weak.PeakPotassiumReversalPotential);
        Assert.NotNull(Default.Strong.PotassiumReversalDepolarisedAfterStimulus);
        Assert.NotNull(Default.Weak.PotassiumReversalDepolarisedAfterStimulus);
        Assert.True(Default.Strong.PotassiumReversalDepolarisedAfterStimulus < Default.Weak.PotassiumReversalDepolarisedAfterStimulus);
        Assert.True(Default.Weak.PotassiumReversalDepolarisedAfterStimulus > Duration.FromSeconds(1)); // weak: seconds
    }

    /// <summary>
    /// The positive feedback: with weak buffering the K⁺ the neuron loses stays near it, and the same current drives it
    /// faster as the train goes on (last quarter of the stimulus against the first) and to more impulses in all; with
    /// strong buffering the rate holds (within 10 %).
    /// </summary>
    [Fact]
    public void With_weak_buffering_the_same_drive_fires_faster_as_K_accumulates()
    {
        Assert.True(Default.Weak.EndRate > 1.3 * Default.Weak.OnsetRate);
        Assert.InRange(Default.Strong.EndRate, 0.9 * Default.Strong.OnsetRate, 1.1 * Default.Strong.OnsetRate);
        Assert.True(Default.Weak.SpikeTimes.Count > 1.2 * Default.Strong.SpikeTimes.Count);
        Assert.True(Default.Strong.OnsetRate > Rate.FromHertz(50)); // high-frequency firing
    }

    [Fact]
    public void K_accumulation_depolarises_E_K_by_the_Nernst_amount()
    {
        // E_K at the [K⁺]o peak, from the Nernst equation written out here: (RT/F) ln(c_o/c_i) at 37 °C.
        var s = Default.Weak;
        int i = s.ExtracellularPotassium.Values.ToList().IndexOf(s.PeakExtracellularPotassium);
        double rtf = 8.314462618 * 310.15 / 96485.33212;
        double expected = rtf * Math.Log(s.ExtracellularPotassium[i].Millimolar / s.IntracellularPotassium[i].Millimolar);
        Assert.Equal(expected, s.PotassiumReversalPotential[i].Volts, 1e-9);
    }

    /// <summary>
    /// At the derived rest the astrocyte's pump carries out the 3 Na⁺ its Na⁺ leak lets in and takes in the 2 K⁺ its Kir
    /// channel lets out, per cycle, and its Cl⁻ leak carries nothing: each recomputed from the public laws.
    /// </summary>
    [Fact]
    public void The_astrocyte_s_leaks_are_balanced_by_its_pump_at_rest()
    {
        var t = Model.Neuron.Temperature;
        var a = Model.Astrocyte(1);
        var v = Model.AstrocyteRestingPotential;
        var outside = Model.Neuron.ExtracellularFluid;
        var eK = Nernst.Potential(1, a.Cytoplasm[Ions.Potassium], outside[Ions.Potassium], t);
        var eNa = Nernst.Potential(1, a.Cytoplasm[Ions.Sodium], outside[Ions.Sodium], t);
        var pump = ((SodiumPotassiumAtpaseKinetics)a.Pump!).Current(a.Cytoplasm[Ions.Sodium], outside[Ions.Sodium], a.Cytoplasm[Ions.Potassium], outside[Ions.Potassium], v, t).AmperesPerSquareMeter;
        var sodiumLeak = Model.Glia.SodiumLeak.SiemensPerSquareMeter * (v - eNa).Volts;
        var kir = a.Kir!.Current(v, eK, outside[Ions.Potassium]).AmperesPerSquareMeter;
        Assert.Equal(0, (3 * pump) + sodiumLeak, 1e-12);
        Assert.Equal(0, kir - (2 * pump), 1e-12);
        Assert.Equal(v.Volts, Nernst.Potential(-1, a.Cytoplasm[Ions.Chloride], outside[Ions.Chloride], t).Volts, 1e-12);
        Assert.InRange(v.Millivolts, eK.Millivolts, eK.Millivolts + 10); // near E_K, as a K⁺-selective glial membrane
    }

    /// <summary>Without a stimulus neuron, extracellular space and astrocyte stay at rest: every leak balanced (1 s).</summary>
    [Fact]
    public void Without_a_stimulus_the_tissue_stays_at_rest()
    {
        var quiet = Model with { Stimulus = new CurrentStep(Duration.Zero, Duration.Zero, CurrentDensity.Zero), Duration = Duration.FromSeconds(1) };
        var s = quiet.RunScenario("rest", 1);
        Assert.Empty(s.SpikeTimes);
        Assert.Equal(s.ExtracellularPotassium.Initial.Millimolar, s.ExtracellularPotassium.Final.Millimolar, 1e-3);
        Assert.Equal(s.AstrocyteVoltage.Initial.Millivolts, s.AstrocyteVoltage.Final.Millivolts, 0.05);
        Assert.Equal(s.Voltage.Initial.Millivolts, s.Voltage.Final.Millivolts, 0.05);
        Assert.Equal(s.BoundPotassium.Initial.Millimolar, s.BoundPotassium.Final.Millimolar, 1e-4);
    }

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var crowded = Model with { Glia = Model.Glia with { Fraction = 0.9 } };
        Assert.Contains("Glia.Fraction", Assert.Throws<ArgumentOutOfRangeException>(() => crowded.Run()).Message, StringComparison.Ordinal);
        var negative = Model with { WeakBufferingFraction = 0 };
        Assert.Contains("WeakBufferingFraction", Assert.Throws<ArgumentOutOfRangeException>(() => negative.Run()).Message, StringComparison.Ordinal);
        var noKir = Model with { Glia = Model.Glia with { KirConductance = ConductanceDensity.Zero } };
        Assert.Contains("KirConductance", Assert.Throws<ArgumentOutOfRangeException>(() => noKir.Run()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.RunScenario("x", double.NaN));
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
