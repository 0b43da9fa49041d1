using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>A structure-of-arrays population must reproduce the single-cell simulator cell by cell.</summary>
public class PopulationTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static readonly double[] Amplitudes = [0, 5, 10, 20, 40, 60];

    /// <summary>
    /// The same scheme as a lone Simulation; only the HH gates' exponentials come from a SIMD exp and the singular rates
    /// from u/(1 − e^(−u)) rather than an exact expm1 (≤ 2.2e-12 relative), so after 60 ms with spikes V agrees to 1 nV.
    /// </summary>
    [Fact]
    public void Each_cell_matches_the_single_cell_simulator()
    {
        var bias = Amplitudes.Select(CurrentDensity.FromMicroamperesPerSquareCentimeter).ToArray();
        var population = new Population(CellModel.HodgkinHuxley(), bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0));
        population.Advance(Ms(60));
        for (var i = 0; i < bias.Length; i++)
        {
            var model = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), bias[i]));
            var single = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
            var run = single.Run(Ms(60), Ms(1), Mv(0));
            Assert.Equal(single.Voltage.Volts, population.Voltage(i).Volts, 1e-9);
            Assert.Equal(run.SpikeTimes.Count, population.SpikeCount(i));
            Assert.Equal(ActionPotentialShape.FiringRate(run.SpikeTimes, Duration.Zero, Ms(60)), population.FiringRate(i), 1e-6);
        }
    }

    /// <summary>Kinetics other than the HH 1952 gates go through their delegates per cell: the arithmetic is then the
    /// single-cell simulator's, in the same order, and every cell equals it bit for bit.</summary>
    [Fact]
    public void Other_kinetics_match_the_single_cell_simulator_bit_for_bit()
    {
        var n = HodgkinHuxley1952.N;
        var slowK = new SteadyStateGate(n.SteadyState, v => Duration.FromSeconds(2 / (n.Alpha(v) + n.Beta(v))), 3, Temperature.Squid);
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [HodgkinHuxley1952.Sodium, Channel.Ohmic("Kslow", HodgkinHuxley1952.PotassiumConductance, HodgkinHuxley1952.PotassiumReversal, new Gate("n", slowK, 4)), HodgkinHuxley1952.Leak]);
        var bias = new[] { 0.0, 8, 30 }.Select(CurrentDensity.FromMicroamperesPerSquareCentimeter).ToArray();
        var population = new Population(model, bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0));
        population.Advance(Ms(40));
        for (var i = 0; i < bias.Length; i++)
        {
            var single = new Simulation(model.WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), bias[i])), Temperature.Squid, Ms(0.01), Mv(-65));
            single.Advance(Ms(40));
            Assert.Equal(single.Voltage.Volts, population.Voltage(i).Volts, 0.0);
        }
    }

    /// <summary>
    /// The HH f–I curve from one population run, against NEURON's (tests/reference/hh_reference.json) at Δt = 5 µs with
    /// the first-order bound of <see cref="HodgkinHuxleyReferenceTests"/> (0.3 % covers the measured 0.16 %).
    /// </summary>
    [Fact]
    public void One_population_run_gives_the_f_I_curve()
    {
        var reference = Reference.Load("hh_reference.json").GetProperty("f_I").EnumerateArray()
            .Select(p => (Amplitude: p.GetProperty("amplitude_uA_per_cm2").GetDouble(), Rate: p.GetProperty("rate_Hz").GetDouble())).ToArray();
        var bias = reference.Select(r => CurrentDensity.FromMicroamperesPerSquareCentimeter(r.Amplitude)).ToArray();
        var model = CellModel.HodgkinHuxley();
        var population = new Population(model, bias, Temperature.Squid, Ms(0.005), Mv(-65), Mv(0));
        population.Advance(Ms(10));  // the reference's 10 ms before the step: here the bias is on from t = 0 ...
        population.Advance(Ms(90));  // ... so the transient it skips is 100 ms of stimulation either way
        population.ResetSpikes();
        population.Advance(Ms(200));
        for (var i = 0; i < reference.Length; i++)
        {
            if (reference[i].Rate == 0)
            {
                Assert.True(population.FiringRate(i) < 1, $"{reference[i].Amplitude} µA/cm²: {population.FiringRate(i)} Hz");
            }
            else
            {
                Assert.Equal(reference[i].Rate, population.FiringRate(i), reference[i].Rate * 3e-3);
            }
        }
    }

    [Fact]
    public void A_population_step_allocates_nothing_and_unsupported_models_are_refused()
    {
        var bias = Enumerable.Repeat(CurrentDensity.FromMicroamperesPerSquareCentimeter(10), 100).ToArray();
        var population = new Population(CellModel.HodgkinHuxley(), bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0));
        population.Advance(Ms(10));
        var least = long.MaxValue;
        for (var w = 0; w < 3; w++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            population.Advance(Ms(10));
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
        var synapse = Synapse.Ohmic("s", ConductanceDensity.Zero, Mv(0), SynapticKinetics.Constant);
        Assert.Throws<NotSupportedException>(() => new Population(CellModel.HodgkinHuxley().WithSynapse(synapse, []), bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0)));
        Assert.Equal("cell", Assert.Throws<ArgumentOutOfRangeException>(() => population.Voltage(100)).ParamName);
    }
}
