using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Ghk;

/// <summary>The GHK I–V batch kernel: one fused SIMD pass over the voltages (scale, exp, log, select, multiply-add).</summary>
public static partial class GhkCurrent
{
    // Beyond |u| = 700 e^(−|u|) underflows; such lanes (and non-finite voltages) take the checked scalar path.
    private const double VectorLimit = 700;

    /// <summary>
    /// dst[i] = k · (c_in B(uᵢ) − c_out B(−uᵢ)), uᵢ = z vᵢ / V_T. Per lane, with a = −|u| and y = e^a:
    /// e^a − 1 = (y − 1)·a / ln y (Kahan's expm1, see <see cref="AccurateMath.ExpM1(double, double)"/>), B(|u|) = a / (e^a − 1) and
    /// B(−|u|) = y·B(|u|); the series 1 ± |u|/2 + u²/12 below |u| = 10⁻⁵: the arithmetic of <see cref="FluxPerPermeability(double, double, double)"/>.
    /// </summary>
    private static void DensityKernel(ReadOnlySpan<double> voltages, int valence, double thermal, double k, double ci, double co, Span<double> dst)
    {
        ref var v = ref MemoryMarshal.GetReference(voltages);
        ref var o = ref MemoryMarshal.GetReference(dst);
        var length = (nuint)dst.Length;
        nuint i = 0;
        if (Vector512.IsHardwareAccelerated && length >= (nuint)Vector512<double>.Count)
        {
            for (; i + (nuint)Vector512<double>.Count <= length; i += (nuint)Vector512<double>.Count)
            {
                var u = Vector512.Create((double)valence) * Vector512.LoadUnsafe(ref v, i) / Vector512.Create(thermal);
                var au = Vector512.Abs(u);
                if (!Vector512.LessThanAll(au, Vector512.Create(VectorLimit)))
                {
                    ScalarRange(voltages, valence, thermal, k, ci, co, dst, (int)i, Vector512<double>.Count);
                    continue;
                }

                var a = -au;
                var y = Vector512.Exp(a);
                var em = Vector512.ConditionalSelect(Vector512.Equals(y, Vector512<double>.One), a, (y - Vector512<double>.One) * a / Vector512.Log(y));
                var t = a / em;
                var small = Vector512.LessThan(au, Vector512.Create(SeriesLimit));
                var half = Vector512.Create(0.5);
                var twelfth = au / Vector512.Create(12.0);
                var up = Vector512.ConditionalSelect(small, Vector512<double>.One + (au * (half + twelfth)), t);
                var down = Vector512.ConditionalSelect(small, Vector512<double>.One - (au * (half - twelfth)), t * y);
                var positive = Vector512.GreaterThanOrEqual(u, Vector512<double>.Zero);
                var bPlus = Vector512.ConditionalSelect(positive, up, down);
                var bMinus = Vector512.ConditionalSelect(positive, down, up);
                (Vector512.Create(k) * ((Vector512.Create(ci) * bPlus) - (Vector512.Create(co) * bMinus))).StoreUnsafe(ref o, i);
            }
        }
        else if (Vector256.IsHardwareAccelerated && length >= (nuint)Vector256<double>.Count)
        {
            for (; i + (nuint)Vector256<double>.Count <= length; i += (nuint)Vector256<double>.Count)
            {
                var u = Vector256.Create((double)valence) * Vector256.LoadUnsafe(ref v, i) / Vector256.Create(thermal);
                var au = Vector256.Abs(u);
                if (!Vector256.LessThanAll(au, Vector256.Create(VectorLimit)))
                {
                    ScalarRange(voltages, valence, thermal, k, ci, co, dst, (int)i, Vector256<double>.Count);
                    continue;
                }

                var a = -au;
                var y = Vector256.Exp(a);
                var em = Vector256.ConditionalSelect(Vector256.Equals(y, Vector256<double>.One), a, (y - Vector256<double>.One) * a / Vector256.Log(y));
                var t = a / em;
                var small = Vector256.LessThan(au, Vector256.Create(SeriesLimit));
                var half = Vector256.Create(0.5);
                var twelfth = au / Vector256.Create(12.0);
                var up = Vector256.ConditionalSelect(small, Vector256<double>.One + (au * (half + twelfth)), t);
                var down = Vector256.ConditionalSelect(small, Vector256<double>.One - (au * (half - twelfth)), t * y);
                var positive = Vector256.GreaterThanOrEqual(u, Vector256<double>.Zero);
                var bPlus = Vector256.ConditionalSelect(positive, up, down);
                var bMinus = Vector256.ConditionalSelect(positive, down, up);
                (Vector256.Create(k) * ((Vector256.Create(ci) * bPlus) - (Vector256.Create(co) * bMinus))).StoreUnsafe(ref o, i);
            }
        }

        ScalarRange(voltages, valence, thermal, k, ci, co, dst, (int)i, (int)(length - i));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ScalarRange(ReadOnlySpan<double> voltages, int valence, double thermal, double k, double ci, double co, Span<double> dst, int start, int count)
    {
        for (var j = start; j < start + count; j++)
        {
            var volts = voltages[j];
            if (!double.IsFinite(volts))
            {
                throw Guard.Fail($"voltages[{j}]", ElectricPotential.FromVolts(volts).ToString(), "a finite potential");
            }

            dst[j] = k * FluxPerPermeability(ci, co, valence * volts / thermal); // rounded as in the single call
        }
    }
}
