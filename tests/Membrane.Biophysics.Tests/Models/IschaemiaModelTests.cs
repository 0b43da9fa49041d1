using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>
/// The ischaemia model with voltage-gated channels: the derived leaks hold the cell at rest with its pumps and it fires
/// at every test pulse; ATP failure makes it fire on its own, then the depolarisation blocks it (test pulses no longer
/// evoke spikes); ions and water are conserved; the hybrid integration agrees with fixed steps throughout; the NCX
/// reversal intervals agree with E_NCX worked out by hand; and the published measurements the model is compared with
/// (Hossmann et al. 1977; the Copenhagen [K⁺]ₑ time course), hits and misses.
/// </summary>
public class IschaemiaModelTests
{
    private static readonly IschaemiaResult Default = (IschaemiaModel.Default with { Duration = Duration.FromMinutes(5) }).Run();

    /// <summary>With its pumps the cell stays at rest (the leaks were balanced with the channels' resting currents), fires one spike at every test pulse and none on its own.</summary>
    [Fact]
    public void With_its_pump_the_cell_stays_at_rest_and_fires_when_stimulated()
    {
        var c = Default.Control;
        Assert.Equal(-65, c.Voltage.Final.Millivolts, 0.2);
        Assert.Equal(12, c.SodiumInside.Final.Millimolar, 0.05);
        Assert.Equal(4, c.PotassiumOutside.Final.Millimolar, 0.2);
        Assert.Equal(0.1, c.CalciumInside.Final.Millimolar * 1000, 2e-3);
        Assert.Equal(0, c.Swelling, 1e-3);
        Assert.Equal(29, c.TestPulses.Count); // every 10 s from 10 s to 290 s (the last window must fit in 5 min)
        Assert.All(c.TestPulses, p => Assert.True(p.Spike && p.Peak.Millivolts > 20, $"no spike at {p.Time}"));
        Assert.Empty(c.SpontaneousSpikes);
        Assert.Null(c.ExcitabilityLostAt);
        Assert.True(c.FinalSodiumChannelAvailability > 0.9);
    }

