using System;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// <c>Nernst.Potentials</c> over N concentration pairs against the C loop of <c>benchmarks/native</c> (called through
/// P/Invoke, so it reads the same buffers) and a plain managed loop. One invocation computes N potentials:
/// divide the time by N for ns per element. Each benchmark's output is checked against <see cref="Math.Log"/> after
/// the run, so even the dry run fails on a wrong result.
/// </summary>
[MemoryDiagnoser]
public unsafe class NernstBatchBenchmarks
{
    private static readonly Temperature Body = Temperature.FromKelvins(NernstData.Kelvins);

    private NernstData _data = null!;
    private double[] _expected = [];
    private double _k;

    [Params(1_000_000, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup(Targets = [nameof(CFast), nameof(CStrict)])]
    public void SetupWithNative()
    {
        Setup();
        NativeBaseline.EnsureLoaded();
    }

    [GlobalSetup]
    public void Setup()
    {
        _data = new NernstData(N);
        var constants = ConstantSet.Si2019;
        _k = constants.MolarGasConstant * NernstData.Kelvins / (NernstData.Valence * constants.FaradayConstant);
        _expected = new double[N];
        for (var i = 0; i < N; i++)
        {
            _expected[i] = _k * Math.Log(_data.Outside[i] / _data.Inside[i]);
        }
    }

    [GlobalCleanup]
    public void Verify()
    {
        try
        {
            var output = _data.OutputSpan;
            var worst = 0.0;
            var sum = 0.0;
            for (var i = 0; i < output.Length; i++)
            {
                sum += output[i];
                var error = Math.Abs(output[i] - _expected[i]);
                worst = error > worst || double.IsNaN(error) ? error : worst;
            }

            Console.WriteLine($"// checksum={sum:E9} max|Δ| vs Math.Log={worst:E2} V");
            if (!(worst <= 1e-15))
            {
                throw new InvalidOperationException($"Output differs from k·Math.Log(co/ci) by up to {worst} V (or was never written).");
            }
        }
        finally
        {
            _data.Dispose();
        }
    }

    /// <summary>The library: one vectorised pass of divide, log, scale over typed spans.</summary>
    [Benchmark]
    public void Library() => Nernst.Potentials(
        NernstData.Valence,
        new ReadOnlySpan<Concentration>(_data.Inside, N),
        new ReadOnlySpan<Concentration>(_data.Outside, N),
        Body,
        new Span<ElectricPotential>(_data.Output, N));

    /// <summary>gcc -O3 -march=native -ffast-math: the loop calls libmvec's 8-wide <c>_ZGVeN8v_log</c>.</summary>
    [Benchmark(Baseline = true)]
    public void CFast() => NativeBaseline.Fast(_data.Inside, _data.Outside, _data.Output, new CLong(N), _k);

    /// <summary>gcc -O3 -march=native: scalar glibc <c>log</c>, not vectorised.</summary>
    [Benchmark]
    public void CStrict() => NativeBaseline.Strict(_data.Inside, _data.Outside, _data.Output, new CLong(N), _k);

    /// <summary>What a user would write by hand: a scalar loop over Math.Log.</summary>
    [Benchmark]
    public void ManagedScalarLoop()
    {
        double* ci = _data.Inside, co = _data.Outside, output = _data.Output;
        var k = _k;
        for (var i = 0; i < N; i++)
        {
            output[i] = k * Math.Log(co[i] / ci[i]);
        }
    }
}
