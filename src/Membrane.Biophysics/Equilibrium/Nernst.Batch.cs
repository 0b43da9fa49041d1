using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Equilibrium;

/// <summary>Batch Nernst potentials over spans: allocation-free, one fused SIMD pass (divide, log, scale).</summary>
public static partial class Nernst
{
    // Ratios below the smallest normal double (or inputs that are not finite and positive) take the checked scalar path.
    private const double MinNormal = 2.2250738585072014E-308;

    /// <summary>
    /// Nernst potentials of many concentration pairs of one valence at one temperature:
    /// <c>destination[i] = (RT/zF) ln(outsides[i] / insides[i])</c>. Allocation-free and vectorised.
    /// </summary>
    /// <param name="insides">The inside concentrations; each finite and &gt; 0.</param>
    /// <param name="outsides">The outside concentrations, same length; each finite and &gt; 0.</param>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the potentials; same length as the inputs. May not overlap the inputs.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An element is ≤ 0, NaN or infinite (the message names the first such index); z = 0; T ≤ 0 K.
    /// Elements before the bad one may already have been written.
    /// </exception>
    public static void Potentials(
        ReadOnlySpan<Concentration> insides,
        ReadOnlySpan<Concentration> outsides,
        int valence,
        Temperature temperature,
        Span<ElectricPotential> destination,
        ConstantSet? constants = null)
    {
        Guard.SameLength(insides.Length, outsides.Length, nameof(outsides));
        Guard.SameLength(insides.Length, destination.Length, nameof(destination));
        var slope = NaturalSlope(valence, temperature, constants);
        ScaledLogRatio(
            MemoryMarshal.Cast<Concentration, double>(outsides),
            MemoryMarshal.Cast<Concentration, double>(insides),
            slope,
            MemoryMarshal.Cast<ElectricPotential, double>(destination));
    }

    /// <summary>
    /// dst[i] = k · ln(num[i] / den[i]) in one pass, with every input checked finite and &gt; 0. A vector holding a bad
    /// input, or a ratio beyond double range, is redone element by element, which throws or takes ln a − ln b.
    /// </summary>
    internal static void ScaledLogRatio(ReadOnlySpan<double> num, ReadOnlySpan<double> den, double k, Span<double> dst)
    {
        ref var n = ref MemoryMarshal.GetReference(num);
        ref var d = ref MemoryMarshal.GetReference(den);
        ref var o = ref MemoryMarshal.GetReference(dst);
        var length = (nuint)dst.Length;
        nuint i = 0;
        if (Vector512.IsHardwareAccelerated && length >= (nuint)Vector512<double>.Count)
        {
            var scale = Vector512.Create(k);
            var tiny = Vector512.Create(MinNormal);
            var infinity = Vector512.Create(double.PositiveInfinity);
            for (; i + (nuint)Vector512<double>.Count <= length; i += (nuint)Vector512<double>.Count)
            {
                var x = Vector512.LoadUnsafe(ref n, i);
                var y = Vector512.LoadUnsafe(ref d, i);
                var r = x / y;
                var valid = Vector512.GreaterThan(x, Vector512<double>.Zero) & Vector512.GreaterThan(y, Vector512<double>.Zero) &
                            Vector512.LessThan(r, infinity) & Vector512.GreaterThanOrEqual(r, tiny);
                if (valid != Vector512<double>.AllBitsSet)
                {
                    ScalarRange(num, den, k, dst, (int)i, Vector512<double>.Count);
                    continue;
                }

                (Vector512.Log(r) * scale).StoreUnsafe(ref o, i);
            }
        }
        else if (Vector256.IsHardwareAccelerated && length >= (nuint)Vector256<double>.Count)
        {
            var scale = Vector256.Create(k);
            var tiny = Vector256.Create(MinNormal);
            var infinity = Vector256.Create(double.PositiveInfinity);
            for (; i + (nuint)Vector256<double>.Count <= length; i += (nuint)Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref n, i);
                var y = Vector256.LoadUnsafe(ref d, i);
                var r = x / y;
                var valid = Vector256.GreaterThan(x, Vector256<double>.Zero) & Vector256.GreaterThan(y, Vector256<double>.Zero) &
                            Vector256.LessThan(r, infinity) & Vector256.GreaterThanOrEqual(r, tiny);
                if (valid != Vector256<double>.AllBitsSet)
                {
                    ScalarRange(num, den, k, dst, (int)i, Vector256<double>.Count);
                    continue;
                }

                (Vector256.Log(r) * scale).StoreUnsafe(ref o, i);
            }
        }

        ScalarRange(num, den, k, dst, (int)i, (int)(length - i));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ScalarRange(ReadOnlySpan<double> num, ReadOnlySpan<double> den, double k, Span<double> dst, int start, int count)
    {
        for (var j = start; j < start + count; j++)
        {
            CheckElement(den[j], "insides", j);
            CheckElement(num[j], "outsides", j);
            dst[j] = k * LogRatio(num[j], den[j]);
        }
    }

    private static void CheckElement(double value, string name, int index)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw Guard.Fail($"{name}[{index}]", Concentration.FromMolesPerCubicMeter(value).ToString(), "a finite concentration > 0");
        }
    }
}
