using System;
using System.Globalization;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// Newton's method safeguarded by a bracket (Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.4, rtsafe): the
/// bracket [a, b], f(a) and f(b) of opposite signs, shrinks with every evaluation, and a Newton step that would leave
/// it is replaced by bisection, so the iteration cannot diverge and converges quadratically near a simple root; it
/// stops when the Newton step, the step taken or the bracket falls below the tolerance (NR's test is the first). Where
/// the function has no derivative at hand it hands the current bracket to <see cref="BrentRoot"/>.
/// </summary>
internal static class SafeguardedNewton
{
    /// <summary>
    /// A root of <paramref name="f"/> in the bracket, without throwing; false when f(a) and f(b) do not bracket one
    /// (<paramref name="root"/> is then NaN) or the iterations do not suffice (<paramref name="root"/> is then the last
    /// iterate). On return a, fa, b, fb hold the final bracket.
    /// </summary>
    /// <param name="f">The function and its derivative.</param>
    /// <param name="a">One end of the bracket.</param>
    /// <param name="fa">f(a).</param>
    /// <param name="b">The other end.</param>
    /// <param name="fb">f(b).</param>
    /// <param name="start">The first iterate; the midpoint when it is not strictly inside the bracket.</param>
    /// <param name="absoluteTolerance">Stop when the Newton step or the bracket is below this over 2 plus 2 ulp of the
    /// iterate (the tolerance of <see cref="BrentRoot"/>).</param>
    /// <param name="maxIterations">The most Newton steps (and, after a hand-over, the most Brent steps).</param>
    /// <param name="root">The root.</param>
    /// <param name="iterations">The Newton steps taken (0 when an end of the bracket is a root).</param>
    public static bool TryFind<TF>(
        ref TF f,
        ref double a,
        ref double fa,
        ref double b,
        ref double fb,
        double start,
        double absoluteTolerance,
        int maxIterations,
        out double root,
        out int iterations)
        where TF : IDifferentiableFunction, allows ref struct
    {
        iterations = 0;
        if (fa == 0 || fb == 0)
        {
            root = fa == 0 ? a : b;
            return true;
        }

        if (!((fa < 0 && fb > 0) || (fa > 0 && fb < 0)))
        {
            root = double.NaN;
            return false;
        }

        var x = Inside(start, a, b) ? start : 0.5 * (a + b);
        var negativeAtA = fa < 0;
        for (iterations = 1; iterations <= maxIterations; iterations++)
        {
            if (!f.TryEvaluate(x, out var fx, out var slope) || double.IsNaN(fx))
            {
                return BrentRoot.TryFind(ref f, a, fa, b, fb, absoluteTolerance, maxIterations, out root, out _);
            }

            if (fx == 0)
            {
                root = x;
                return true;
            }

            if ((fx < 0) == negativeAtA)
            {
                (a, fa) = (x, fx);
            }
            else
            {
                (b, fb) = (x, fx);
            }

            // A Newton step below the tolerance ends the search even where rounding puts x − step on the bracket's
            // edge (f(x) of the wrong sign by an ulp): bisecting the rest of the bracket would only add evaluations.
            var step = fx / slope;
            var tolerance = (4.440892098500626e-16 * Math.Abs(x)) + (0.5 * absoluteTolerance);
            if (Math.Abs(step) <= tolerance)
            {
                root = x - step;
                return true;
            }

            var next = x - step;
            if (!Inside(next, a, b))
            {
                next = 0.5 * (a + b);
            }

            if (Math.Abs(next - x) <= tolerance || Math.Abs(b - a) <= tolerance)
            {
                root = next;
                return true;
            }

            x = next;
        }

        iterations = maxIterations;
        root = x;
        return false;
    }

    /// <summary><see cref="TryFind"/>, throwing where it returns false.</summary>
    /// <exception cref="ConvergenceException">No bracket, or no convergence in <paramref name="maxIterations"/> (the residual is the smaller |f| at the bracket's ends).</exception>
    public static double Find<TF>(ref TF f, double a, double fa, double b, double fb, double start, double absoluteTolerance, string what, int maxIterations = 200)
        where TF : IDifferentiableFunction, allows ref struct
    {
        if (TryFind(ref f, ref a, ref fa, ref b, ref fb, start, absoluteTolerance, maxIterations, out var root, out var iterations))
        {
            return root;
        }

        var residual = BrentRoot.SmallerMagnitude(fa, fb);
        throw new ConvergenceException(
            double.IsNaN(root)
                ? string.Create(CultureInfo.InvariantCulture, $"{what}: f({a}) = {fa} and f({b}) = {fb} do not bracket a root (they must differ in sign).")
                : string.Create(CultureInfo.InvariantCulture, $"{what} did not converge in {iterations} Newton iterations (last x = {root})."),
            double.IsNaN(root) ? ConvergenceFailure.NoBracket : ConvergenceFailure.IterationLimit,
            iterations,
            residual);
    }

    private static bool Inside(double x, double a, double b) => a < b ? x > a && x < b : x > b && x < a;
}
