using System;
using System.Linq;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// 10⁴ HH 1952 cells × 10⁴ steps of 10 µs at 6.3 °C, cell i biased by (i mod 50) µA/cm², all starting at −65 mV with
/// the gates at their steady state there: the library's <see cref="Population"/> (vector kernel), the same population
/// on its per-cell path (the HH gates re-wrapped as new <see cref="AlphaBetaKinetics"/>s, so the vector kernel does not apply),
/// and the C loop of <c>benchmarks/native/hh_population.c</c> in both builds, through P/Invoke in the same process.
/// Each benchmark keeps its own state running from one invocation to the next (steady firing). Times are per
/// neuron-step (OperationsPerInvoke = 10⁸); allocation must be 0 B. After the runs, fresh copies of all four sides
/// step 10³ cells for 20 ms and must agree cell by cell (V to 1 µV, spike counts exactly). Brian2 runs beside it in
/// <c>benchmarks/compare-population.sh</c>.
/// </summary>
[MemoryDiagnoser]
public unsafe class PopulationBenchmarks
{
    private const int Cells = 10_000;
    private const int Steps = 10_000;
    private const int NeuronSteps = Cells * Steps;
    private const double Dt = 1e-5;

    private Population _library = null!;
    private Population _perCell = null!;
    private Population _advanced = null!;
    private Population _advancedAllCores = null!;
    private State _fast = null!;
    private State _strict = null!;

    [GlobalSetup]
    public void Setup()
    {
        NativeBaseline.EnsureLoaded();
        _library = Library(CellModel.HodgkinHuxley(), Cells);
        _perCell = Library(Rewrapped(), Cells);
        _advanced = Library(CellModel.HodgkinHuxley(), Cells);
        _advancedAllCores = Library(CellModel.HodgkinHuxley(), Cells);
        _fast = new State(Cells);
        _strict = new State(Cells);
    }

    /// <summary>Every side, fresh, 10³ cells × 2000 steps: V within 1 µV of the C strict loop's and the same spike counts.</summary>
    [GlobalCleanup]
    public void Verify()
    {
        const int cells = 1000, steps = 2000;
        var library = Library(CellModel.HodgkinHuxley(), cells);
        var perCell = Library(Rewrapped(), cells);
        var (fast, strict) = (new State(cells), new State(cells));
        for (var s = 0; s < steps; s++)
        {
            library.Step();
            perCell.Step();
        }

        fast.Run(fast: true, steps);
        strict.Run(fast: false, steps);
        for (var i = 0; i < cells; i++)
        {
            var (v, spikes) = strict.Cell(i);
            foreach (var (name, cellV, cellSpikes) in new[]
                     {
                         ("library", library.Voltage(i).Volts, library.SpikeCount(i)),
                         ("library per-cell", perCell.Voltage(i).Volts, perCell.SpikeCount(i)),
                         ("C fast", fast.Cell(i).V, fast.Cell(i).Spikes),
                     })
            {
                if (!(Math.Abs(cellV - v) <= 1e-6) || cellSpikes != spikes)
                {
                    throw new InvalidOperationException($"Cell {i}: {name} has V = {cellV} V and {cellSpikes} spikes, the C strict loop {v} V and {spikes}.");
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void Library()
    {
        for (var s = 0; s < Steps; s++)
        {
            _library.Step();
        }
    }

    /// <summary>The same 10⁴ steps as one <see cref="Population.Advance(Duration, int)"/> on one core (each tile of cells takes all its steps in turn).</summary>
    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void LibraryAdvanceOneCore() => _advanced.Advance(Duration.FromSeconds(Steps * Dt), 1);

    /// <summary>As <see cref="LibraryAdvanceOneCore"/> on every core of the machine (bit-identical to one core); the ratio of the two is the speed-up.</summary>
    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void LibraryAdvanceAllCores() => _advancedAllCores.Advance(Duration.FromSeconds(Steps * Dt), Environment.ProcessorCount);

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void LibraryPerCell()
    {
        for (var s = 0; s < Steps; s++)
        {
            _perCell.Step();
        }
    }

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void CFast() => _fast.Run(fast: true, Steps);

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void CStrict() => _strict.Run(fast: false, Steps);

    private static Population Library(CellModel model, int cells)
    {
        var bias = Enumerable.Range(0, cells).Select(i => CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 50)).ToArray();
        return new Population(model, bias, Temperature.Squid, Duration.FromSeconds(Dt), ElectricPotential.FromMillivolts(-65), ElectricPotential.Zero);
    }

    /// <summary>The HH model with its gates as new <see cref="AlphaBetaKinetics"/> objects over the same rate functions.</summary>
    private static CellModel Rewrapped()
    {
        static AlphaBetaKinetics Copy(AlphaBetaKinetics g) => new(g.Alpha, g.Beta, g.Q10, g.ReferenceTemperature);
        var m = new Gate("m", Copy(HodgkinHuxley1952.M), 3);
        var h = new Gate("h", Copy(HodgkinHuxley1952.H), 1);
        var n = new Gate("n", Copy(HodgkinHuxley1952.N), 4);
        return CellModel.Create(HodgkinHuxley1952.Capacitance, [
            Channel.Ohmic("Na", HodgkinHuxley1952.SodiumConductance, HodgkinHuxley1952.SodiumReversalPotential, m, h),
            Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, HodgkinHuxley1952.PotassiumReversalPotential, n),
            HodgkinHuxley1952.Leak]);
    }

    /// <summary>The C loop's pinned SoA state.</summary>
    private sealed class State
    {
        private readonly double[] _v;
        private readonly double[] _m;
        private readonly double[] _h;
        private readonly double[] _n;
        private readonly double[] _bias;
        private readonly int[] _spikes;

        public State(int cells)
        {
            (_v, _m, _h, _n, _bias) = (Pinned(cells), Pinned(cells), Pinned(cells), Pinned(cells), Pinned(cells));
            _spikes = GC.AllocateArray<int>(cells, pinned: true);
            var rest = ElectricPotential.FromMillivolts(-65);
            Array.Fill(_v, rest.Volts);
            Array.Fill(_m, HodgkinHuxley1952.M.SteadyState(rest));
            Array.Fill(_h, HodgkinHuxley1952.H.SteadyState(rest));
            Array.Fill(_n, HodgkinHuxley1952.N.SteadyState(rest));
            for (var i = 0; i < cells; i++)
            {
                _bias[i] = CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 50).AmperesPerSquareMeter;
            }
        }

        public (double V, int Spikes) Cell(int i) => (_v[i], _spikes[i]);

        public void Run(bool fast, int steps)
        {
            fixed (double* v = _v, m = _m, h = _h, n = _n, bias = _bias)
            fixed (int* spikes = _spikes)
            {
                if (fast)
                {
                    NativeBaseline.HhPopulationFast(v, m, h, n, bias, spikes, new CLong(_v.Length), new CLong(steps), Dt, 1);
                }
                else
                {
                    NativeBaseline.HhPopulationStrict(v, m, h, n, bias, spikes, new CLong(_v.Length), new CLong(steps), Dt, 1);
                }
            }
        }

        private static double[] Pinned(int length) => GC.AllocateArray<double>(length, pinned: true);
    }
}