    /// <summary>
    /// Without the pumps: the loss of their outward current depolarises the cell past threshold and it fires on its own
    /// (the persistent Na⁺ current keeps it going) for seconds; then [K⁺]ₒ in the small space has risen so far that V
    /// settles depolarised, the transient Na⁺ channels inactivate (h below 0.05) and test pulses no longer evoke spikes
    /// (depolarisation block, simulated). Then the slow run-down: Na⁺ in, K⁺ out, Ca²⁺ loads, the cell swells and the
    /// extracellular space shrinks.
    /// </summary>
    [Fact]
    public void Pump_failure_fires_the_cell_then_blocks_it_and_runs_the_gradients_down()
    {
        var s = Default.Ischaemia;
        Assert.NotEmpty(s.SpontaneousSpikes);
        Assert.True(s.SpontaneousSpikes[0] < Duration.FromSeconds(1));
        Assert.InRange(s.SpontaneousSpikes[^1].Seconds, 1, 10);
        Assert.Equal(Duration.FromSeconds(10), s.ExcitabilityLostAt);
        Assert.All(s.TestPulses, p => Assert.False(p.Spike));
        Assert.InRange(s.TestPulses[0].PotentialBefore.Millivolts, -25, -10);
        Assert.True(s.FinalSodiumChannelAvailability < 0.05);
        Assert.True(s.Voltage.Final > ElectricPotential.FromMillivolts(-10));
        Assert.True(s.SodiumInside.Final > s.SodiumInside.Initial);
        Assert.True(s.PotassiumInside.Final < s.PotassiumInside.Initial);
        Assert.True(s.PotassiumOutside.Final > s.PotassiumOutside.Initial * 10);
        Assert.True(s.CalciumInside.Final > s.CalciumInside.Initial * 100);
        Assert.True(s.ChlorideInside.Final > s.ChlorideInside.Initial);
        Assert.True(s.Swelling > 0.05);
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
            Duration = Duration.FromSeconds(20),
            SamplingInterval = Duration.FromSeconds(20),
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
    /// 10⁻⁹) while NCX, PMCA and the leak move it and the cell swells, whatever the fraction of the ATPases left (0.2 s of
    /// fixed steps, in which the cell may fire, then 30 s quasi-steady).
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 5)]
    public bool Calcium_free_and_bound_is_conserved(FsCheck.PositiveInt pump)
    {
        var m = IschaemiaModel.Default;
        var sim = new Simulation(m.CellModel((pump.Get % 11) / 10.0), m.Temperature, m.TimeStep, m.RestingPotential);
        double Amount() => (sim.InsideTotalConcentration(Ions.Calcium).MolesPerCubicMeter * sim.InsideVolume.CubicMeters)
                           + (sim.OutsideConcentration(Ions.Calcium).MolesPerCubicMeter * sim.OutsideVolume!.Value.CubicMeters);
        double start = Amount();
        sim.Advance(Duration.FromMilliseconds(200)); // fixed steps: the cell fires when the pumps are down
        sim.AdvanceQuasiSteady(Duration.FromSeconds(30), 1e-8);
        return Math.Abs(Amount() - start) <= 1e-9 * start;
    }

    /// <summary>
    /// The hybrid integration (fixed steps at the onset, around each test pulse, while the cell fires and while a slow gate
    /// lags its steady state; the quasi-steady advance elsewhere) against fixed steps of 25 µs throughout: with ATP lost
    /// at once (30 s) and lost with τ = 60 s (40 s, where the cell drifts through threshold slowly, fires for 11 s and then
    /// blocks). Equal spike counts and loss of excitability; V within 0.1 mV; [K⁺]ₒ, [Na⁺]ᵢ within 0.2 %; [Ca²⁺]ᵢ within
    /// 1 %; volume within 10⁻³. The same with astrocytes (<see cref="IschaemiaModel.Glia"/>, ATP lost at once), where the
    /// quasi-steady pieces hold V_g at the zero of the astrocyte's current.
    /// </summary>
    [Theory]
    [InlineData(0.0, 30.0, false)]
    [InlineData(60.0, 40.0, false)]
    [InlineData(0.0, 30.0, true)]
    public void Hybrid_and_fixed_step_integration_agree_throughout(double atpTauSeconds, double seconds, bool glia)
    {
        var m = IschaemiaModel.Default with { AtpTimeConstant = Duration.FromSeconds(atpTauSeconds), Duration = Duration.FromSeconds(seconds), Glia = glia ? TissueAstrocyte.Halnes2013 : null };
        var hybrid = m.RunWithPumpFraction("hybrid", 0);
        var fixedStep = (m with { Integration = IschaemiaIntegration.FixedStep }).RunWithPumpFraction("fixed", 0);
        Assert.Equal(fixedStep.SpontaneousSpikes.Count, hybrid.SpontaneousSpikes.Count);
        Assert.Equal(fixedStep.ExcitabilityLostAt, hybrid.ExcitabilityLostAt);
        Assert.Equal(fixedStep.TestPulses.Select(p => p.Spike), hybrid.TestPulses.Select(p => p.Spike));
        for (var i = 0; i < hybrid.Voltage.Count; i++)
        {
            Assert.Equal(fixedStep.Voltage[i].Millivolts, hybrid.Voltage[i].Millivolts, fixedStep.SpontaneousSpikes.Any(t => Math.Abs(t.Seconds - fixedStep.Voltage.Times[i].Seconds) < 0.05) ? 100 : 0.1);
        }

        Assert.Equal(fixedStep.PotassiumOutside.Final.Millimolar, hybrid.PotassiumOutside.Final.Millimolar, 2e-3 * fixedStep.PotassiumOutside.Final.Millimolar);
        Assert.Equal(fixedStep.SodiumInside.Final.Millimolar, hybrid.SodiumInside.Final.Millimolar, 2e-3 * fixedStep.SodiumInside.Final.Millimolar);
        Assert.Equal(fixedStep.CalciumInside.Final.Millimolar, hybrid.CalciumInside.Final.Millimolar, 1e-2 * fixedStep.CalciumInside.Final.Millimolar);
        Assert.Equal(fixedStep.CellVolume.Final.CubicMeters, hybrid.CellVolume.Final.CubicMeters, 1e-3 * fixedStep.CellVolume.Final.CubicMeters);
    }

    /// <summary>
    /// A gradual ATP loss (τ = 60 s) delays everything: the first test pulse (10 s) still evokes a spike, the cell starts
    /// firing on its own only after about 14 s, and excitability is lost later than with the step.
    /// </summary>
    [Fact]
    public void A_gradual_ATP_loss_delays_the_firing_and_the_block()
    {
        var s = (IschaemiaModel.Default with { AtpTimeConstant = Duration.FromSeconds(60), Duration = Duration.FromSeconds(60) }).RunWithPumpFraction("gradual", 0);
        Assert.True(s.TestPulses[0].Spike);
        Assert.InRange(s.SpontaneousSpikes[0].Seconds, 10, 20);
        Assert.True(s.ExcitabilityLostAt > Default.Ischaemia.ExcitabilityLostAt);
    }

    /// <summary>
    /// The NCX reversal intervals against E_NCX = 3E_Na − 2E_Ca worked out by hand from the sampled concentrations (every
    /// 0.1 s for 20 s of ischaemia, and the control's five minutes): V is above E_NCX at a sample exactly when the sample
    /// lies in a reported interval (samples within 1 ms of an interval's end are skipped). In the control NCX reverses
    /// only during the evoked spikes, each time for a few milliseconds; in ischaemia also with every spontaneous spike,
    /// then for good once the cell is blocked.
    /// </summary>
    [Fact]
    public void NCX_reversal_intervals_agree_with_E_NCX_by_hand()
    {
        var s = (IschaemiaModel.Default with { Duration = Duration.FromSeconds(20), SamplingInterval = Duration.FromMilliseconds(100) }).RunWithPumpFraction("ischaemia", 0);
        foreach (var run in new[] { s, Default.Control })
        {
            for (var i = 0; i < run.Voltage.Count; i++)
            {
                var t = run.Voltage.Times[i].Seconds;
                if (run.ExchangerReversals.Any(r => Math.Abs(r.Start.Seconds - t) < 1e-3 || Math.Abs(r.End.Seconds - t) < 1e-3))
                {
                    continue;
                }

                var reversed = run.Voltage[i].Millivolts > ExchangerReversalByHand(run, i);
                Assert.True(reversed == run.ExchangerReversals.Any(r => r.Start.Seconds <= t && t <= r.End.Seconds), $"{run.Label} at {t} s");
            }
        }

        var control = Default.Control.ExchangerReversals;
        Assert.Equal(Default.Control.TestPulses.Count, control.Count);
        Assert.All(control, r => Assert.InRange(r.Length.Milliseconds, 1, 10));
        Assert.All(control.Zip(Default.Control.TestPulses), p => Assert.InRange((p.First.Start - p.Second.Time).Milliseconds, 0, 2));
        Assert.True(s.ExchangerReversals.Count > s.SpontaneousSpikes.Count / 2);
        Assert.Equal(s.Voltage.Times[^1], s.ExchangerReversals[^1].End);
        Assert.Equal(s.ExchangerReversalTime, s.ExchangerReversals[0].Start);
    }

    /// <summary>
    /// NCX may already run in reverse at rest: with [Ca²⁺]ᵢ 0.05 µM instead of 0.1 µM, E_NCX = 3E_Na − 2E_Ca =
    /// 3(RT/F) ln(145/12) − (RT/F) ln(1.5/5·10⁻⁵) = −75.7 mV (by hand), below the resting −65 mV (the leaks still balance:
    /// PMCA's efflux exceeds the reversed NCX's influx). A control run of 5 s (no test pulse, whose spike's
    /// after-hyperpolarisation would dip below E_NCX) has V above E_NCX from t = 0 to its end, and its reversal intervals
    /// must say so: one interval from 0 to the end, and the first reversal at 0, not "never".
    /// </summary>
    [Fact]
    public void NCX_reversed_at_rest_is_one_interval_from_the_start()
    {
        var m = IschaemiaModel.Default with
        {
            Cytoplasm = IschaemiaModel.Default.Cytoplasm.With(Ions.Calcium, Concentration.FromMicromolar(0.05)),
            Duration = Duration.FromSeconds(5),
        };
        double eNcx = (3 * RtOverFMillivolts * Math.Log(145.0 / 12)) - (RtOverFMillivolts * Math.Log(1.5 / 5e-5));
        Assert.Equal(-75.7, eNcx, 0.05);
        var s = m.RunWithPumpFraction("reversed at rest", 1);
        Assert.Empty(s.TestPulses);
        Assert.Equal(-65, s.Voltage.Final.Millivolts, 0.2);
        Assert.Equal(Duration.Zero, s.ExchangerReversalTime);
        var interval = Assert.Single(s.ExchangerReversals);
        Assert.Equal(Duration.Zero, interval.Start);
        Assert.Equal(s.Voltage.Times[^1], interval.End);
    }

    /// <summary>
    /// At [Ca²⁺]ᵢ 0.03 µM NCX runs in reverse at rest (E_NCX = −89.4 mV by hand, below −65 mV) and brings in more Ca²⁺
    /// (Luo and Rudy's law worked by hand in Python: 8.6·10⁻⁹ mol/(m²·s)) than the PMCA removes (1.15 µA/cm² × 0.03/0.53
    /// = 0.065 µA/cm², 3.4·10⁻⁹ mol/(m²·s)): the Ca²⁺ leak would need a negative permeability. The model says so
    /// instead of returning one (or failing later with a message about a permeability the caller never gave).
    /// </summary>
    [Fact]
    public void A_resting_state_no_calcium_leak_can_balance_is_refused()
    {
        var m = IschaemiaModel.Default with { Cytoplasm = IschaemiaModel.Default.Cytoplasm.With(Ions.Calcium, Concentration.FromMicromolar(0.03)) };
        var e = Assert.Throws<InvalidOperationException>(() => m.RestingPermeabilities());
        Assert.Contains("Ca²⁺", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => m.Run());
    }

    /// <summary>
    /// Published measurement 1: Hossmann, K.-A., Sakaki, S. and Zimmerman, V. (1977) Cation activities in reversible
    /// ischemia of the cat brain. <i>Stroke</i> 8, 77–81 (abstract): after 1 h of complete ischaemia [K⁺]ₑ 3.3 ± 0.3 →
    /// 56 ± 5.4 mEq/L, [Na⁺]ₑ 133 ± 3.8 → 53 ± 5.8 mEq/L, extracellular space 18.9 → 8.5 vol % (mean ± SE). The model
    /// after 1 h: [Na⁺]ₒ 59 mM, within 1.1 SE of the measurement; but [K⁺]ₒ 192 mM, 3.4 times the measured 56 — a miss:
    /// the closed extracellular space has no glial uptake and no exchange with blood or CSF — and the extracellular
    /// fraction 2.5 vol % against 8.5, a miss in the same direction (the cell takes up more water than tissue does).
    /// Recorded as found, not tuned.
    /// </summary>
    [Fact]
    public void After_one_hour_Na_o_matches_Hossmann_1977_but_K_o_and_the_space_miss()
    {
        var s = (IschaemiaModel.Default with { Duration = Duration.FromMinutes(60), SamplingInterval = Duration.FromMinutes(1), TestPulseInterval = Duration.FromMinutes(30) }).RunWithPumpFraction("1 h", 0);
        Assert.InRange(s.SodiumOutside.Final.Millimolar, 53 - (2 * 5.8), 53 + (2 * 5.8));                   // hit, within 2 SE
        Assert.InRange(s.PotassiumOutside.Final.Millimolar / 56, 3.0, 4.0);                                 // miss: 3.4×
        double fraction = s.ExtracellularVolume.Final.CubicMeters / (s.ExtracellularVolume.Final.CubicMeters + s.CellVolume.Final.CubicMeters);
        Assert.InRange(100 * fraction, 1, 5);                                                              // miss: 8.5 vol % measured
    }

    /// <summary>
    /// Published measurement 2 (rat cortex, complete ischaemia; abstract at https://scilit.com/publications/8bea97edfbf82912bab661ec7a6ea0e1,
    /// the Copenhagen group): [K⁺]ₑ rises slowly from 3 to 9 mM in about 2 min, then abruptly to 60 mM within 10 s (the
    /// anoxic depolarisation), the abrupt rise starting at [K⁺]ₑ 8–10 mM. The model shows the same two phases, a slow rise
    /// then an abrupt one beyond 10 mM once the cell depolarises (here: the first 1-s sample with V above −30 mV), and the
    /// abrupt rise starts at 11–13 mM, just above the measured 8–10 mM; but with ATP lost at once it comes after 4–5 s,
    /// not 2 min, and with ATP falling with τ = 60 s after 25 s: a miss by a factor of 5 or more. The cell has no glia or
    /// blood flow to buffer K⁺ and its pump-derived leak conductance is small, so little current moves it past threshold.
    /// </summary>
    [Theory]
    [InlineData(0.0, 3, 6)]
    [InlineData(60.0, 20, 30)]
    public void The_anoxic_depolarisation_comes_too_early_against_the_rat_cortex(double atpTauSeconds, double earliest, double latest)
    {
        var s = (IschaemiaModel.Default with { AtpTimeConstant = Duration.FromSeconds(atpTauSeconds), Duration = Duration.FromSeconds(40) }).RunWithPumpFraction("rat", 0);
        var i = Enumerable.Range(0, s.Voltage.Count).First(k => s.Voltage[k].Millivolts > -30);
        Assert.InRange(s.Voltage.Times[i].Seconds, earliest, latest);                                       // measured ≈ 120 s: a miss
        Assert.InRange(s.PotassiumOutside[i - 1].Millimolar, 6, 14);                                        // measured 8–10 mM at the start of the abrupt rise
        Assert.True(s.PotassiumOutside[Math.Min(i + 10, s.Voltage.Count - 1)].Millimolar > 40);            // abrupt: tens of mM within 10 s
    }

    /// <summary>
    /// Hossmann et al. (1977) again (see above), now with astrocytes (<see cref="TissueAstrocyte.Halnes2013"/>: tissue
    /// neuron 0.4 / astrocyte 0.4 / extracellular space 0.2, Kir, leaks, pump failing with the neuron's, Kager's buffer).
    /// After 1 h: [Na⁺]ₒ 52 mM, still a hit; [K⁺]ₒ 136 mM, 2.4 times the measured 56 — a smaller miss than without
    /// (192 mM), the buffer and the astrocyte's cytoplasm holding K⁺, but still a miss: the astrocytes' own pump fails too
    /// and nothing carries K⁺ out of the tissue; the extracellular space 0.9 vol % against 8.5 — a larger miss (the neuron
    /// swells 48 %, into a space that is now half the neuron's volume, and the fixed-volume astrocyte gives none back).
    /// The astrocytes' own [K⁺] rises only from 100 to 108 mM (their pump gone, V_g sits at their E_K, +6 mV) and the
    /// buffer saturates (496 of 500 mM). K⁺ is conserved through the hybrid hour. Recorded as found, not tuned.
    /// </summary>
    [Fact]
    public void With_astrocytes_after_one_hour_Na_o_still_matches_Hossmann_1977_K_o_misses_less_and_the_space_more()
    {
        var m = IschaemiaModel.Default with { Glia = TissueAstrocyte.Halnes2013, Duration = Duration.FromMinutes(60), SamplingInterval = Duration.FromMinutes(1), TestPulseInterval = Duration.FromMinutes(30) };
        var s = m.RunWithPumpFraction("1 h", 0);
        var astrocyte = m.CellModel(0).Astrocyte!.Volume.CubicMeters;                                      // fixed
        Assert.Equal(s.CellVolume.Initial.CubicMeters, astrocyte, 1e-12 * astrocyte);                      // 0.4 : 0.4
        Assert.Equal(0.5 * s.CellVolume.Initial.CubicMeters, s.ExtracellularVolume.Initial.CubicMeters, 1e-12 * astrocyte); // 0.2 : 0.4
        Assert.InRange(s.SodiumOutside.Final.Millimolar, 53 - (2 * 5.8), 53 + (2 * 5.8));                   // hit, within 2 SE
        Assert.InRange(s.PotassiumOutside.Final.Millimolar / 56, 2.2, 2.7);                                 // miss: 2.4×
        double fraction = s.ExtracellularVolume.Final.CubicMeters / (s.ExtracellularVolume.Final.CubicMeters + s.CellVolume.Final.CubicMeters + astrocyte);
        Assert.InRange(100 * fraction, 0.5, 1.5);                                                          // miss: 8.5 vol % measured
        double PotassiumAmount(int k) => (s.PotassiumInside[k].MolesPerCubicMeter * s.CellVolume[k].CubicMeters) + ((s.PotassiumOutside[k].MolesPerCubicMeter + s.BufferedPotassium![k].MolesPerCubicMeter) * s.ExtracellularVolume[k].CubicMeters)
                                         + (s.AstrocytePotassium![k].MolesPerCubicMeter * astrocyte);
        Assert.Equal(PotassiumAmount(0), PotassiumAmount(s.Voltage.Count - 1), 1e-9 * PotassiumAmount(0));   // K⁺ conserved through the hybrid hour
        Assert.InRange(s.AstrocytePotassium![^1].Millimolar - s.AstrocytePotassium[0].Millimolar, 5, 10);   // the astrocytes took up 7.6 mM, V_g at their E_K
        Assert.InRange(s.BufferedPotassium![^1].Millimolar, 450, 500);                                      // the buffer saturated (B_T 500 mM)
    }

    /// <summary>
    /// The rat-cortex time course (see above) with astrocytes: the two phases are gone. With ATP lost at once the cell
    /// fires for about 3.4 s and then oscillates below 0 mV between about −45 and −27 mV, while the astrocytes' buffer (Kager's, 500 mM capacity, steep
    /// above 15 mM) and Kir uptake keep [K⁺]ₒ between 10 and 13 mM for the whole minute: no abrupt rise to 60 mM at all,
    /// a miss of another kind. Not tuned.
    /// </summary>
    [Fact]
    public void With_astrocytes_the_abrupt_K_o_rise_of_the_rat_cortex_is_lost()
    {
        var s = (IschaemiaModel.Default with { Glia = TissueAstrocyte.Halnes2013, Duration = Duration.FromSeconds(60) }).RunWithPumpFraction("rat", 0);
        Assert.InRange(s.PotassiumOutside.Values.Max(c => c.Millimolar), 10, 13);                          // measured: 60 mM within 10 s of the depolarisation
        Assert.InRange(s.SpontaneousSpikes[^1].Seconds, 2, 5);
        Assert.All(s.TestPulses, p => Assert.False(p.Spike));
    }

    /// <summary>With astrocytes and working pumps the tissue stays at rest (the astrocytes' leaks balanced by their pump at V_g rest); with the ATP gone their pump is gone too.</summary>
    [Fact]
    public void With_astrocytes_the_control_tissue_stays_at_rest_and_the_glial_pump_fails_with_the_neuron_s()
    {
        var m = IschaemiaModel.Default with { Glia = TissueAstrocyte.Halnes2013, Duration = Duration.FromSeconds(30) };
        var s = m.RunWithPumpFraction("control", 1);
        Assert.InRange(s.PotassiumOutside.Final.Millimolar, 3.95, 4.1);
        Assert.InRange(s.Voltage.Final.Millivolts, -65.5, -64.5);
        Assert.Equal(TissueAstrocyte.Halnes2013.RestingPotential(m.ExtracellularFluid, m.Temperature).Millivolts, s.AstrocyteVoltage!.Final.Millivolts, 0.5);
        Assert.Null(IschaemiaModel.Default.RunWithPumpFraction("x", 1).AstrocyteVoltage);
        Assert.Equal(0, ((SodiumPotassiumAtpaseKinetics)m.CellModel(0).Astrocyte!.Pump!).MaximalCurrent.AmperesPerSquareMeter);
        Assert.Equal(TissueAstrocyte.Halnes2013.PumpMaximalCurrent(m.ExtracellularFluid, m.Temperature), ((SodiumPotassiumAtpaseKinetics)m.CellModel(1).Astrocyte!.Pump!).MaximalCurrent);
        Assert.Null(IschaemiaModel.Default.CellModel(1).Astrocyte);                                          // the default has none
        Assert.Contains("Glia", Assert.Throws<ArgumentOutOfRangeException>(() => (IschaemiaModel.Default with { Glia = TissueAstrocyte.Halnes2013 with { Fraction = 0.9 } }).Run()).Message, StringComparison.Ordinal);
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

    [Fact]
    public void Bad_parameters_are_refused_with_their_name()
    {
        var m = IschaemiaModel.Default with { ExtracellularFraction = 1 };
        Assert.Contains("ExtracellularFraction", Assert.Throws<ArgumentOutOfRangeException>(() => m.Run()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => IschaemiaModel.Default.RunWithPumpFraction("x", 1.5));
        Assert.Contains("TestPulseLength", Assert.Throws<ArgumentOutOfRangeException>(() => (IschaemiaModel.Default with { TestPulseLength = Duration.FromMicroseconds(30) }).RunWithPumpFraction("x", 0)).Message, StringComparison.Ordinal);
        Assert.Contains("GateTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => (IschaemiaModel.Default with { GateTolerance = 0 }).Run()).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => (IschaemiaModel.Default with { PersistentSodiumConductance = ConductanceDensity.FromMillisiemensPerSquareCentimeter(100) }).Run());
        Assert.Contains("Integration", Assert.Throws<ArgumentOutOfRangeException>(() => (IschaemiaModel.Default with { Integration = (IschaemiaIntegration)7 }).Run()).Message, StringComparison.Ordinal);
        Assert.Contains("TestPulseAmplitude", Assert.Throws<ArgumentOutOfRangeException>(() => (IschaemiaModel.Default with { TestPulseAmplitude = CurrentDensity.FromMicroamperesPerSquareCentimeter(0) }).Run()).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A probe window longer than the gap between pulses would put the next pulse inside this pulse's response window:
    /// with pulses every 40 ms and the default 50-ms window the control (which only fires when pulsed) was reported to
    /// fire on its own at 83 ms and to miss the 80-ms pulse. Refused instead, naming the window; a window that fits runs.
    /// </summary>
    [Fact]
    public void A_probe_window_that_overlaps_the_next_pulse_is_refused()
    {
        var m = IschaemiaModel.Default with { TestPulseInterval = Duration.FromMilliseconds(40), Duration = Duration.FromMilliseconds(500) };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => m.RunWithPumpFraction("control", 1));
        Assert.Contains("ProbeWindow", e.Message, StringComparison.Ordinal);
        var fits = (m with { ProbeWindow = Duration.FromMilliseconds(19) }).RunWithPumpFraction("control", 1);
        Assert.Empty(fits.SpontaneousSpikes);
        Assert.Equal(12, fits.TestPulses.Count); // 40 ms … 480 ms
        Assert.All(fits.TestPulses, p => Assert.True(p.Spike, $"no spike at {p.Time}"));
    }
}
