using System;
using System.Globalization;

namespace Membrane.Biophysics.Internal;

/// <summary>A real function of one real variable, as a struct so that the root finder is specialised and does not allocate.</summary>
internal interface IRealFunction
{
    /// <summary>f(x).</summary>
    double Evaluate(double x);
}

/// <summary>
/// Brent–Dekker root finding on a bracket (Brent, R. P. (1973) <i>Algorithms for Minimization without Derivatives</i>,
/// Prentice-Hall, ch. 4; the arrangement of Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.3): inverse quadratic
/// interpolation and secant steps, falling back to bisection, so it never leaves the bracket and always converges.
/// </summary>
internal static class BrentRoot
{
    /// <summary>A root of <paramref name="f"/> in [a, b], where f(a) and f(b) have opposite signs (or one is zero).</summary>
    /// <param name="f">The function.</param>
    /// <param name="a">One end of the bracket.</param>
    /// <param name="fa">f(a).</param>
    /// <param name="b">The other end.</param>
    /// <param name="fb">f(b).</param>
    /// <param name="absoluteTolerance">Stop when the bracket's half-width is below this plus 2 ulp of the iterate.</param>
    /// <param name="what">What is being solved, for the exception message.</param>
    /// <param name="maxIterations">The iteration limit.</param>
    public static double Find<TF>(ref TF f, double a, double fa, double b, double fb, double absoluteTolerance, string what, int maxIterations = 200)
        where TF : IRealFunction, allows ref struct
    {
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
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
                return b;
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

        throw new ConvergenceException(
            string.Create(CultureInfo.InvariantCulture, $"{what} did not converge in {maxIterations} iterations (last x = {b}); the residual is f at that x."),
            maxIterations,
            fb);
    }
}
