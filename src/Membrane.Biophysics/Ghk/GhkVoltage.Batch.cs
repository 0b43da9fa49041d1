using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Ghk;

/// <summary>Batch GHK reversal potentials: one permeant-ion set, many concentration samples, allocation-free.</summary>
public static partial class GhkVoltage
{
    // Lanes whose sums are not positive normal finite numbers, or that read a negative, NaN or infinite concentration,
    // are redone on the checked per-sample path, which throws naming the element or takes the exact route.
    private const double MinNormal = 2.2250738585072014E-308;

    // Up to this many ions the per-sample scratch lives on the stack; beyond it one pair of arrays is allocated per call.
    private const int BatchStackLimit = 64;

    /// <summary>
    /// GHK reversal potentials of one permeant-ion set (fixed valences and permeabilities) for many concentration
    /// samples: <c>destination[s]</c> is what <see cref="ReversalPotential(System.Collections.Generic.IReadOnlyList{PermeantIon}, Temperature, ConstantSet?)"/>
    /// returns for sample s. Allocation-free for up to 64 ions.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Layout: ion-major. With m = <c>valences.Length</c> ions and n = <c>destination.Length</c> samples,
    /// <c>insides[k·n + s]</c> and <c>outsides[k·n + s]</c> are ion k's concentrations in sample s, i.e. one contiguous
    /// run of n samples per ion (a numpy <c>(m, n)</c> C-ordered array, or m columns of a table laid end to end).
    /// This layout is chosen over sample-major <c>[s·m + k]</c> because every ion's row is then read with plain vector
    /// loads, eight samples per register, with no gather or shuffle; the kernel streams 2m rows once.
    /// </para>
    /// <para>
    /// When every valence is ±1 the closed form V = (RT/F) ln[(Σ P_cat c_cat,out + Σ P_an c_an,in) / (Σ P_cat c_cat,in + Σ P_an c_an,out)]
    /// (Goldman 1943; Hodgkin and Katz 1949) is evaluated eight (AVX-512) or four (AVX2) samples at a time, the
    /// sums formed in the same order and with the same weights P_k/P_max as the single call, and the logarithm taken
    /// without forming the quotient (the project's inlined vector log, within two ulps of <see cref="Math.Log(double)"/>).
    /// Otherwise each sample is solved by the single call's safeguarded Newton/Brent solver.
    /// </para>
    /// </remarks>
    /// <param name="valences">The charge number of each permeant ion; non-zero; at least one ion.</param>
    /// <param name="permeabilities">Each ion's permeability, same length as <paramref name="valences"/>; finite and ≥ 0, at least one &gt; 0
    /// (only ratios matter, so relative permeabilities in metres per second serve as well).</param>
    /// <param name="insides">Inside concentrations, ion-major (m·n elements); each finite and ≥ 0.</param>
    /// <param name="outsides">Outside concentrations, ion-major (m·n elements); each finite and ≥ 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the n reversal potentials. May not overlap the inputs.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">
    /// A length mismatch (the concentrations must hold m·n elements); no ion; every permeability zero; or a sample with no
    /// finite reversal (the message names the sample).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A valence is 0, a permeability or concentration is negative, NaN or infinite (the message names the element's index), or T ≤ 0 K.
    /// Samples before the bad one may already have been written.
    /// </exception>
    /// <exception cref="ConvergenceException">The root finder did not converge (not expected for valid input).</exception>
    public static void ReversalPotentials(
        ReadOnlySpan<int> valences,
        ReadOnlySpan<Permeability> permeabilities,
        ReadOnlySpan<Concentration> insides,
        ReadOnlySpan<Concentration> outsides,
        Temperature temperature,
        Span<ElectricPotential> destination,
        ConstantSet? constants = null)
    {
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        var m = valences.Length;
        Guard.NotEmpty(m, nameof(valences), "a list of at least one permeant ion");

        Guard.SameLength(m, permeabilities.Length, nameof(permeabilities));
        var n = destination.Length;
        Guard.SameLength((long)m * n > int.MaxValue ? -1 : m * n, insides.Length, nameof(insides));
        Guard.SameLength(m * n, outsides.Length, nameof(outsides));
        var allMonovalent = true;
        var pMax = 0.0;
        for (var k = 0; k < m; k++)
        {
            if (valences[k] == 0 || !IsNonNegativeFinite(permeabilities[k].MetersPerSecond))
            {
                ThrowBadIonParameters(valences[k], permeabilities[k], k); // builds the element's name only when it is needed
            }

            allMonovalent &= Math.Abs(valences[k]) == 1;
            pMax = Math.Max(pMax, permeabilities[k].MetersPerSecond);
        }

        if (pMax == 0)
        {
            throw Guard.Invalid(nameof(permeabilities), "a list in which every permeability was 0", "a list with at least one permeability > 0");
        }

        var p = MemoryMarshal.Cast<Permeability, double>(permeabilities);
        var ci = MemoryMarshal.Cast<Concentration, double>(insides);
        var co = MemoryMarshal.Cast<Concentration, double>(outsides);
        var dst = MemoryMarshal.Cast<ElectricPotential, double>(destination);
        var done = 0;
        if (allMonovalent && m <= BatchStackLimit)
        {
            // Per ion: its weight P_k/P_max, and whether it is a cation (inside concentration carries outward current)
            // as a lane mask (all bits set) for a branch-free select in the kernel.
            Span<double> weights = stackalloc double[m];
            Span<double> cation = stackalloc double[m];
            for (var k = 0; k < m; k++)
            {
                weights[k] = p[k] / pMax;
                cation[k] = valences[k] > 0 ? BitConverter.Int64BitsToDouble(-1) : 0;
            }

            done = Simd512.IsAccelerated ? ClosedForm<Simd512, Vector512<double>>(valences, p, ci, co, weights, cation, thermal, dst)
                 : Simd256.IsAccelerated ? ClosedForm<Simd256, Vector256<double>>(valences, p, ci, co, weights, cation, thermal, dst)
                 : 0;
        }

        SamplesScalar(valences, p, ci, co, thermal, dst, done, n - done);
    }

