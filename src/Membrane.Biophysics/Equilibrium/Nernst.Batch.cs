using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Equilibrium;

/// <summary>Batch Nernst potentials and their inverse over spans: allocation-free, one fused SIMD pass each.</summary>
public static partial class Nernst
{
    // Vector lanes outside the normal range (not finite and positive, subnormal, or a result beyond it) are redone
    // on the checked scalar path, which throws with the element's index or takes the exact route.
    private const double MinNormal = 2.2250738585072014E-308;

    /// <summary>
    /// Nernst potentials of many concentration pairs of one valence at one temperature:
    /// <c>destination[i] = (RT/zF) ln(outsides[i] / insides[i])</c>. Allocation-free and vectorised.
    /// </summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="insides">The inside concentrations; each finite and &gt; 0.</param>
    /// <param name="outsides">The outside concentrations, same length; each finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the potentials; same length as the inputs. May not overlap the inputs.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An element is ≤ 0, NaN or infinite (the message names the first such index); z = 0; T ≤ 0 K.
    /// Elements before the bad one may already have been written.
    /// </exception>
    public static void Potentials(
        int valence,
        ReadOnlySpan<Concentration> insides,
        ReadOnlySpan<Concentration> outsides,
        Temperature temperature,
        Span<ElectricPotential> destination,
        ConstantSet? constants = null)
    {
        Guard.SameLength(insides.Length, outsides.Length, nameof(outsides));
        Guard.SameLength(insides.Length, destination.Length, nameof(destination));
        var slope = NaturalSlope(valence, temperature, constants);
        var num = MemoryMarshal.Cast<Concentration, double>(outsides);
        var den = MemoryMarshal.Cast<Concentration, double>(insides);
        var dst = MemoryMarshal.Cast<ElectricPotential, double>(destination);
        var done = Simd512.IsAccelerated ? ScaledLogRatio<Simd512, Vector512<double>>(num, den, slope, dst)
                 : Simd256.IsAccelerated ? ScaledLogRatio<Simd256, Vector256<double>>(num, den, slope, dst)
                 : 0;
        PotentialsScalar(num, den, slope, dst, done, dst.Length - done);
    }

    /// <summary>
    /// Inside concentrations that give wanted Nernst potentials: <c>destination[i] = outsides[i] · exp(−zF·potentials[i]/RT)</c>.
    /// Allocation-free and vectorised.
    /// </summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="outsides">The outside concentrations; each finite and &gt; 0.</param>
    /// <param name="potentials">The wanted equilibrium potentials, same length; each finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the concentrations; same length. May not overlap the inputs.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bad element (named by index), a result beyond double range, z = 0, or T ≤ 0 K.</exception>
    public static void InsideConcentrations(
        int valence,
        ReadOnlySpan<Concentration> outsides,
        ReadOnlySpan<ElectricPotential> potentials,
        Temperature temperature,
        Span<Concentration> destination,
        ConstantSet? constants = null) =>
        Concentrations(outsides, potentials, -1 / NaturalSlope(valence, temperature, constants), destination, nameof(outsides));

    /// <summary>
    /// Outside concentrations that give wanted Nernst potentials: <c>destination[i] = insides[i] · exp(zF·potentials[i]/RT)</c>.
    /// Allocation-free and vectorised.
    /// </summary>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="insides">The inside concentrations; each finite and &gt; 0.</param>
    /// <param name="potentials">The wanted equilibrium potentials, same length; each finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="destination">Receives the concentrations; same length. May not overlap the inputs.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bad element (named by index), a result beyond double range, z = 0, or T ≤ 0 K.</exception>
    public static void OutsideConcentrations(
        int valence,
        ReadOnlySpan<Concentration> insides,
        ReadOnlySpan<ElectricPotential> potentials,
        Temperature temperature,
        Span<Concentration> destination,
        ConstantSet? constants = null) =>
        Concentrations(insides, potentials, 1 / NaturalSlope(valence, temperature, constants), destination, nameof(insides));

    private static void Concentrations(
        ReadOnlySpan<Concentration> known,
        ReadOnlySpan<ElectricPotential> potentials,
        double rate,
        Span<Concentration> destination,
        string knownName)
    {
        Guard.SameLength(known.Length, potentials.Length, nameof(potentials));
        Guard.SameLength(known.Length, destination.Length, nameof(destination));
        var c = MemoryMarshal.Cast<Concentration, double>(known);
        var e = MemoryMarshal.Cast<ElectricPotential, double>(potentials);
        var dst = MemoryMarshal.Cast<Concentration, double>(destination);
        var done = Simd512.IsAccelerated ? ScaledExp<Simd512, Vector512<double>>(c, e, rate, dst, knownName)
                 : Simd256.IsAccelerated ? ScaledExp<Simd256, Vector256<double>>(c, e, rate, dst, knownName)
                 : 0;
        ConcentrationsScalar(c, e, rate, dst, done, dst.Length - done, knownName);
    }

