using System;
using System.Runtime.InteropServices;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// The inputs of <c>benchmarks/native/nernst_bench.c</c> and <c>benchmarks/python/nernst_numpy.py</c>, bit for bit:
/// splitmix64 from seed 12345, draws alternating c_in[i], c_out[i], uniform in [1, 200) mM; z = +1, T = 310.15 K.
/// Buffers are 64-byte aligned native memory, as the C program's <c>aligned_alloc(64, …)</c>, so every variant reads
/// the same addresses and no AVX-512 load straddles a cache line.
/// </summary>
internal sealed unsafe class NernstData : IDisposable
{
    public const ulong Seed = 12345;
    public const double Kelvins = 310.15;
    public const int Valence = 1;

    public NernstData(int length)
    {
        Length = length;
        Inside = Allocate(length);
        Outside = Allocate(length);
        Output = Allocate(length);
        var state = Seed;
        for (var i = 0; i < length; i++)
        {
            Inside[i] = Uniform(ref state, 1.0, 200.0);
            Outside[i] = Uniform(ref state, 1.0, 200.0);
        }

        ClearOutput();
    }

    public int Length { get; }

    /// <summary>Inside concentrations in mM (= mol/m³, the SI storage unit of Concentration).</summary>
    public double* Inside { get; }

    public double* Outside { get; }

    public double* Output { get; }

    public Span<double> OutputSpan => new(Output, Length);

    public void ClearOutput() => OutputSpan.Fill(double.NaN);

    public void Dispose()
    {
        NativeMemory.AlignedFree(Inside);
        NativeMemory.AlignedFree(Outside);
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
