using System;
using System.Runtime.InteropServices;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// The inputs of the GHK batch benchmarks and of <c>benchmarks/python/ghk_numpy.py</c>, bit for bit. Reversal: m ions
/// (K⁺, Na⁺, Cl⁻, HCO₃⁻ with relative permeabilities 1 : 0.04 : 0.45 : 0.2; the first m) over n samples, ion-major;
/// splitmix64 from seed 12345 draws all m·n inside concentrations, then all m·n outside ones, uniform in [1, 200) mM.
/// I–V: K⁺ (z = +1, 140 mM in, 5 mM out, P = 10⁻⁸ m/s) over n voltages evenly from −100 to +100 mV. T = 310.15 K.
/// Buffers are 64-byte aligned native memory.
/// </summary>
internal sealed unsafe class GhkData : IDisposable
{
    public const double Kelvins = 310.15;
    public const double InsideK = 140;
    public const double OutsideK = 5;
    public const double PermeabilityK = 1e-8;
    public static readonly int[] AllValences = [1, 1, -1, -1];
    public static readonly double[] AllPermeabilities = [1, 0.04, 0.45, 0.2];

    private GhkData(int ions, int length)
    {
        Ions = ions;
        Length = length;
        Output = Allocate(length);
        OutputSpan.Fill(double.NaN);
    }

    public int Ions { get; }

    public int Length { get; }

    /// <summary>Ion-major inside concentrations in mM (= mol/m³), m·n of them; null for the I–V data.</summary>
    public double* Inside { get; private set; }

    public double* Outside { get; private set; }

    /// <summary>Membrane potentials in volts; null for the reversal data.</summary>
    public double* Voltages { get; private set; }

    public double* Output { get; }

    public Span<double> OutputSpan => new(Output, Length);

    public static GhkData Reversal(int ions, int samples)
    {
        var data = new GhkData(ions, samples) { Inside = Allocate(ions * samples), Outside = Allocate(ions * samples) };
        var state = NernstData.Seed;
        for (var i = 0; i < ions * samples; i++)
        {
            data.Inside[i] = Uniform(ref state, 1.0, 200.0);
        }

        for (var i = 0; i < ions * samples; i++)
        {
            data.Outside[i] = Uniform(ref state, 1.0, 200.0);
        }

        return data;
    }

    public static GhkData Grid(int points)
    {
        var data = new GhkData(1, points) { Voltages = Allocate(points) };
        for (var i = 0; i < points; i++)
        {
            data.Voltages[i] = -0.1 + (0.2 * i / (points - 1));
        }

        return data;
    }

    public void Dispose()
    {
        NativeMemory.AlignedFree(Inside);
        NativeMemory.AlignedFree(Outside);
        NativeMemory.AlignedFree(Voltages);
        NativeMemory.AlignedFree(Output);
    }

    private static double* Allocate(int length) => (double*)NativeMemory.AlignedAlloc((nuint)length * sizeof(double), 64);

    private static double Uniform(ref ulong state, double lo, double hi)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return lo + ((hi - lo) * ((z >> 11) * (1.0 / 9007199254740992.0)));
    }
}
