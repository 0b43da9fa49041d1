using System.Runtime.CompilerServices;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// The natural logarithm of positive, normal, finite lanes, written out so that the JIT inlines it into a batch
/// kernel (the runtime's <c>Vector512.Log</c> is a call that passes its vector through memory and re-checks
/// special values the kernels have already excluded).
/// </summary>
/// <remarks>
/// Argument reduction x = 2^k·m with m ∈ [√½, √2) (Cody, W. J. and Waite, W. (1980) <i>Software Manual for the
/// Elementary Functions</i>, Prentice-Hall, ch. 5), then ln m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …) with
/// s = (m − 1)/(m + 1), |s| ≤ 0.1716 (Abramowitz and Stegun (1964) <i>Handbook of Mathematical Functions</i>, 4.1.27).
/// Ten terms leave a truncation error below 3e-17 relative; ln 2 is split into a 32-bit head (k·ln2_hi exact) and
/// its tail. Tested against <see cref="System.Math.Log(double)"/> to within two ulps.
/// </remarks>
internal static class VectorLog
{
    internal const ulong MantissaMask = 0x000F_FFFF_FFFF_FFFF;
    internal const ulong OneBits = 0x3FF0_0000_0000_0000;
    internal const ulong TwoPow52Bits = 0x4330_0000_0000_0000;
    internal const double TwoPow52PlusBias = 4503599627370496.0 + 1023.0;
    internal const double Sqrt2 = 1.4142135623730951;

    // ln 2 = Ln2High + Ln2Low; Ln2High has 32 significant bits, so k·Ln2High is exact for |k| < 2^21.
    private const double Ln2High = 0.693147180369123816490;
    private const double Ln2Low = 1.90821492927058770002e-10;

    /// <summary>ln x for lanes the caller has checked to be positive, normal and finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector OfPositiveNormal<TSimd, TVector>(TVector x)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var m = TSimd.Decompose(x, out var k);
        var large = TSimd.GreaterThanOrEqual(m, TSimd.Broadcast(Sqrt2));
        m = TSimd.Select(large, TSimd.Multiply(m, TSimd.Broadcast(0.5)), m);
        k = TSimd.Add(k, TSimd.And(large, TSimd.Broadcast(1.0)));
        var one = TSimd.Broadcast(1.0);
        return Series<TSimd, TVector>(TSimd.Subtract(m, one), TSimd.Add(m, one), k);
    }

    /// <summary>
    /// ln(x/y) for lanes the caller has checked to be positive, normal and finite, without forming x/y: the
    /// mantissas' quotient is brought into [√½, √2) by a power of two, so one division serves, nothing over- or
    /// underflows, and the quotient is never rounded.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector OfRatio<TSimd, TVector>(TVector x, TVector y)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var mx = TSimd.Decompose(x, out var kx);
        var my = TSimd.Decompose(y, out var ky);
        var sqrt2 = TSimd.Broadcast(Sqrt2);
        var one = TSimd.Broadcast(1.0);
        var large = TSimd.GreaterThanOrEqual(mx, TSimd.Multiply(my, sqrt2));   // mx/my ≥ √2: halve the quotient
        var small = TSimd.GreaterThanOrEqual(my, TSimd.Multiply(mx, sqrt2));   // mx/my ≤ √½: double it
        my = TSimd.Select(large, TSimd.Add(my, my), TSimd.Select(small, TSimd.Multiply(my, TSimd.Broadcast(0.5)), my));
        var k = TSimd.Add(TSimd.Subtract(kx, ky), TSimd.Subtract(TSimd.And(large, one), TSimd.And(small, one)));
        return Series<TSimd, TVector>(TSimd.Subtract(mx, my), TSimd.Add(mx, my), k);
    }

    // k·ln 2 + ln((1 + s)/(1 − s)) with s = numerator/denominator, |s| ≤ 0.1716.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Series<TSimd, TVector>(TVector numerator, TVector denominator, TVector k)
        where TSimd : ISimd<TVector>
        where TVector : struct
    {
        var s = TSimd.Divide(numerator, denominator);
        var z = TSimd.Multiply(s, s);
        var p = TSimd.Broadcast(1.0 / 19);
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 17));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 15));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 13));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 11));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 9));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 7));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 5));
        p = TSimd.MultiplyAdd(p, z, TSimd.Broadcast(1.0 / 3));
        var twoS = TSimd.Add(s, s);
        var lnQuotient = TSimd.MultiplyAdd(TSimd.Multiply(twoS, z), p, twoS); // 2s + 2s·z·(1/3 + z/5 + …)
        return TSimd.MultiplyAdd(k, TSimd.Broadcast(Ln2High), TSimd.MultiplyAdd(k, TSimd.Broadcast(Ln2Low), lnQuotient));
    }
}