    // dst[s] = V_T · ln(inward/outward) for whole vectors of valid samples; returns where it stopped.
    private static int ClosedForm<TSimd, TVector>(
        ReadOnlySpan<int> z,
        ReadOnlySpan<double> p,
        ReadOnlySpan<double> ci,
        ReadOnlySpan<double> co,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<double> cation,
        double thermal,
        Span<double> dst)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        ref var inRef = ref MemoryMarshal.GetReference(ci);
        ref var outRef = ref MemoryMarshal.GetReference(co);
        ref var o = ref MemoryMarshal.GetReference(dst);
        ref var weight = ref MemoryMarshal.GetReference(weights);
        ref var isCation = ref MemoryMarshal.GetReference(cation);
        var (scale, zero, one, normal, infinity) = (TSimd.Broadcast(thermal), TSimd.Broadcast(0.0), TSimd.Broadcast(1.0), TSimd.Broadcast(MinNormal), TSimd.Broadcast(double.PositiveInfinity));
        var n = (nuint)dst.Length;
        var m = weights.Length;
        var width = (nuint)TSimd.Count;
        nuint i = 0;
        for (; i + width <= n; i += width)
        {
            var outward = zero;
            var inward = zero;

            // 1 in the lanes where every concentration so far is ≥ 0 (NaN fails), else 0: one compare and one and per
            // load; a NaN or ∞ needs no test of its own, as it reaches a sum (0·∞ is NaN) and fails the sums' check.
            var nonNegative = one;
            nuint row = 0;
            var k = 0;

            // Two ions per step: with one, this loop ran at 2.5× the gcc loop (measured); two independent pairs of
            // loads per step let the memory system overlap them, and it runs level with gcc. Same summation order.
            for (; k + 1 < m; k += 2, row += 2 * n)
            {
                var cIn0 = TSimd.Load(ref inRef, row + i);
                var cOut0 = TSimd.Load(ref outRef, row + i);
                var cIn1 = TSimd.Load(ref inRef, row + n + i);
                var cOut1 = TSimd.Load(ref outRef, row + n + i);
                nonNegative = TSimd.And(TSimd.And(TSimd.GreaterThanOrEqual(cIn0, zero), TSimd.GreaterThanOrEqual(cOut0, zero)),
                    TSimd.And(TSimd.And(TSimd.GreaterThanOrEqual(cIn1, zero), TSimd.GreaterThanOrEqual(cOut1, zero)), nonNegative));
                var w0 = TSimd.Broadcast(Unsafe.Add(ref weight, k));
                var w1 = TSimd.Broadcast(Unsafe.Add(ref weight, k + 1));
                var c0 = TSimd.Broadcast(Unsafe.Add(ref isCation, k));
                var c1 = TSimd.Broadcast(Unsafe.Add(ref isCation, k + 1));
                outward = TSimd.Add(TSimd.Add(outward, TSimd.Multiply(w0, TSimd.Select(c0, cIn0, cOut0))), TSimd.Multiply(w1, TSimd.Select(c1, cIn1, cOut1)));
                inward = TSimd.Add(TSimd.Add(inward, TSimd.Multiply(w0, TSimd.Select(c0, cOut0, cIn0))), TSimd.Multiply(w1, TSimd.Select(c1, cOut1, cIn1)));
            }

            for (; k < m; k++, row += n)
            {
                var cIn = TSimd.Load(ref inRef, row + i);
                var cOut = TSimd.Load(ref outRef, row + i);
                nonNegative = TSimd.And(TSimd.GreaterThanOrEqual(cIn, zero), TSimd.And(TSimd.GreaterThanOrEqual(cOut, zero), nonNegative));
                var w = TSimd.Broadcast(Unsafe.Add(ref weight, k));

                // Multiply then add (no fused multiply-add), in ion order from zero, as the single call sums: the same
                // bits for the same sample. The cation mask selects which side carries outward current.
                var isCationLane = TSimd.Broadcast(Unsafe.Add(ref isCation, k));
                outward = TSimd.Add(outward, TSimd.Multiply(w, TSimd.Select(isCationLane, cIn, cOut)));
                inward = TSimd.Add(inward, TSimd.Multiply(w, TSimd.Select(isCationLane, cOut, cIn)));
            }

            if (TSimd.AllWithin(nonNegative, one, infinity) && TSimd.AllWithin(outward, normal, infinity) && TSimd.AllWithin(inward, normal, infinity))
            {
                TSimd.Store(TSimd.Multiply(VectorLog.OfRatio<TSimd, TVector>(inward, outward), scale), ref o, i);
            }
            else
            {
                SamplesScalar(z, p, ci, co, thermal, dst, (int)i, TSimd.Count);
            }
        }

