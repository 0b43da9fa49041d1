using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>One recorder for every run: the sampling rule, the shared time axis, and the simulation's drivers.</summary>
public class RecorderTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    [Theory]
    [InlineData(1, 10, 11)]
    [InlineData(1, 10.5, 11)]
    [InlineData(1, 0, 1)]
    [InlineData(0.1, 0.3, 4)] // 0.3/0.1 = 2.9999999999999996 in doubles: the grid point at 0.3 counts
    [InlineData(0.025, 100, 4001)]
    public void A_run_of_T_sampled_every_s_has_floor_T_over_s_plus_one_samples(double intervalMs, double durationMs, int samples) =>
        Assert.Equal(samples, new Recorder(Ms(intervalMs)).SampleCount(Ms(durationMs)));

    [Fact]
    public void Every_series_shares_the_one_time_axis_and_a_recording_stays_as_it_was_taken()
    {
        var clock = 0.0;
        var recorder = new Recorder(Ms(1));
        var v = recorder.Track("V", () => Mv(-65 + clock));
        var n = recorder.Track("n", "1", () => clock / 10);
        for (; clock <= 3; clock++)
        {
            recorder.Sample(Ms(clock));
        }

        var first = recorder.ToRecording();
        Assert.Same(first, recorder.ToRecording());
        Assert.Same(first.Series[0].Times, first.Series[1].Times);
        Assert.Same(first.Times, v.Series.Times);
        Assert.Equal([Mv(-65), Mv(-64), Mv(-63), Mv(-62)], v.Series.Values);
        Assert.Equal([0, 0.1, 0.2, 0.3], n.Series.Values);

        recorder.Sample(Ms(4));
        var second = recorder.ToRecording();
        Assert.Equal(4, first.Times.Count);
        Assert.Equal(5, second.Times.Count);
        Assert.Equal(Mv(-62), first.Voltage.Final);
        Assert.Equal(Mv(-61), second.Voltage.Final);
    }

    [Fact]
    public void Misuse_is_refused_with_the_reason()
    {
        var recorder = new Recorder(Ms(1));
        recorder.Track("V", () => Mv(-65));
        Assert.Contains("tracked already", Assert.Throws<ArgumentException>(() => recorder.Track("V", () => Mv(0))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => recorder.ToRecording());
        recorder.Sample(Ms(2));
        Assert.Throws<InvalidOperationException>(() => recorder.Track("n", "1", () => 0.5));
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => recorder.Sample(Ms(1))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => new Recorder(Duration.Zero)).ParamName);
        Assert.Equal("spikeThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new Recorder(Ms(1), Mv(double.NaN))).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => recorder.SampleCount(Ms(-1))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recorder(Duration.FromSeconds(1e-300)).SampleCount(Duration.FromSeconds(1)));

        var broken = new Recorder(Ms(1));
        broken.Track("[K⁺]o", () => Concentration.FromMillimolar(double.NaN));
        var e = Assert.Throws<NonFiniteStateException>(() => broken.Sample(Ms(3)));
        Assert.Contains("[K⁺]o", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_lookup_says_what_the_series_holds()
    {
        var recorder = new Recorder(Ms(1));
        recorder.Track("V", () => Mv(-65));
        recorder.Sample(Duration.Zero);
        var recording = recorder.ToRecording();
        Assert.Equal(Mv(-65), recording.SeriesNamed<ElectricPotential>("V").Initial);
        Assert.Contains("concentration", Assert.Throws<ArgumentException>(() => recording.SeriesNamed<Concentration>("V")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => recording.SeriesNamed("Na.m"));
    }

    [Fact]
    public void Advance_with_a_recorder_records_what_run_records_and_any_probe_added()
    {
        var model = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Ms(2), Ms(100), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        var run = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65)).Run(Ms(20), Ms(0.1), Mv(0));

        var sim = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
        var recorder = sim.CreateRecorder(Ms(0.1), Mv(0));
        var open = recorder.Track("Na open", "1", () => Math.Pow(sim.GateValue(0), 3) * sim.GateValue(1));
        sim.Advance(Ms(20), recorder);
        var recording = recorder.ToRecording();

        Assert.Equal(run.Times, recording.Times);
        Assert.Equal(run.Voltages, recording.Voltages);
        Assert.Equal(run.Gate("Na.h"), recording.Gate("Na.h"));
        Assert.Equal(run.SpikeTimes, recording.SpikeTimes);
        Assert.Equal(201, open.Series.Count);
        // m³h at rest ≈ 0.053³ · 0.60 ≈ 9·10⁻⁵; at the spike's peak g_Na ≈ 30–35 of ḡ_Na = 120 mS/cm² (HH 1952, Fig. 17).
        Assert.InRange(open.Series.Initial, 5e-5, 2e-4);
        Assert.InRange(open.Series.Values.Max(), 0.2, 0.35);
        Assert.Equal(["V", "Na.m", "Na.h", "K.n", "Na open"], recording.Series.Select(s => s.Name));
    }

    [Fact]
    public void A_run_continued_with_the_same_recorder_extends_its_axis()
    {
        var sim = new Simulation(CellModel.HodgkinHuxley(), Temperature.Squid, Ms(0.01), Mv(-65));
        var recorder = sim.CreateRecorder(Ms(1));
        sim.Advance(Ms(5), recorder);
        sim.Advance(Ms(1), new Recorder(Ms(1))); // elsewhere
        sim.Advance(Ms(3), recorder);
        Assert.Equal(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }.Select(Ms), recorder.ToRecording().Times);
        Assert.Equal("recorder.Interval", Assert.Throws<ArgumentOutOfRangeException>(() => sim.Advance(Ms(1), new Recorder(Ms(0.015)))).ParamName);
    }

    [Fact]
    public void The_quasi_steady_advance_samples_every_interval()
    {
        var t = Temperature.Body;
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [Channel.Ohmic("leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Mv(-70))])
            .WithChannel(Channel.Ohmic("Cl leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.05), Ions.Chloride))
            .WithConcentrations(new Solution((Ions.Chloride, Concentration.FromMillimolar(30))), new Solution((Ions.Chloride, Concentration.FromMillimolar(120))))
            .WithPools(Area.FromSquareMicrometers(1000), Volume.FromPicoliters(1), null);
        var sim = new Simulation(model, t, Ms(0.1), Mv(-70));
        var recorder = sim.CreateRecorder(Duration.FromSeconds(10));
        var chloride = recorder.Track("E_Cl", () => Membrane.Biophysics.Equilibrium.Nernst.Potential(Ions.Chloride, new IonGradient(sim.InsideConcentration(Ions.Chloride), sim.OutsideConcentration(Ions.Chloride)), t));
        var stats = sim.AdvanceQuasiSteady(Duration.FromSeconds(35), 1e-8, recorder);

        Assert.Equal([0.0, 10, 20, 30], recorder.ToRecording().Times.Select(x => x.Seconds));
        Assert.Equal(35, sim.Time.Seconds, 9);
        Assert.True(stats.AcceptedSteps > 0);
        // Cl⁻ leaks toward equilibrium at V: E_Cl moves monotonically toward the membrane potential.
        var e = chloride.Series.Values.Select(x => x.Millivolts).ToArray();
        Assert.True(e.Zip(e.Skip(1)).All(p => p.Second < p.First), string.Join(", ", e));
    }
}
