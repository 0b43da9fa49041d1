using System;
using System.Globalization;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// Brent–Dekker root finding on a bracket (Brent, R. P. (1973) <i>Algorithms for Minimization without Derivatives</i>,
/// Prentice-Hall, ch. 4; the arrangement of Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.3): inverse quadratic
/// interpolation and secant steps, falling back to bisection, so it never leaves the bracket and always converges.
/// </summary>
internal static class BrentRoot
{
    /// <summary>
    /// A root of <paramref name="f"/> in [a, b], where f(a) and f(b) have opposite signs (or one is zero); throws where
    /// <see cref="TryFind"/> returns false.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="a">One end of the bracket.</param>
    /// <param name="fa">f(a).</param>
    /// <param name="b">The other end.</param>
    /// <param name="fb">f(b).</param>
    /// <param name="absoluteTolerance">Stop when the bracket's half-width is below this plus 2 ulp of the iterate.</param>
    /// <param name="what">What is being solved, for the exception message.</param>
    /// <param name="maxIterations">The iteration limit.</param>
    /// <exception cref="ConvergenceException">f(a) and f(b) have the same sign (or one is NaN), or no convergence in <paramref name="maxIterations"/>.</exception>
    public static double Find<TF>(ref TF f, double a, double fa, double b, double fb, double absoluteTolerance, string what, int maxIterations = 200)
        where TF : IRealFunction, allows ref struct
    {
        if (TryFind(ref f, a, fa, b, fb, absoluteTolerance, maxIterations, out var root, out var residual))
        {
            return root;
        }

        if (!Brackets(fa, fb))
        {
            throw new ConvergenceException(
                string.Create(CultureInfo.InvariantCulture, $"{what}: f({a}) = {fa} and f({b}) = {fb} do not bracket a root (they must differ in sign)."),
                ConvergenceFailure.NoBracket,
                0,
                residual);
        }

        throw new ConvergenceException(
            string.Create(CultureInfo.InvariantCulture, $"{what} did not converge in {maxIterations} iterations (last x = {root}); the residual is f at that x."),
            ConvergenceFailure.IterationLimit,
            maxIterations,
            residual);
    }

    /// <summary>
    /// A root of <paramref name="f"/> in [a, b], without throwing: false when f(a) and f(b) do not bracket one (same
    /// sign, or NaN; <paramref name="root"/> is then NaN and <paramref name="residual"/> the smaller |f| of the two) or
    /// when <paramref name="maxIterations"/> do not suffice (<paramref name="root"/> is then the last iterate and
    /// <paramref name="residual"/> f there).
    /// </summary>
    public static bool TryFind<TF>(ref TF f, double a, double fa, double b, double fb, double absoluteTolerance, int maxIterations, out double root, out double residual)
        where TF : IRealFunction, allows ref struct
    {
        residual = 0;
        if (fa == 0)
        {
            root = a;
            return true;
        }

        if (fb == 0)
        {
            root = b;
            return true;
        }

        if (!Brackets(fa, fb))
        {
            root = double.NaN;
            residual = SmallerMagnitude(fa, fb);
            return false;
        }

        double c = b, fc = fb, d = b - a, e = d;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tolerance = (4.440892098500626e-16 * Math.Abs(b)) + (0.5 * absoluteTolerance);
            var half = 0.5 * (c - b);
            if (Math.Abs(half) <= tolerance || fb == 0)
            {
                root = b;
                residual = fb;
                return true;
            }

            if (Math.Abs(e) >= tolerance && Math.Abs(fa) > Math.Abs(fb))
            {
                double s = fb / fa, p, q;
                if (a == c)
                {
                    p = 2 * half * s;
                    q = 1 - s;
                }
                else
                {
                    var qa = fa / fc;
                    var r = fb / fc;
                    p = s * ((2 * half * qa * (qa - r)) - ((b - a) * (r - 1)));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }

                p = Math.Abs(p);
                if (2 * p < Math.Min((3 * half * q) - Math.Abs(tolerance * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = half;
                    e = d;
                }
            }
            else
            {
                d = half;
                e = d;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tolerance ? d : Math.CopySign(tolerance, half);
            fb = f.Evaluate(b);
        }

        root = b;
        residual = fb;
        return false;
    }

    /// <summary>Whether f(a) and f(b) differ in sign (both non-zero and neither NaN).</summary>
    /// <summary>The smaller of |a| and |b| that is a number: NaN only when both are (Math.Min would let one NaN hide the other).</summary>
    internal static double SmallerMagnitude(double a, double b) =>
        double.IsNaN(a) ? Math.Abs(b) : double.IsNaN(b) ? Math.Abs(a) : Math.Min(Math.Abs(a), Math.Abs(b));

    private static bool Brackets(double fa, double fb) => (fa < 0 && fb > 0) || (fa > 0 && fb < 0);
}