        return (int)i;
    }

    // The single call's checks and solver, sample by sample (gathering each sample's m concentrations).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SamplesScalar(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, double thermal, Span<double> dst, int start, int count)
    {
        var m = z.Length;
        var n = dst.Length;
        Span<double> sampleIn = m <= BatchStackLimit ? stackalloc double[m] : new double[m];
        Span<double> sampleOut = m <= BatchStackLimit ? stackalloc double[m] : new double[m];
        for (var s = start; s < start + count; s++)
        {
            for (var k = 0; k < m; k++)
            {
                var index = (k * n) + s;
                sampleIn[k] = ci[index];
                sampleOut[k] = co[index];
                if (!(IsNonNegativeFinite(sampleIn[k]) && IsNonNegativeFinite(sampleOut[k])))
                {
                    var (name, value) = IsNonNegativeFinite(sampleIn[k]) ? ("outsides", sampleOut[k]) : ("insides", sampleIn[k]);
                    throw Guard.Fail(Guard.Element(name, index), $"{Guard.Format(Concentration.FromMolesPerCubicMeter(value))} (ion {k}, sample {s})", "a finite concentration ≥ 0");
                }
            }

            try
            {
                dst[s] = thermal * DimensionlessReversal(z, p, sampleIn, sampleOut, "insides, outsides", useClosedForm: true);
            }
            catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
            {
                // The only ArgumentException left after the checks above is "no finite reversal": name the sample (built only here).
                throw Guard.Within(e, $"Sample {s}");
            }
        }
    }

    private static void ThrowBadIonParameters(int valence, Permeability permeability, int k)
    {
        Guard.NonZeroValence(valence, $"valences[{k}]");
        Guard.NonNegativeFinite(permeability, $"permeabilities[{k}]");
    }
}
