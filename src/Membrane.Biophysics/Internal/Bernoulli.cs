using System;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// The Bernoulli function B(x) = x/(eˣ − 1) and its derivative, smooth through the removable singularity at x = 0:
/// the Scharfetter–Gummel weight of a drift–diffusion flux (Scharfetter, D. L. and Gummel, H. K. (1969) Large-signal
/// analysis of a silicon Read diode oscillator. <i>IEEE Trans. Electron Devices</i> 16, 64–77), the GHK flux factor
/// (c_in B(−u) − c_out B(u)) and the HH rates α ∝ u/(1 − e^(−u)) = B(−u).
/// </summary>
/// <remarks>
/// <para>
/// B(−x) = B(x) + x = eˣ B(x). Away from 0, B(x) = x/expm1(x) with Kahan's expm1 (<see cref="AccurateMath.ExpM1(double)"/>),
/// a few ulps. Below |x| = <see cref="SeriesLimit"/> the Taylor series B(x) = Σ Bₙ xⁿ/n! with the Bernoulli numbers
/// B₀ = 1, B₁ = −½, B₂ = ⅙, B₄ = −1/30 (Abramowitz, M. and Stegun, I. A. (1964) <i>Handbook of Mathematical Functions</i>,
/// 23.1.1): 1 − x/2 + x²/12 − x⁴/720, and B′(x) = −½ + x/6 − x³/180.
/// </para>
/// <para>
/// The cut-off 10⁻³: there the first terms left out, x⁶/30240 in B and x⁵/5040 in B′, are 3·10⁻²³ and 2·10⁻¹⁹ of the
/// values (1 and −½), far below half an ulp, so the series is exact to rounding on its whole side; and the closed form
/// of B′, whose 1 − B(−x) cancels near 0, loses about 2ε/|x| relative, 10⁻¹² at the cut-off (B itself is a few ulps on
/// both sides). A higher cut-off would need more series terms; a lower one would widen the cancellation in B′.
/// The vector twins (<c>GhkCurrent.Batch.cs</c>, the kernel's <c>HodgkinHuxleyGates</c>) use this cut-off and series,
/// and are tested against these scalar forms.
/// </para>
/// </remarks>
internal static class Bernoulli
{
    /// <summary>Below this |x| the Taylor series is used.</summary>
    public const double SeriesLimit = 1e-3;

    /// <summary>B(x) = x/(eˣ − 1); B(0) = 1. x e^(−x) beyond x = 700, where eˣ − 1 is about to overflow.</summary>
    public static double Of(double x)
    {
        if (Math.Abs(x) < SeriesLimit)
        {
            return Series(x);
        }

        if (x > 700)
        {
            return x * Math.Exp(-x);
        }

        return x / AccurateMath.ExpM1(x);
    }

    /// <summary>
    /// B(x) (returned) and B(−x) (<paramref name="ofNegative"/>) from one exponential: with a = −|x| and y = e^a,
    /// B(a) = a/expm1(a) and B(−a) = y·B(a) (0 where y underflows, not ∞·0).
    /// </summary>
    public static double Of(double x, out double ofNegative)
    {
        var ax = Math.Abs(x);
        double atMinusAbs, atAbs; // B(−|x|), B(|x|)
        if (ax < SeriesLimit)
        {
            atMinusAbs = Series(-ax);
            atAbs = Series(ax);
        }
        else
        {
            var a = -ax;
            var y = Math.Exp(a);
            atMinusAbs = a / AccurateMath.ExpM1(a, y);
            atAbs = y == 0 ? 0 : atMinusAbs * y;
        }

        (var result, ofNegative) = x >= 0 ? (atAbs, atMinusAbs) : (atMinusAbs, atAbs);
        return result;
    }

    /// <summary>
    /// B′(x) = B(x)(1 − B(−x))/x (from B′ = B/x − B eˣ/(eˣ − 1) and B(−x) = eˣ B(x)); B′(0) = −½. Unlike the form
    /// B(1 − B)/x − B, which cancels by a factor |x| for x ≪ −1, this cancels only near 0, in 1 − B(−x).
    /// </summary>
    public static double Derivative(double x)
    {
        if (Math.Abs(x) < SeriesLimit)
        {
            return -0.5 + (x / 6) - (x * x * x / 180);
        }

        var b = Of(x, out var ofNegative);
        return b * (1 - ofNegative) / x;
    }

    /// <summary>1 − x/2 + x²/12 − x⁴/720, for |x| &lt; <see cref="SeriesLimit"/>.</summary>
    internal static double Series(double x)
    {
        var x2 = x * x;
        return 1 - (x / 2) + (x2 / 12) - (x2 * x2 / 720);
    }
}
