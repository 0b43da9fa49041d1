using System;
using System.Globalization;

namespace Membrane.Biophysics.Internal;

/// <summary>
/// Bracketing the root of an increasing function by expanding outward: an end whose f has the wrong sign steps away by
/// s, 2s, 4s, … (clamped at a limit) until f changes sign, so that a start near the root costs few evaluations and a
/// far root is still reached in logarithmically many (Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.1, zbrac,
/// which grows the bracket geometrically). Each point passed on the way is a tighter bound on the other side.
/// </summary>
internal static class Bracket
{
    /// <summary>
    /// Moves <paramref name="x"/> down (x − s, then x − 2s more, …, never below <paramref name="limit"/>) until
    /// f(x) ≤ 0. False, with x and fx at the last point tried, when f is still &gt; 0 at the limit or after
    /// <paramref name="maxSteps"/> steps.
    /// </summary>
    /// <param name="f">The function, increasing.</param>
    /// <param name="x">The start; on return the new lower end.</param>
    /// <param name="fx">f(x) at the start; on return f at the new x.</param>
    /// <param name="firstStep">s, &gt; 0.</param>
    /// <param name="limit">The lowest x allowed (−∞ for none).</param>
    /// <param name="maxSteps">The most steps.</param>
    /// <param name="passed">The last point passed (f &gt; 0 there: an upper end), NaN when x did not move.</param>
    /// <param name="fPassed">f(<paramref name="passed"/>).</param>
    public static bool TryExpandDown<TF>(ref TF f, ref double x, ref double fx, double firstStep, double limit, int maxSteps, out double passed, out double fPassed)
        where TF : IRealFunction, allows ref struct
    {
        (passed, fPassed) = (double.NaN, double.NaN);
        var step = firstStep;
        for (var steps = 0; fx > 0; steps++, step *= 2)
        {
            if (x <= limit || steps == maxSteps)
            {
                return false;
            }

            (passed, fPassed) = (x, fx);
            x = Math.Max(x - step, limit);
            fx = f.Evaluate(x);
        }

        return true;
    }

    /// <summary>The mirror of <see cref="TryExpandDown"/>: moves x up, never above <paramref name="limit"/>, until f(x) ≥ 0.</summary>
    public static bool TryExpandUp<TF>(ref TF f, ref double x, ref double fx, double firstStep, double limit, int maxSteps, out double passed, out double fPassed)
        where TF : IRealFunction, allows ref struct
    {
        (passed, fPassed) = (double.NaN, double.NaN);
        var step = firstStep;
        for (var steps = 0; fx < 0; steps++, step *= 2)
        {
            if (x >= limit || steps == maxSteps)
            {
                return false;
            }

            (passed, fPassed) = (x, fx);
            x = Math.Min(x + step, limit);
            fx = f.Evaluate(x);
        }

        return true;
    }

    /// <summary>
    /// From a first guess [lo, hi] (lo ≤ hi, e.g. the extreme reversal potentials), a bracket with f(lo) ≤ 0 ≤ f(hi) of
    /// an increasing f: lo expands down first, each point it passes becoming hi; then, if lo did not move, hi expands up,
    /// each point passed becoming lo. False when a side reaches its limit or <paramref name="maxSteps"/> first; then
    /// f(lo) &gt; 0 says the lower side failed (the root, if any, lies below <paramref name="min"/>), else the upper.
    /// </summary>
    public static bool TryExpand<TF>(ref TF f, ref double lo, ref double hi, out double fLo, out double fHi, double firstStep, double min, double max, int maxSteps)
        where TF : IRealFunction, allows ref struct
    {
        fLo = f.Evaluate(lo);
        fHi = double.NaN;
        if (!TryExpandDown(ref f, ref lo, ref fLo, firstStep, min, maxSteps, out var passed, out var fPassed))
        {
            return false;
        }

        if (!double.IsNaN(passed))
        {
            (hi, fHi) = (passed, fPassed);
            return true;
        }

        fHi = hi == lo ? fLo : f.Evaluate(hi);
        if (!TryExpandUp(ref f, ref hi, ref fHi, firstStep, max, maxSteps, out passed, out fPassed))
        {
            return false;
        }

        if (!double.IsNaN(passed))
        {
            (lo, fLo) = (passed, fPassed);
        }

        return true;
    }

    /// <summary><see cref="TryExpand"/>, throwing where it returns false.</summary>
    /// <exception cref="ConvergenceException">No sign change was found within the limits or the steps.</exception>
    public static void Expand<TF>(ref TF f, ref double lo, ref double hi, out double fLo, out double fHi, double firstStep, double min, double max, int maxSteps, string what)
        where TF : IRealFunction, allows ref struct
    {
        if (!TryExpand(ref f, ref lo, ref hi, out fLo, out fHi, firstStep, min, max, maxSteps))
        {
            var (side, at, value) = fLo > 0 ? ("below", lo, fLo) : ("above", hi, fHi);
            throw new ConvergenceException(
                string.Create(CultureInfo.InvariantCulture, $"{what}: could not bracket the root {side} x = {at}, where f = {value}."),
                ConvergenceFailure.NoBracket,
                maxSteps,
                value);
        }
    }
}
