using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The ischaemia model: the derived leaks hold the cell at rest with its pump (a check of the balance by the
/// simulation, which does not use it), pump failure runs the gradients down and swells the cell, and ions and water
/// are conserved between cell and extracellular space, and whether and when NCX reverses (worked out by hand). No paper
/// number is reproduced: the pumps, exchanger and Ca²⁺ buffer are Luo–Rudy's cardiac laws and the water permeability is
/// assumed (see <see cref="IschaemiaModel"/>).
/// </summary>
public class IschaemiaModelTests
{
    private static readonly IschaemiaResult Default = (IschaemiaModel.Default with { Duration = Duration.FromMinutes(5) }).Run();

    [Fact]
    public void With_its_pump_the_cell_stays_at_rest()
    {
        var c = Default.Control;
        Assert.Equal(-65, c.Voltage.Final.Millivolts, 0.05);
        Assert.Equal(12, c.SodiumInside.Final.Millimolar, 0.01);
        Assert.Equal(4, c.PotassiumOutside.Final.Millimolar, 0.01);
        Assert.Equal(0.1, c.CalciumInside.Final.Millimolar * 1000, 1e-3);
        Assert.Equal(0, c.Swelling, 1e-4);
    }

    /// <summary>
    /// Without the pump: Na⁺ in, K⁺ out, the membrane depolarises toward the falling E_K, [K⁺]ₒ in the small space rises
    /// several-fold, Ca²⁺ loads, and net NaCl entry swells the cell while the extracellular space shrinks.
    /// </summary>
    [Fact]
    public void Pump_failure_runs_the_gradients_down_and_swells_the_cell()
    {
        var s = Default.Ischaemia;
        Assert.True(s.Voltage.Final > ElectricPotential.FromMillivolts(-50));
        Assert.True(s.SodiumInside.Final > s.SodiumInside.Initial);
        Assert.True(s.PotassiumInside.Final < s.PotassiumInside.Initial);
        Assert.True(s.PotassiumOutside.Final > s.PotassiumOutside.Initial * 4);
        Assert.True(s.CalciumInside.Final > s.CalciumInside.Initial * 10);
        Assert.True(s.ChlorideInside.Final > s.ChlorideInside.Initial);
        Assert.True(s.Swelling > 0.005);
        Assert.True(s.ExtracellularVolume.Final < s.ExtracellularVolume.Initial);
    }

    /// <summary>
    /// Every pathway moves ions between the cell and the closed extracellular space and water between them, so
    /// c_in V_in + c_out V_out of Na⁺, K⁺ and Cl⁻ and V_in + V_out stay what they were (relative 10⁻⁹), whatever the pump
    /// fraction and the water permeability.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 5)]
    public bool Ions_and_water_are_conserved(FsCheck.PositiveInt pump, FsCheck.PositiveInt water)
    {
        var m = IschaemiaModel.Default with
        {
            WaterPermeability = Permeability.FromCentimetersPerSecond(1e-4 * (1 + (water.Get % 20))),
            Duration = Duration.FromSeconds(30),
            SamplingInterval = Duration.FromSeconds(30),
        };
        var s = m.RunWithPumpFraction("random", (pump.Get % 11) / 10.0);
        bool Conserved(TimeSeries<Concentration> inside, TimeSeries<Concentration> outside)
        {
            double start = (inside.Initial.MolesPerCubicMeter * s.CellVolume.Initial.CubicMeters) + (outside.Initial.MolesPerCubicMeter * s.ExtracellularVolume.Initial.CubicMeters);
            double end = (inside.Final.MolesPerCubicMeter * s.CellVolume.Final.CubicMeters) + (outside.Final.MolesPerCubicMeter * s.ExtracellularVolume.Final.CubicMeters);
            return Math.Abs(end - start) <= 1e-9 * start;
        }

        double total0 = s.CellVolume.Initial.CubicMeters + s.ExtracellularVolume.Initial.CubicMeters;
        double total1 = s.CellVolume.Final.CubicMeters + s.ExtracellularVolume.Final.CubicMeters;
        return Conserved(s.SodiumInside, s.SodiumOutside) && Conserved(s.PotassiumInside, s.PotassiumOutside) && Conserved(s.ChlorideInside, s.ChlorideOutside)
            && Math.Abs(total1 - total0) <= 1e-12 * total0;
    }

    /// <summary>
    /// Ca²⁺ is conserved too, counting the buffered part: (free + bound) V_in + [Ca²⁺]ₒ V_out stays what it was (relative
    /// 10⁻⁹) while NCX, PMCA and the leak move it and the cell swells, whatever the fraction of the ATPases left.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 5)]
    public bool Calcium_free_and_bound_is_conserved(FsCheck.PositiveInt pump)
    {
        var m = IschaemiaModel.Default;
        var sim = new Simulation(m.CellModel((pump.Get % 11) / 10.0), m.Temperature, m.TimeStep, m.RestingPotential);
        double Amount() => (sim.InsideTotalConcentration(Ions.Calcium).MolesPerCubicMeter * sim.InsideVolume.CubicMeters)
                           + (sim.OutsideConcentration(Ions.Calcium).MolesPerCubicMeter * sim.OutsideVolume!.Value.CubicMeters);
        double start = Amount();
        sim.AdvanceQuasiSteady(Duration.FromSeconds(30), 1e-8);
        return Math.Abs(Amount() - start) <= 1e-9 * start;
    }

    /// <summary>
    /// A second integration method: the same cell stepped by the fixed-step Simulation (0.5 ms, implicit V, every
    /// variable advanced together) for the first minute of ischaemia ends where the model's quasi-steady run does
    /// (0.05 mV, 0.1 % of each concentration, 10⁻⁴ of the volume).
    /// </summary>
    [Fact]
    public void Fixed_step_and_quasi_steady_integration_agree()
    {
        var m = IschaemiaModel.Default with { Duration = Duration.FromSeconds(60), SamplingInterval = Duration.FromSeconds(60) };
        var quasi = m.RunWithPumpFraction("quasi-steady", 0);
        var sim = new Simulation(m.CellModel(0), m.Temperature, m.TimeStep, m.RestingPotential);
        sim.Advance(Duration.FromSeconds(60));
        Assert.Equal(sim.Voltage.Millivolts, quasi.Voltage.Final.Millivolts, 0.05);
        Assert.Equal(sim.InsideConcentration(Ions.Sodium).Millimolar, quasi.SodiumInside.Final.Millimolar, quasi.SodiumInside.Final.Millimolar * 1e-3);
        Assert.Equal(sim.OutsideConcentration(Ions.Potassium).Millimolar, quasi.PotassiumOutside.Final.Millimolar, quasi.PotassiumOutside.Final.Millimolar * 1e-3);
        Assert.Equal(sim.InsideConcentration(Ions.Calcium).Millimolar, quasi.CalciumInside.Final.Millimolar, quasi.CalciumInside.Final.Millimolar * 1e-3);
        Assert.Equal(sim.InsideVolume.CubicMeters, quasi.CellVolume.Final.CubicMeters, quasi.CellVolume.Final.CubicMeters * 1e-4);
    }

    /// <summary>
    /// Whether NCX reverses in the default run, and what decides it. At rest PMCA carries two thirds of the Ca²⁺ efflux
    /// and NCX one third (by hand below from Luo and Rudy's 1994 laws at −65 mV, 12/145 mM Na⁺, 0.1 µM/1.5 mM Ca²⁺), so
    /// V sits 7.8 mV below E_NCX = −57.2 mV. Both ATPases fail together (ATP gone), so from then on NCX is again Ca²⁺'s only
    /// way out against a leak three times its resting flux: the buffered [Ca²⁺]ᵢ climbs and raises E_NCX faster than the
    /// slow depolarisation (no voltage-gated channels) and the Na⁺ load lower it. NCX therefore runs forward at every
    /// 1-s sample (the reported moment is null), V approaching E_NCX from below (within 2 mV after 5 min). Checked by hand
    /// at every sample: E_NCX from the sampled concentrations, the bound Ca²⁺ counted by the buffer's law.
    /// </summary>
    [Fact]
    public void After_the_onset_NCX_runs_forward_with_V_approaching_E_NCX()
    {
        double rtOverF = RtOverFMillivolts;
        double ncx = -2000 * ((Math.Exp(0.35 * -65 / rtOverF) * 12 * 12 * 12 * 1.5) - (Math.Exp(-0.65 * -65 / rtOverF) * 145 * 145 * 145 * 1e-4))
                     / (((87.5 * 87.5 * 87.5) + (145 * 145 * 145)) * (1.38 + 1.5) * (1 + (0.1 * Math.Exp(-0.65 * -65 / rtOverF)))); // µA/cm², Ca²⁺ out per unit F
        double pmca = 1.15 * 0.1 / (0.1 + 0.5) / 2;                                                                           // µA/cm² / 2: Ca²⁺ out per unit F
        Assert.InRange(pmca / (pmca + ncx), 0.6, 0.7);
        var s = Default.Ischaemia;
        Assert.Equal(-57.2, ExchangerReversalByHand(s, 0), 0.05);
        Assert.Null(s.ExchangerReversalTime);
        for (int i = 0; i < s.Voltage.Count; i++)
        {
            Assert.True(s.Voltage[i].Millivolts < ExchangerReversalByHand(s, i), $"V above E_NCX at {s.Voltage.Times[i]}");
        }

        Assert.InRange(ExchangerReversalByHand(s, s.Voltage.Count - 1) - s.Voltage.Final.Millivolts, 0, 2);
    }

    /// <summary>
    /// At the onset itself NCX reverses for a few milliseconds: the ATPases' outward currents (about 0.38 + 0.19 µA/cm²)
    /// vanish at once, V jumps about 8 mV, just past E_NCX = −57.2 mV, and the Ca²⁺ leak, no longer balanced, lifts
    /// [Ca²⁺]ᵢ and E_NCX back above V within 5 ms. The step failure is the model's idealisation (ATP runs down over
    /// minutes in tissue) and the quasi-steady V has no membrane time constant, so this is a bound on what a step can do,
    /// not a prediction; the 1-s sampling of the default run does not see it. Sampled every 1 ms, checked by hand.
    /// </summary>
    [Fact]
    public void At_the_onset_NCX_reverses_for_milliseconds()
    {
        var s = (IschaemiaModel.Default with { Duration = Duration.FromMilliseconds(20), SamplingInterval = Duration.FromMilliseconds(1) }).RunWithPumpFraction("onset", 0);
        Assert.Equal(Duration.FromMilliseconds(1), s.ExchangerReversalTime);
        Assert.True(s.Voltage[1].Millivolts > ExchangerReversalByHand(s, 1));
        Assert.InRange(s.Voltage[1].Millivolts, -58, -56);
        Assert.True(s.Voltage[10].Millivolts < ExchangerReversalByHand(s, 10));
    }

    /// <summary>
    /// What the buffer does: a buffer far stronger than calmodulin (10 mM at K_d 2.38 µM, as in a cell loaded with a
    /// chelator; not a default) slows [Ca²⁺]ᵢ so much that NCX stays reversed for about a second (1.19 s) after the onset rather than
    /// milliseconds, and then runs forward again once [Ca²⁺]ᵢ has caught up.
    /// </summary>
    [Fact]
    public void A_strong_buffer_keeps_NCX_reversed_longer_after_the_onset()
    {
        var s = (IschaemiaModel.Default with { CalciumBufferTotal = Concentration.FromMillimolar(10), Duration = Duration.FromSeconds(60) }).RunWithPumpFraction("strong buffer", 0);
        Assert.Equal(Duration.FromSeconds(1), s.ExchangerReversalTime);
        Assert.True(s.Voltage[1].Millivolts > ExchangerReversalByHand(s, 1, 10));
        Assert.True(s.Voltage[60].Millivolts < ExchangerReversalByHand(s, 60, 10));
    }

    private const double RtOverFMillivolts = 8.314462618 * 310.15 / 96485.33212 * 1000;

    // E_NCX = 3E_Na − 2E_Ca in mV from the sampled concentrations, 37 °C, R and F of SI 2019. [Ca²⁺]ₒ is not recorded: it
    // follows from conservation, the Ca²⁺ the cell took up (free + bound, the buffer's B_T diluting with the cell's volume,
    // bound = B_T c/(c + K_d)) leaving a closed space that started at 1.5 mM and shrinks as the cell swells.
    private static double ExchangerReversalByHand(IschaemiaScenario s, int i, double bufferTotalMillimolar = 0.05)
    {
        const double kd = 2.38e-3; // mM, calmodulin (Luo and Rudy 1994)
        double TotalInside(int k) => s.CalciumInside[k].Millimolar * (1 + (bufferTotalMillimolar * s.CellVolume.Initial.CubicMeters / s.CellVolume[k].CubicMeters / (s.CalciumInside[k].Millimolar + kd)));
        double calciumOutside = ((1.5 * s.ExtracellularVolume.Initial.CubicMeters) + (TotalInside(0) * s.CellVolume.Initial.CubicMeters)
            - (TotalInside(i) * s.CellVolume[i].CubicMeters)) / s.ExtracellularVolume[i].CubicMeters;
        double eNa = RtOverFMillivolts * Math.Log(s.SodiumOutside[i].Millimolar / s.SodiumInside[i].Millimolar);
        double eCa = RtOverFMillivolts / 2 * Math.Log(calciumOutside / s.CalciumInside[i].Millimolar);
        return (3 * eNa) - (2 * eCa);
    }

    /// <summary>
    /// The depolarisation-block indicator: h∞ = α_h/(α_h + β_h) of Hodgkin and Huxley (1952), α_h = 0.07 e^(−(V+65)/20),
    /// β_h = 1/(1 + e^(−(V+35)/10)) (ms⁻¹, V in mV), worked out here at each run's final V: 0.596 at rest (HH's resting h,
    /// 0.5961 in NEURON's hh.mod), and after 5 min of ischaemia (V near −36 mV) below 0.05, i.e. more than 95 % of such
    /// channels inactivated. The model has no Na⁺ channels; this says what they would do at its V.
    /// </summary>
    [Fact]
    public void Sodium_channels_would_be_inactivated_at_the_ischaemic_potential()
    {
        static double HInfinity(double v)
        {
            double a = 0.07 * Math.Exp(-(v + 65) / 20), b = 1 / (1 + Math.Exp(-(v + 35) / 10));
            return a / (a + b);
        }

        Assert.Equal(0.5961, Default.Control.FinalSodiumChannelAvailability, 1e-3);
        foreach (var s in new[] { Default.Control, Default.Ischaemia })
        {
            Assert.Equal(HInfinity(s.Voltage.Final.Millivolts), s.FinalSodiumChannelAvailability, 1e-12);
        }

        Assert.True(Default.Ischaemia.FinalSodiumChannelAvailability < 0.05);
        Assert.Contains(Default.ToModelRun("ischaemia").Outcomes, o => o.Name == "Na⁺ channel h∞ (HH 1952), ischaemia");
    }

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var m = IschaemiaModel.Default with { ExtracellularFraction = 1 };
        Assert.Contains("ExtracellularFraction", Assert.Throws<ArgumentOutOfRangeException>(() => m.Run()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => IschaemiaModel.Default.RunWithPumpFraction("x", 1.5));
    }
}
