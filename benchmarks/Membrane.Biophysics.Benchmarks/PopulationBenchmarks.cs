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
/// on its per-cell path (the HH gates re-wrapped as new <see cref="RateGate"/>s, so the vector kernel does not apply),
/// and the C loop of <c>benchmarks/native/hh_population.c</c> in both builds, through P/Invoke in the same process.
/// Each benchmark keeps its own state running from one invocation to the next (steady firing). Times are per
/// neuron-step (OperationsPerInvoke = 10⁸); allocation must be 0 B. Brian2 runs beside it in
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
    private State _fast = null!;
    private State _strict = null!;

    [GlobalSetup]
    public void Setup()
    {
        NativeBaseline.EnsureLoaded();
        var bias = Enumerable.Range(0, Cells).Select(i => CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 50)).ToArray();
        var dt = Duration.FromSeconds(Dt);
        var rest = ElectricPotential.FromMillivolts(-65);
        _library = new Population(CellModel.HodgkinHuxley(), bias, Temperature.Squid, dt, rest, ElectricPotential.Zero);
        _perCell = new Population(Rewrapped(), bias, Temperature.Squid, dt, rest, ElectricPotential.Zero);
        _fast = new State();
        _strict = new State();
    }

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void Library()
    {
        for (var s = 0; s < Steps; s++)
        {
            _library.Step();
        }
    }

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void LibraryPerCell()
    {
        for (var s = 0; s < Steps; s++)
        {
            _perCell.Step();
        }
    }

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void CFast() => _fast.Run(fast: true);

    [Benchmark(OperationsPerInvoke = NeuronSteps)]
    public void CStrict() => _strict.Run(fast: false);

    /// <summary>The HH model with its gates as new <see cref="RateGate"/> objects over the same rate functions.</summary>
    private static CellModel Rewrapped()
    {
        static RateGate Copy(RateGate g) => new(g.Alpha, g.Beta, g.Q10, g.ReferenceTemperature);
        var m = new Gate("m", Copy(HodgkinHuxley1952.M), 3);
        var h = new Gate("h", Copy(HodgkinHuxley1952.H), 1);
        var n = new Gate("n", Copy(HodgkinHuxley1952.N), 4);
        return CellModel.Create(HodgkinHuxley1952.Capacitance, [
            Channel.Ohmic("Na", HodgkinHuxley1952.SodiumConductance, HodgkinHuxley1952.SodiumReversal, m, h),
            Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, HodgkinHuxley1952.PotassiumReversal, n),
            HodgkinHuxley1952.Leak]);
    }

    /// <summary>The C loop's pinned SoA state.</summary>
    private sealed class State
    {
        private readonly double[] _v = GC.AllocateArray<double>(Cells, pinned: true);
        private readonly double[] _m = GC.AllocateArray<double>(Cells, pinned: true);
        private readonly double[] _h = GC.AllocateArray<double>(Cells, pinned: true);
        private readonly double[] _n = GC.AllocateArray<double>(Cells, pinned: true);
        private readonly double[] _bias = GC.AllocateArray<double>(Cells, pinned: true);
        private readonly int[] _spikes = GC.AllocateArray<int>(Cells, pinned: true);

        public State()
        {
            var rest = ElectricPotential.FromMillivolts(-65);
            Array.Fill(_v, rest.Volts);
            Array.Fill(_m, HodgkinHuxley1952.M.SteadyState(rest));
            Array.Fill(_h, HodgkinHuxley1952.H.SteadyState(rest));
            Array.Fill(_n, HodgkinHuxley1952.N.SteadyState(rest));
            for (var i = 0; i < Cells; i++)
            {
                _bias[i] = CurrentDensity.FromMicroamperesPerSquareCentimeter(i % 50).AmperesPerSquareMeter;
            }
        }

        public void Run(bool fast)
        {
            fixed (double* v = _v, m = _m, h = _h, n = _n, bias = _bias)
            fixed (int* spikes = _spikes)
            {
                if (fast)
                {
                    NativeBaseline.HhPopulationFast(v, m, h, n, bias, spikes, new CLong(Cells), new CLong(Steps), Dt, 1);
                }
                else
                {
                    NativeBaseline.HhPopulationStrict(v, m, h, n, bias, spikes, new CLong(Cells), new CLong(Steps), Dt, 1);
                }
            }
        }
    }
}
