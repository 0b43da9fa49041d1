using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>The single-compartment simulator: exactness of the gate update, allocation, errors, clamp.</summary>
public partial class SimulationTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static CurrentDensity UaCm2(double value) => CurrentDensity.FromMicroamperesPerSquareCentimeter(value);

    /// <summary>
    /// Under a clamp V is fixed, so n obeys dn/dt = (n∞ − n)/τ exactly and n(t) = n∞ − (n∞ − n₀) e^(−t/τ)
    /// (HH 1952 eq. 11): the Rush–Larsen update must reproduce it to rounding at any step size, even Δt ≫ τ.
    /// </summary>
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(5.0)]
    public void Rush_Larsen_is_exact_for_a_gate_at_fixed_voltage(double dtMs)
    {
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [HodgkinHuxley1952.Potassium])
            .WithVoltageClamp(Mv(-65), new ClampStep(Ms(0), Ms(1000), Mv(0)));
        var sim = new Simulation(model, Temperature.Squid, Ms(dtMs), Mv(-65));
        var n0 = HodgkinHuxley1952.N.SteadyState(Mv(-65));
        var nInf = HodgkinHuxley1952.N.SteadyState(Mv(0));
        var tau = HodgkinHuxley1952.N.TimeConstant(Mv(0), Temperature.Squid).Seconds;
        var recording = sim.Run(Ms(20), Ms(dtMs * (dtMs < 1 ? 10 : 1)), Mv(0));
        for (var i = 0; i < recording.Times.Count; i++)
        {
            var t = recording.Times[i].Seconds;
            var n = i == 0 ? n0 : nInf - ((nInf - n0) * Math.Exp(-t / tau));
            Assert.Equal(n, recording.Gate("K.n")[i], 1e-13);
            if (i > 0)
            {
                Assert.Equal(36e-3 * 1e4 * Math.Pow(n, 4) * 0.077, recording.ClampCurrents[i].AmperesPerSquareMeter, 1e-10);
            }
        }
    }

    /// <summary>
    /// Zero bytes over a window of 10 000 steps (spikes included). The least of three windows is taken: an allocation
    /// in the step would show in every window, while a one-off runtime allocation on this thread (a tier-up
    /// recompilation landing mid-window, seen once under load) can only spoil one.
    /// </summary>
    [Fact]
    public void A_step_allocates_nothing()
    {
        var model = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Ms(1), Ms(1000), UaCm2(10)));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        Assert.Equal(0, LeastAllocatedOverThreeWindows(sim, 10_000));
        Assert.True(sim.SpikeCount > 10, $"{sim.SpikeCount} spikes: the windows must have crossed spikes too");
    }

    /// <summary>
    /// Hours of firing through <see cref="Simulation.Advance"/> keep no spike times (only <see cref="Simulation.SpikeCount"/>), so
    /// memory does not grow with the spikes; <see cref="Simulation.Run"/> still times the spikes of its own span.
    /// </summary>
    [Fact]
    public void Advancing_through_many_spikes_allocates_nothing_and_Run_still_times_its_spikes()
    {
        var model = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Ms(1), Ms(100_000), UaCm2(10)));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.025), Mv(-65));
        sim.Advance(Ms(50));
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.Advance(Ms(2000)); // about 140 spikes, more than the 64 the buffer starts with
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sim.SpikeCount > 100, $"{sim.SpikeCount} spikes");
        var counted = sim.SpikeCount;
        var recording = sim.Run(Ms(100), Ms(0.1), Mv(0));
        Assert.Equal(sim.SpikeCount - counted, recording.SpikeTimes.Count);
        Assert.InRange(recording.SpikeTimes.Count, 5, 9); // ~70 Hz at 10 µA/cm², 6.3 °C (Hodgkin–Huxley's f–I curve)
        Assert.All(recording.SpikeTimes, t => Assert.InRange(t.Milliseconds, 2050, 2150));
    }

    internal static long LeastAllocatedOverThreeWindows(Simulation sim, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            sim.Step(); // warm-up: JIT, and the first spikes
        }

        var least = long.MaxValue;
        for (var window = 0; window < 3; window++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < steps; i++)
            {
                sim.Step();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    /// <summary>DESIGN.md §5: a non-finite state is reported with the time and the variable, never handed back.</summary>
    [Fact]
    public void A_voltage_that_overflows_throws_with_the_time_and_the_variable()
    {
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
            .WithCurrentStep(new CurrentStep(Ms(1), Ms(10), CurrentDensity.FromAmperesPerSquareMeter(1e308)));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        var e = Assert.Throws<NonFiniteStateException>(() => sim.Run(Ms(5), Ms(0.01), Mv(0)));
        Assert.Equal("V", e.Variable);
        Assert.InRange(e.Time.Milliseconds, 1.0, 1.05);
        Assert.Contains("t = 1.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_returning_NaN_throws_naming_the_gate()
    {
        var bad = new AlphaBetaKinetics(v => Rate.FromPerSecond(v.Millivolts > -20 ? double.NaN : 1000), _ => Rate.FromPerSecond(1000), 1, Temperature.Squid);
        var model = CellModel.HodgkinHuxley()
            .WithChannel(Channel.Ohmic("bad", ConductanceDensity.Zero, Mv(0), new Gate("q", bad, 1)))
            .WithCurrentStep(new CurrentStep(Ms(1), Ms(10), UaCm2(20)));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        var e = Assert.Throws<NonFiniteStateException>(() => sim.Advance(Ms(20)));
        Assert.Equal("gate bad.q", e.Variable);
        Assert.True(double.IsNaN(e.Value));
        Assert.InRange(e.Time.Milliseconds, 1, 5);
    }

    [Fact]
    public void Run_records_from_the_start_at_the_interval_and_rejects_intervals_that_are_not_whole_steps()
    {
        var sim = new Simulation(CellModel.HodgkinHuxley(), Temperature.Squid, Ms(0.025), Mv(-65));
        var r = sim.Run(Ms(10), Ms(0.5), Mv(0));
        Assert.Equal(21, r.Times.Count);
        Assert.Equal(0, r.Times[0].Seconds);
        Assert.Equal(10e-3, r.Times[^1].Seconds, 1e-15);
        Assert.Equal(["Na.m", "Na.h", "K.n"], r.GateNames);
        Assert.Empty(r.ClampCurrents);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => sim.Run(Ms(10), Ms(0.03), Mv(0))).ParamName);
        Assert.Throws<ArgumentException>(() => r.Gate("K.x"));
    }

    /// <summary>An ion-selective channel needs the model to hold that ion's concentrations.</summary>
    [Fact]
    public void A_channel_whose_ion_has_no_concentrations_is_rejected_when_compiled()
    {
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Membrane.Biophysics.Species.Ions.Potassium)]);
        var e = Assert.Throws<ArgumentException>(() => new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65)));
        Assert.Contains("potassium", e.Message, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The K⁺ voltage-clamp experiment, simulated: tail currents after a prepulse reverse at the Nernst E_K.</summary>
public class PotassiumClampTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static CurrentDensity Tail(ElectricPotential test)
    {
        var k = Membrane.Biophysics.Species.IonGradient.Millimolar(400, 20); // squid, Hille 2001 Table 1-1
        var channel = Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Membrane.Biophysics.Species.Ions.Potassium, new Gate("n", HodgkinHuxley1952.N, 4));
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [channel])
            .WithConcentrations(new Membrane.Biophysics.Species.Solution((Membrane.Biophysics.Species.Ions.Potassium, k.Inside)), new Membrane.Biophysics.Species.Solution((Membrane.Biophysics.Species.Ions.Potassium, k.Outside)))
            .WithVoltageClamp(Mv(-65), new ClampStep(Ms(5), Ms(10), Mv(20)), new ClampStep(Ms(15), Ms(10), test));
        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        sim.Advance(Ms(15.1));
        return sim.ClampCurrent;
    }

    /// <summary>Nernst (1889), E_K = (RT/F) ln(20/400) at 6.3 °C; the tail I–V read off by interpolation (Analysis.IvCurve).</summary>
    [Fact]
    public void Tail_current_IV_reverses_at_the_Nernst_potential()
    {
        var eK = Membrane.Biophysics.Equilibrium.Nernst.Potential(Membrane.Biophysics.Species.Ions.Potassium, Membrane.Biophysics.Species.IonGradient.Millimolar(400, 20), Temperature.Squid);
        Assert.Equal(0, Tail(eK).AmperesPerSquareMeter / Tail(Mv(-110)).AmperesPerSquareMeter, 1e-12);
        var grid = Membrane.Biophysics.Analysis.IvCurve.Grid(Mv(-110), Mv(-40), 15);
        var tails = grid.Select(Tail).ToArray();
        var read = Membrane.Biophysics.Analysis.IvCurve.ReversalPotential(grid, tails);
        Assert.Equal(eK.Millivolts, read.Millivolts, 0.01); // n relaxes a little in the 0.1 ms before the reading: the tail I–V is not quite linear
    }
}
