using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>A structure-of-arrays population must reproduce the single-cell simulator cell by cell.</summary>
public class PopulationTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    // 19 cells: two registers of 8 (AVX-512) or four of 4 (AVX2) on the vector kernel, and a tail on the per-cell path.
    private static readonly double[] Amplitudes = [0, 5, 10, 20, 40, 60, 6.5, 7, 8, 9, 12, 15, 25, 30, 35, 50, 80, 100, 2];

    private static Population HodgkinHuxleyPopulation(CurrentDensity[] bias, double dtMs, double startMv, bool vectorise) =>
        new(CellModel.HodgkinHuxley(), bias, Temperature.Squid, Ms(dtMs), Mv(startMv), Mv(0), null, vectorise);

    /// <summary>
    /// The vector kernel against a lone Simulation per cell (the scalar reference, exact expm1 and Math.Exp): its rates
    /// differ by a few ulps (its own exponential, x∞ and α + β from one division), so after 60 ms of firing at up to
    /// 100 µA/cm² V agrees to 1 nV and every spike count and rate agrees.
    /// </summary>
    [Fact]
    public void Each_cell_matches_the_single_cell_simulator()
    {
        var bias = Amplitudes.Select(CurrentDensity.FromMicroamperesPerSquareCentimeter).ToArray();
        var population = HodgkinHuxleyPopulation(bias, 0.01, -65, vectorise: true);
        Assert.Equal(System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated, population.IsVectorised);
        population.Advance(Ms(60));
        for (var i = 0; i < bias.Length; i++)
        {
            var model = CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), bias[i]));
            var single = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65));
            var run = single.Run(Ms(60), Ms(1), Mv(0));
            Assert.Equal(single.Voltage.Volts, population.Voltage(i).Volts, 1e-9);
            Assert.Equal(run.SpikeTimes.Count, population.SpikeCount(i));
            Assert.Equal(ActionPotentialShape.FiringRate(run.SpikeTimes, Duration.Zero, Ms(60)).Hertz, population.FiringRate(i).Hertz, 1e-6);
        }
    }

    /// <summary>The per-cell path on the same HH model performs the single-cell simulator's arithmetic in its order: bit for bit.</summary>
    [Fact]
    public void The_per_cell_path_matches_the_single_cell_simulator_bit_for_bit()
    {
        var bias = Amplitudes.Select(CurrentDensity.FromMicroamperesPerSquareCentimeter).ToArray();
        var population = HodgkinHuxleyPopulation(bias, 0.01, -65, vectorise: false);
        Assert.False(population.IsVectorised);
        population.Advance(Ms(30));
        for (var i = 0; i < bias.Length; i++)
        {
            var single = new Simulation(CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), bias[i])), Temperature.Squid, Ms(0.01), Mv(-65));
            single.Advance(Ms(30));
            Assert.Equal(single.Voltage.Volts, population.Voltage(i).Volts, 0.0);
        }
    }

    /// <summary>
    /// One step from V₀ through and around the removable singularities of α_m (−40 mV) and α_n (−55 mV), at the series
    /// switch (|u| = 10⁻⁴, i.e. ±10⁻³ mV), far out (±200 mV), at the edge of the vector window (±999 mV) and beyond it
    /// (1000.5 mV, per-cell path): every gate of the vector kernel within 1e-14 of the per-cell path's
    /// (which evaluates the published rates with an exact expm1), none NaN.
    /// </summary>
    [Theory]
    [InlineData(-40.0)]
    [InlineData(-55.0)]
    [InlineData(-40.0000001)]
    [InlineData(-54.9999999)]
    [InlineData(-40.001)]
    [InlineData(-39.999)]
    [InlineData(-55.001)]
    [InlineData(-54.999)]
    [InlineData(-65.0)]
    [InlineData(-200.0)]
    [InlineData(200.0)]
    [InlineData(-999.0)]
    [InlineData(999.0)]
    [InlineData(1000.5)]
    public void Vector_gates_agree_with_the_per_cell_path_through_the_singular_points(double startMv)
    {
        var bias = Enumerable.Repeat(CurrentDensity.Zero, 16).ToArray();
        var vector = HodgkinHuxleyPopulation(bias, 0.01, startMv, vectorise: true);
        var scalar = HodgkinHuxleyPopulation(bias, 0.01, startMv, vectorise: false);
        for (var step = 0; step < 3; step++)
        {
            vector.Step();
            scalar.Step();
            for (var gate = 0; gate < 3; gate++)
            {
                Assert.Equal(scalar.Gate(gate, 0), vector.Gate(gate, 0), 1e-14);
                Assert.False(double.IsNaN(vector.Gate(gate, 15)));
            }

            Assert.Equal(scalar.Voltage(0).Volts, vector.Voltage(0).Volts, Math.Abs(scalar.Voltage(0).Volts) * 1e-13);
        }
    }

    /// <summary>Kinetics other than the HH 1952 gates go through their delegates per cell: the arithmetic is then the
    /// single-cell simulator's, in the same order, and every cell equals it bit for bit.</summary>
    [Fact]
    public void Other_kinetics_match_the_single_cell_simulator_bit_for_bit()
    {
        var n = HodgkinHuxley1952.N;
        var slowK = new SteadyStateTauKinetics(n.SteadyState, v => 2 / (n.Alpha(v) + n.Beta(v)), 3, Temperature.Squid);
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [HodgkinHuxley1952.Sodium, Channel.Ohmic("Kslow", HodgkinHuxley1952.PotassiumConductance, HodgkinHuxley1952.PotassiumReversalPotential, new Gate("n", slowK, 4)), HodgkinHuxley1952.Leak]);
        var bias = new[] { 0.0, 8, 30 }.Select(CurrentDensity.FromMicroamperesPerSquareCentimeter).ToArray();
        var population = new Population(model, bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0));
        Assert.False(population.IsVectorised);
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
    /// the first-order bound of <see cref="HodgkinHuxleyReferenceTests"/> (0.3 % covers the measured 0.16 %), on the
    /// vector kernel and on the per-cell path.
    /// </summary>
    [Fact]
    public void One_population_run_gives_the_f_I_curve()
    {
        var reference = Reference.Load("hh_reference.json").GetProperty("f_I").EnumerateArray()
            .Select(p => (Amplitude: p.GetProperty("amplitude_uA_per_cm2").GetDouble(), Rate: p.GetProperty("rate_Hz").GetDouble())).ToArray();
        var bias = reference.Select(r => CurrentDensity.FromMicroamperesPerSquareCentimeter(r.Amplitude)).ToArray();
        foreach (var vectorise in new[] { true, false })
        {
            FiringRates(bias, vectorise, reference);
        }
    }

    private static void FiringRates(CurrentDensity[] amplitudes, bool vectorise, (double Amplitude, double Rate)[] reference)
    {
        // each amplitude three times over, so that it runs in a vector register's lanes as well as in the tail
        var bias = amplitudes.Concat(amplitudes).Concat(amplitudes).ToArray();
        var population = HodgkinHuxleyPopulation(bias, 0.005, -65, vectorise);
        population.Advance(Ms(10));  // the reference's 10 ms before the step: here the bias is on from t = 0 ...
        population.Advance(Ms(90));  // ... so the transient it skips is 100 ms of stimulation either way
        population.ResetSpikes();
        population.Advance(Ms(200));
        for (var cell = 0; cell < bias.Length; cell++)
        {
            var i = cell % reference.Length;
            if (reference[i].Rate == 0)
            {
                Assert.True(population.FiringRate(cell).Hertz < 1, $"{reference[i].Amplitude} µA/cm²: {population.FiringRate(cell)}");
            }
            else
            {
                Assert.Equal(reference[i].Rate, population.FiringRate(cell).Hertz, reference[i].Rate * 3e-3);
            }
        }
    }

    /// <summary>
    /// The vector kernel is not tied to the HH membrane, only to its gates: a cell with a doubled K⁺ conductance, an
    /// n³ K⁺ channel, Na⁺ with a Nernst reversal from concentrations and no leak takes it too, and matches a lone
    /// Simulation per cell to 1 nV after 40 ms.
    /// </summary>
    [Fact]
    public void Any_channels_made_of_HH_gates_take_the_vector_kernel()
    {
        var m = new Gate("m", HodgkinHuxley1952.M, 3);
        var h = new Gate("h", HodgkinHuxley1952.H, 1);
        var n = new Gate("n", HodgkinHuxley1952.N, 3);
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [
                Channel.Ohmic("Na", HodgkinHuxley1952.SodiumConductance, Ions.Sodium, m, h),
                Channel.Ohmic("K", ConductanceDensity.FromMillisiemensPerSquareCentimeter(72), HodgkinHuxley1952.PotassiumReversalPotential, n)])
            .WithConcentrations(
                new Solution((Ions.Sodium, Concentration.FromMillimolar(50))),
                new Solution((Ions.Sodium, Concentration.FromMillimolar(440))));
        var bias = Amplitudes.Select(CurrentDensity.FromMicroamperesPerSquareCentimeter).ToArray();
        var population = new Population(model, bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0));
        Assert.Equal(System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated, population.IsVectorised);
        population.Advance(Ms(40));
        for (var i = 0; i < bias.Length; i++)
        {
            var single = new Simulation(model.WithCurrentStep(new CurrentStep(Duration.Zero, Ms(1000), bias[i])), Temperature.Squid, Ms(0.01), Mv(-65));
            single.Advance(Ms(40));
            Assert.Equal(single.Voltage.Volts, population.Voltage(i).Volts, 1e-9);
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
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => new Population(CellModel.HodgkinHuxley().WithSynapse(synapse, []), bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0))).ParamName);
        var ncx = new NcxKinetics(CurrentDensity.FromMicroamperesPerSquareCentimeter(20), Concentration.FromMillimolar(87.5), Concentration.FromMillimolar(1.38), 0.1, 0.35);
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => new Population(CellModel.HodgkinHuxley().WithTransport(ncx), bias, Temperature.Squid, Ms(0.01), Mv(-65), Mv(0))).ParamName);
        Assert.Equal("cell", Assert.Throws<ArgumentOutOfRangeException>(() => population.Voltage(100)).ParamName);
    }

    /// <summary>
    /// Spreading the cells over cores changes nothing: 1 000 cells (shares of whole registers, a ragged last share) on
    /// one core and on two agree bit for bit in V and in every spike count, and a core count beyond the shares is fine.
    /// </summary>
    [Fact]
    public void Advancing_on_several_cores_is_bit_identical_to_one()
    {
        var bias = Enumerable.Range(0, 1000).Select(i => CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 97)).ToArray();
        var one = HodgkinHuxleyPopulation(bias, 0.025, -65, vectorise: true);
        var two = HodgkinHuxleyPopulation(bias, 0.025, -65, vectorise: true);
        var many = HodgkinHuxleyPopulation(bias, 0.025, -65, vectorise: true);
        one.Advance(Ms(20), 1);
        two.Advance(Ms(20), 2);
        many.Advance(Ms(20), 64);
        Assert.Equal(one.Time, two.Time);
        for (var i = 0; i < bias.Length; i++)
        {
            Assert.Equal(one.Voltage(i).Volts, two.Voltage(i).Volts, 0.0);
            Assert.Equal(one.Voltage(i).Volts, many.Voltage(i).Volts, 0.0);
            Assert.Equal(one.SpikeCount(i), two.SpikeCount(i));
        }

        Assert.Contains(Enumerable.Range(0, bias.Length), i => one.SpikeCount(i) > 0);
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => one.Advance(Ms(1), 0));
        Assert.Equal("cores", refused.ParamName);
    }
}
