using System.Runtime.CompilerServices;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// e^a and e^a − 1 together for lanes with −708 ≤ a ≤ 0, and e^a alone for −708 ≤ a ≤ 709, written out so that the JIT inlines them into a batch kernel
/// (the runtime's <c>Vector512.Exp</c> is a call that passes its vector through memory and re-checks special values,
/// and e^a − 1 would need a second function, or a logarithm in Kahan's form).
/// </summary>
/// <remarks>
/// Argument reduction a = k·ln 2 + r, k = round(a/ln 2), |r| ≤ ½ ln 2, with ln 2 split into a 32-bit head and its tail
/// (Cody, W. J. and Waite, W. (1980) <i>Software Manual for the Elementary Functions</i>, Prentice-Hall, ch. 6;
/// Tang, P. T. P. (1989) <i>ACM Trans. Math. Softw.</i> 15, 144–157). Then p = e^r − 1 by its Taylor series to r¹³/13! (Estrin's scheme)
/// (Abramowitz and Stegun (1964) <i>Handbook of Mathematical Functions</i>, 4.2.1; truncation below 5e-18 for
/// |r| ≤ 0.3466), never forming 1 + r first, so e^a − 1 = 2^k·p + (2^k − 1) has no cancellation: at k = 0 it is p
/// itself, and for k ≤ −1 the two terms have the same sign. e^a = 2^k·p + 2^k. The rounding to k uses the
/// 1.5·2⁵² shift, whose low bits then hold k for building 2^k. Tested against <see cref="System.Math.Exp(double)"/>
/// and a series reference for e^a − 1 in tests/Membrane.Biophysics.Tests/Internal/VectorExpTests.cs.
/// </remarks>
internal static class VectorExp
{
    /// <summary>1.5·2⁵²: adding it rounds a double of magnitude below 2⁵¹ to an integer held in the low mantissa bits.</summary>
    internal const double RoundingShift = 6755399441055744.0;

    private const double Log2E = 1.4426950408889634;

    // ln 2 = Ln2High + Ln2Low; Ln2High has 32 significant bits (the split of VectorLog).
    private const double Ln2High = 0.693147180369123816490;
    private const double Ln2Low = 1.90821492927058770002e-10;

    /// <summary>e^a − 1 (returned) and e^a (<paramref name="exp"/>) for lanes the caller has checked to be in [−708, 0].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector NonPositiveMinusOne<TSimd, TVector>(TVector a, out TVector exp)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var p = Reduce<TSimd, TVector>(a, out var scale);
        exp = TSimd.MultiplyAdd(scale, p, scale);
        return TSimd.MultiplyAdd(scale, p, TSimd.Subtract(scale, TSimd.Broadcast(1.0))); // 2^k − 1 is exact for k ≥ −53
    }

    /// <summary>
    /// e^a for lanes the caller has checked to be in [−708, 709] (then 2^k is a normal double); the same reduction and
    /// series as <see cref="NonPositiveMinusOne"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Of<TSimd, TVector>(TVector a)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var p = Reduce<TSimd, TVector>(a, out var scale);
        return TSimd.MultiplyAdd(scale, p, scale);
    }

    // a = k ln 2 + r: returns p = e^r − 1 and scale = 2^k.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Reduce<TSimd, TVector>(TVector a, out TVector scale)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var shift = TSimd.Broadcast(RoundingShift);
        var shifted = TSimd.MultiplyAdd(a, TSimd.Broadcast(Log2E), shift);
        var k = TSimd.Subtract(shifted, shift);
        var r = TSimd.MultiplyAdd(k, TSimd.Broadcast(-Ln2High), a); // exact: k·Ln2High has at most 43 bits
        r = TSimd.MultiplyAdd(k, TSimd.Broadcast(-Ln2Low), r);

        // q = 1/2! + r/3! + … + r¹¹/13! by Estrin's scheme (pairs, then powers r², r⁴: a short dependency chain),
        // p = r + r²·q = e^r − 1.
        var r2 = TSimd.Multiply(r, r);
        var r4 = TSimd.Multiply(r2, r2);
        var e0 = TSimd.MultiplyAdd(r, TSimd.Broadcast(1.0 / 6), TSimd.Broadcast(0.5));
        var e1 = TSimd.MultiplyAdd(r, TSimd.Broadcast(1.0 / 120), TSimd.Broadcast(1.0 / 24));
        var e2 = TSimd.MultiplyAdd(r, TSimd.Broadcast(1.0 / 5040), TSimd.Broadcast(1.0 / 720));
        var e3 = TSimd.MultiplyAdd(r, TSimd.Broadcast(1.0 / 362880), TSimd.Broadcast(1.0 / 40320));
        var e4 = TSimd.MultiplyAdd(r, TSimd.Broadcast(1.0 / 39916800), TSimd.Broadcast(1.0 / 3628800));
        var e5 = TSimd.MultiplyAdd(r, TSimd.Broadcast(1.0 / 6227020800), TSimd.Broadcast(1.0 / 479001600));
        var f0 = TSimd.MultiplyAdd(e1, r2, e0);
        var f1 = TSimd.MultiplyAdd(e3, r2, e2);
        var f2 = TSimd.MultiplyAdd(e5, r2, e4);
        var q = TSimd.MultiplyAdd(TSimd.MultiplyAdd(f2, r4, f1), r4, f0);
        scale = TSimd.PowerOfTwo(shifted); // 2^k, exact (k ≥ −1022 for a ≥ −708)
        return TSimd.MultiplyAdd(r2, q, r);
    }
}
