using System;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// <c>GhkVoltage.ReversalPotentials</c> over 10⁶ ion-major concentration samples of 3 (K⁺, Na⁺, Cl⁻) or 4 (+ HCO₃⁻) monovalent
/// ions, against the C loop <c>mb_ghk_reversal</c> of <c>benchmarks/native/ghk.c</c> through P/Invoke (the same
/// buffers). One invocation computes N potentials. Every output is checked against <see cref="Math.Log"/> after the run.
/// </summary>
[MemoryDiagnoser]
public unsafe class GhkReversalBatchBenchmarks
{
    public const int N = 1_000_000;
    private static readonly Temperature Body = Temperature.FromKelvins(GhkData.Kelvins);

    private GhkData _data = null!;
    private int[] _valences = [];
    private Permeability[] _permeabilities = [];
    private double[] _weights = [];
    private double _thermal;

    [Params(3, 4)]
    public int Ions { get; set; }

    [GlobalSetup(Targets = [nameof(CFast), nameof(CStrict)])]
    public void SetupWithNative()
    {
        Setup();
        NativeBaseline.EnsureLoaded();
    }

    [GlobalSetup]
    public void Setup()
    {
        _data = GhkData.Reversal(Ions, N);
        _valences = GhkData.AllValences[..Ions];
        _weights = GhkData.AllPermeabilities[..Ions];
        _permeabilities = Array.ConvertAll(_weights, Permeability.FromMetersPerSecond);
        _thermal = ConstantSet.Si2019.ThermalVoltage(Body).Volts;
    }

    [GlobalCleanup]
    public void Verify()
    {
        try
        {
            var worst = 0.0;
            var sum = 0.0;
            for (var s = 0; s < N; s++)
            {
                double outward = 0, inward = 0;
                for (var k = 0; k < Ions; k++)
                {
                    var (ci, co) = (_data.Inside[(k * N) + s], _data.Outside[(k * N) + s]);
                    outward += _weights[k] * (_valences[k] > 0 ? ci : co);
                    inward += _weights[k] * (_valences[k] > 0 ? co : ci);
                }

                var error = Math.Abs(_data.Output[s] - (_thermal * Math.Log(inward / outward)));
                worst = error > worst || double.IsNaN(error) ? error : worst;
                sum += _data.Output[s];
            }

            Console.WriteLine($"// checksum={sum:E9} max|Δ| vs Math.Log={worst:E2} V");
            if (!(worst <= 1e-15))
            {
                throw new InvalidOperationException($"Output differs from the closed form by up to {worst} V (or was never written).");
            }
        }
        finally
        {
            _data.Dispose();
        }
    }

    /// <summary>The library: one vectorised pass over the 2m ion rows, the inlined vector log, 0 B.</summary>
    [Benchmark]
    public void Library() => GhkVoltage.ReversalPotentials(
        _valences,
        _permeabilities,
        new ReadOnlySpan<Concentration>(_data.Inside, Ions * N),
        new ReadOnlySpan<Concentration>(_data.Outside, Ions * N),
        Body,
        new Span<ElectricPotential>(_data.Output, N));

    /// <summary>gcc -O3 -march=native -ffast-math: the sample loop vectorised, libmvec <c>_ZGVeN8v_log</c>.</summary>
    [Benchmark(Baseline = true)]
    public void CFast()
    {
        fixed (double* w = _weights)
        fixed (int* z = _valences)
        {
            NativeBaseline.GhkReversalFast(_data.Inside, _data.Outside, new CLong(Ions), new CLong(N), w, z, _thermal, _data.Output);
        }
    }

    /// <summary>gcc -O3 -march=native: scalar glibc <c>log</c>.</summary>
    [Benchmark]
    public void CStrict()
    {
        fixed (double* w = _weights)
        fixed (int* z = _valences)
        {
            NativeBaseline.GhkReversalStrict(_data.Inside, _data.Outside, new CLong(Ions), new CLong(N), w, z, _thermal, _data.Output);
        }
    }
}