    // dst[i] = k · ln(num[i] / den[i]) for whole vectors of valid lanes, the quotient never formed (see VectorLog.OfRatio);
    // returns where it stopped.
    private static int ScaledLogRatio<TSimd, TVector>(ReadOnlySpan<double> num, ReadOnlySpan<double> den, double k, Span<double> dst)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        ref var n = ref MemoryMarshal.GetReference(num);
        ref var d = ref MemoryMarshal.GetReference(den);
        ref var o = ref MemoryMarshal.GetReference(dst);
        var (scale, normal, infinity) = (TSimd.Broadcast(k), TSimd.Broadcast(MinNormal), TSimd.Broadcast(double.PositiveInfinity));
        var width = (nuint)TSimd.Count;
        nuint i = 0;
        for (; i + width <= (nuint)dst.Length; i += width)
        {
            var x = TSimd.Load(ref n, i);
            var y = TSimd.Load(ref d, i);
            if (TSimd.AllWithin(x, normal, infinity) && TSimd.AllWithin(y, normal, infinity))
            {
                TSimd.Store(TSimd.Multiply(VectorLog.OfRatio<TSimd, TVector>(x, y), scale), ref o, i);
            }
            else
            {
                PotentialsScalar(num, den, k, dst, (int)i, TSimd.Count);
            }
        }

        return (int)i;
    }

    // dst[i] = c[i] · exp(rate · e[i]) for whole vectors of valid lanes; returns where it stopped.
    private static int ScaledExp<TSimd, TVector>(ReadOnlySpan<double> c, ReadOnlySpan<double> e, double rate, Span<double> dst, string knownName)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        ref var cr = ref MemoryMarshal.GetReference(c);
        ref var er = ref MemoryMarshal.GetReference(e);
        ref var o = ref MemoryMarshal.GetReference(dst);
        var (scale, positive, tiny, infinity, lowest) =
            (TSimd.Broadcast(rate), TSimd.Broadcast(double.Epsilon), TSimd.Broadcast(MinNormal), TSimd.Broadcast(double.PositiveInfinity), TSimd.Broadcast(double.MinValue));
        var width = (nuint)TSimd.Count;
        nuint i = 0;
        for (; i + width <= (nuint)dst.Length; i += width)
        {
            var x = TSimd.Load(ref cr, i);
            var v = TSimd.Load(ref er, i);
            var result = TSimd.Multiply(x, TSimd.Exp(TSimd.Multiply(v, scale)));
            if (TSimd.AllWithin(x, positive, infinity) && TSimd.AllWithin(v, lowest, infinity) && TSimd.AllWithin(result, tiny, infinity))
            {
                TSimd.Store(result, ref o, i);
            }
            else
            {
                ConcentrationsScalar(c, e, rate, dst, (int)i, TSimd.Count, knownName);
            }
        }

        return (int)i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ConcentrationsScalar(ReadOnlySpan<double> c, ReadOnlySpan<double> e, double rate, Span<double> dst, int start, int count, string knownName)
    {
        for (var j = start; j < start + count; j++)
        {
            CheckConcentration(c[j], knownName, j);
            if (!double.IsFinite(e[j]))
            {
                throw Guard.Fail(Guard.Element("potentials", j), ElectricPotential.FromVolts(e[j]), "a finite potential");
            }

            var result = Scale(c[j], e[j] * rate);
            dst[j] = double.IsNaN(result) ? throw Guard.Fail(
                Guard.Element("potentials", j),
                ElectricPotential.FromVolts(e[j]),
                "a potential whose concentration is a positive finite double") : result;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PotentialsScalar(ReadOnlySpan<double> num, ReadOnlySpan<double> den, double k, Span<double> dst, int start, int count)
    {
        for (var j = start; j < start + count; j++)
        {
            CheckConcentration(den[j], "insides", j);
            CheckConcentration(num[j], "outsides", j);
            dst[j] = k * AccurateMath.LogRatio(num[j], den[j]);
        }
    }

    private static void CheckConcentration(double value, string name, int index)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw Guard.Fail(Guard.Element(name, index), Concentration.FromMolesPerCubicMeter(value), "a finite concentration > 0");
        }
    }
}
