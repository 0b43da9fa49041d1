using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Ghk;

/// <summary>The GHK I–V batch kernel: one fused SIMD pass over the voltages (scale, inlined exp and exp − 1, select, multiply-add).</summary>
public static partial class GhkCurrent
{
    // Beyond |u| = 700 e^(−|u|) underflows; such lanes (and non-finite voltages) take the checked scalar path.
    private const double VectorLimit = 700;

    /// <summary>
    /// dst[i] = k · (c_in B(uᵢ) − c_out B(−uᵢ)), uᵢ = z vᵢ / V_T: the vector twin of <see cref="Bernoulli.Of(double, out double)"/>
    /// (tested against it). Per lane, with a = −|u|: e^a and e^a − 1 from one inlined reduction (<see cref="VectorExp"/>;
    /// the scalar path forms e^a − 1 by Kahan's trick, see <see cref="AccurateMath.ExpM1(double, double)"/>: both within a
    /// few ulps), B(|u|) = a / (e^a − 1) and B(−|u|) = e^a·B(|u|); below |u| = <see cref="Bernoulli.SeriesLimit"/> the
    /// same series 1 ± |u|/2 + u²/12 − u⁴/720.
    /// </summary>
    private static void DensityKernel(ReadOnlySpan<double> voltages, int valence, double thermal, double k, double ci, double co, Span<double> dst)
    {
        var done = Simd512.IsAccelerated ? DensityVectors<Simd512, Vector512<double>>(voltages, valence, thermal, k, ci, co, dst)
                 : Simd256.IsAccelerated ? DensityVectors<Simd256, Vector256<double>>(voltages, valence, thermal, k, ci, co, dst)
                 : 0;
        ScalarRange(voltages, valence, thermal, k, ci, co, dst, done, dst.Length - done);
    }

    // The kernel over whole vectors; lanes with |u| ≥ 700 or a non-finite voltage go to the checked scalar path.
    private static int DensityVectors<TSimd, TVector>(ReadOnlySpan<double> voltages, int valence, double thermal, double k, double ci, double co, Span<double> dst)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        ref var v = ref MemoryMarshal.GetReference(voltages);
        ref var o = ref MemoryMarshal.GetReference(dst);
        var (rate, zero, limit, series) = (TSimd.Broadcast(valence / thermal), TSimd.Broadcast(0.0), TSimd.Broadcast(VectorLimit), TSimd.Broadcast(Bernoulli.SeriesLimit));
        var (one, half, twelfth, quartic, scale, inside, outside) = (TSimd.Broadcast(1.0), TSimd.Broadcast(0.5), TSimd.Broadcast(1.0 / 12), TSimd.Broadcast(-1.0 / 720), TSimd.Broadcast(k), TSimd.Broadcast(ci), TSimd.Broadcast(co));
        var width = (nuint)TSimd.Count;
        nuint i = 0;
        for (; i + width <= (nuint)dst.Length; i += width)
        {
            var u = TSimd.Multiply(TSimd.Load(ref v, i), rate); // u = V·(z/V_T), rounded as the scalar path rounds it
            var au = TSimd.Abs(u);
            if (!TSimd.AllWithin(au, zero, limit))
            {
                ScalarRange(voltages, valence, thermal, k, ci, co, dst, (int)i, TSimd.Count);
                continue;
            }

            var a = TSimd.Subtract(zero, au);
            var em = VectorExp.NonPositiveMinusOne<TSimd, TVector>(a, out var y);
            var t = TSimd.Divide(a, em);
            var exact = TSimd.GreaterThanOrEqual(au, series);
            var u2 = TSimd.Multiply(au, au);
            var even = TSimd.MultiplyAdd(u2, TSimd.MultiplyAdd(u2, quartic, twelfth), one); // 1 + u²/12 − u⁴/720
            var odd = TSimd.Multiply(au, half);
            var up = TSimd.Select(exact, t, TSimd.Add(even, odd));
            var down = TSimd.Select(exact, TSimd.Multiply(t, y), TSimd.Subtract(even, odd));
            var positive = TSimd.GreaterThanOrEqual(u, zero);
            var bPlus = TSimd.Select(positive, up, down);
            var bMinus = TSimd.Select(positive, down, up);
            TSimd.Store(TSimd.Multiply(scale, TSimd.Subtract(TSimd.Multiply(inside, bPlus), TSimd.Multiply(outside, bMinus))), ref o, i);
        }

        return (int)i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ScalarRange(ReadOnlySpan<double> voltages, int valence, double thermal, double k, double ci, double co, Span<double> dst, int start, int count)
    {
        for (var j = start; j < start + count; j++)
        {
            var volts = voltages[j];
            if (!double.IsFinite(volts))
            {
                throw Guard.Fail(Guard.Element("voltages", j), ElectricPotential.FromVolts(volts), "a finite potential");
            }

            dst[j] = k * FluxPerPermeability(ci, co, volts * (valence / thermal)); // rounded as in the single call
        }
    }
}