/// <summary>
/// <c>GhkCurrent.Densities</c> (an I–V curve of K⁺) over a 201-point and a 10⁶-point voltage grid, against the C loop
/// <c>mb_ghk_current</c> (the same arithmetic) through P/Invoke. Every output is checked against the scalar
/// <see cref="Math.Exp"/> form of the GHK current after the run.
/// </summary>
[MemoryDiagnoser]
public unsafe class GhkCurrentBatchBenchmarks
{
    private static readonly Temperature Body = Temperature.FromKelvins(GhkData.Kelvins);

    private GhkData _data = null!;
    private double _thermal;
    private double _k;

    [Params(201, 1_000_000)]
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
        _data = GhkData.Grid(N);
        _thermal = ConstantSet.Si2019.ThermalVoltage(Body).Volts;
        _k = GhkData.PermeabilityK * ConstantSet.Si2019.FaradayConstant; // P z F, z = +1
    }

    [GlobalCleanup]
    public void Verify()
    {
        try
        {
            var worst = 0.0;
            var sum = 0.0;
            for (var i = 0; i < N; i++)
            {
                // I = P z F u (c_in − c_out e^(−u)) / (1 − e^(−u)), u = zFV/RT (Goldman 1943; Hodgkin and Katz 1949); the limit P z F (c_in − c_out) at u = 0.
                var u = _data.Voltages[i] / _thermal;
                var expected = u == 0 ? _k * (GhkData.InsideK - GhkData.OutsideK)
                    : _k * u * (GhkData.InsideK - (GhkData.OutsideK * Math.Exp(-u))) / OneMinusExpMinus(u);
                var error = Math.Abs(_data.Output[i] - expected) / Math.Max(1e-3, Math.Abs(expected));
                worst = error > worst || double.IsNaN(error) ? error : worst;
                sum += _data.Output[i];
            }

            Console.WriteLine($"// checksum={sum:E9} max relative |Δ| vs Math.Exp form={worst:E2}");
            if (!(worst <= 1e-11))
            {
                throw new InvalidOperationException($"Output differs from the GHK current by up to {worst} relative (or was never written).");
            }
        }
        finally
        {
            _data.Dispose();
        }
    }

    // 1 − e^(−u): Taylor to u⁵ below |u| = 10⁻³ (truncation < u⁶/720, under 2e-21 relative), Math.Exp above.
    private static double OneMinusExpMinus(double u) =>
        Math.Abs(u) < 1e-3 ? u * (1 - (u * (0.5 - (u * ((1.0 / 6) - (u * ((1.0 / 24) - (u / 120)))))))) : 1 - Math.Exp(-u);

    /// <summary>The library: one vectorised pass (scale, exp, log, select, multiply), 0 B.</summary>
    [Benchmark]
    public void Library() => GhkCurrent.Densities(
        1,
        Permeability.FromMetersPerSecond(GhkData.PermeabilityK),
        Concentration.FromMillimolar(GhkData.InsideK),
        Concentration.FromMillimolar(GhkData.OutsideK),
        new ReadOnlySpan<ElectricPotential>(_data.Voltages, N),
        Body,
        new Span<CurrentDensity>(_data.Output, N));

    /// <summary>gcc -O3 -march=native -ffast-math: libmvec <c>_ZGVeN8v_exp</c> and <c>_ZGVeN8v_log</c>.</summary>
    [Benchmark(Baseline = true)]
    public void CFast() => NativeBaseline.GhkCurrentFast(_data.Voltages, new CLong(N), 1, _thermal, _k, GhkData.InsideK, GhkData.OutsideK, _data.Output);

    /// <summary>gcc -O3 -march=native: scalar glibc <c>exp</c> and <c>log</c>.</summary>
    [Benchmark]
    public void CStrict() => NativeBaseline.GhkCurrentStrict(_data.Voltages, new CLong(N), 1, _thermal, _k, GhkData.InsideK, GhkData.OutsideK, _data.Output);
}
