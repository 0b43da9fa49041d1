using System;

namespace Membrane.Biophysics.Internal;

/// <summary>Elementary functions to full double accuracy where the runtime's are not.</summary>
internal static class AccurateMath
{
    /// <summary>
    /// eˣ − 1 to a few ulps for every x, including |x| ≪ 1. .NET 10's <see cref="double.ExpM1"/> is computed as
    /// <c>Exp(x) − 1</c>, which loses about 2.2e-16/|x| relative (5e-13 at x = 4e-5), so it is not used.
    /// </summary>
    /// <remarks>
    /// Kahan's method: with y = fl(eˣ), eˣ − 1 = (y − 1)·x / ln y, the rounding of y cancelling between numerator
    /// and denominator. Goldberg, D. (1991) What every computer scientist should know about floating-point
    /// arithmetic. <i>ACM Comput. Surv.</i> 23, 5–48 (Theorem 4 and the discussion of ln(1 + x) before it; the same
    /// trick for eˣ − 1 is in Higham, N. J. (2002) <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed.,
    /// SIAM, §1.14.1).
    /// </remarks>
    public static double ExpM1(double x) => ExpM1(x, Math.Exp(x));

    /// <summary>eˣ − 1 given y = fl(eˣ) already computed (a caller that needs both saves one exponential).</summary>
    public static double ExpM1(double x, double y)
    {
        if (y == 1)
        {
            return x;
        }

        var ym1 = y - 1;
        if (ym1 == -1 || double.IsInfinity(y) || double.IsNaN(y))
        {
            return ym1;
        }

        return ym1 * x / Math.Log(y);
    }

    /// <summary>
    /// ln(a/b) for positive finite a and b, to a few ulps everywhere: near a/b = 1 as log1p((a − b)/b), where a − b is
    /// exact (Sterbenz) and Kahan's log1p keeps the small result's relative accuracy; within double range as ln of the
    /// once-rounded quotient; beyond it as ln a − ln b.
    /// </summary>
    /// <remarks>Kahan's log1p: w = 1 + x, ln(1 + x) = x when w = 1, else ln(w)·x/(w − 1) (Goldberg 1991, Theorem 4).</remarks>
    public static double LogRatio(double numerator, double denominator)
    {
        var ratio = numerator / denominator;
        if (ratio is >= 0.5 and <= 2)
        {
            var x = (numerator - denominator) / denominator;
            var w = 1 + x;
            return w == 1 ? x : Math.Log(w) * x / (w - 1);
        }

        return double.IsNormal(ratio) && double.IsFinite(ratio)
            ? Math.Log(ratio)
            : Math.Log(numerator) - Math.Log(denominator);
    }
}
