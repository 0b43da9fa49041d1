using System;

namespace Membrane.Biophysics.Internal;

/// <summary>A map F: ℝⁿ → ℝⁿ, as a struct type argument so that the solver is specialised for it and nothing is allocated.</summary>
internal interface IVectorFunction
{
    /// <summary>F(x) into <paramref name="f"/>; false where F is not defined at x (or not finite there).</summary>
    bool TryEvaluate(ReadOnlySpan<double> x, Span<double> f);
}

/// <summary>When <see cref="DampedNewton"/> stops.</summary>
/// <param name="MaxIterations">The most Newton steps.</param>
/// <param name="ResidualTolerance">Converged when max |Fᵢ| is at most this.</param>
/// <param name="StepTolerance">Converged when a full (undamped) step has max |Δxᵢ| ≤ this·(1 + max |xᵢ|).</param>
/// <param name="ResidualFloor">The max |Fᵢ| rounding leaves: below it a damped step of max |Δxᵢ| ≤
/// <paramref name="FloorStepTolerance"/>·(1 + max |xᵢ|), a stalled line search or the last iteration counts as converged.</param>
/// <param name="FloorStepTolerance">See <paramref name="ResidualFloor"/>.</param>
/// <param name="DifferenceStep">The relative forward-difference step h: column j of the Jacobian from x_j + h·max(1, |x_j|)
/// (x_j − that where F is undefined there).</param>
internal readonly record struct DampedNewtonOptions(
    int MaxIterations,
    double ResidualTolerance,
    double StepTolerance,
    double ResidualFloor,
    double FloorStepTolerance,
    double DifferenceStep = 1e-7);

/// <summary>
/// Newton's method for a small system F(x) = 0 with a forward-difference Jacobian, solved by <see cref="DenseLu"/>, and a
/// backtracking line search that halves the step until ‖F‖₂² decreases (the Newton direction is a descent direction of
/// ‖F‖₂²); allocation-free in a caller-provided workspace.
/// </summary>
/// <remarks>
/// Dennis, J. E. and Schnabel, R. B. (1996) <i>Numerical Methods for Unconstrained Optimization and Nonlinear
/// Equations</i>, SIAM, §5.4 (finite-difference Jacobian, step h·max(|x_j|, typical x_j)) and §6.3 (backtracking line
/// search, here by halving with simple decrease); Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.7.
/// A trial point where F is undefined is treated as no decrease, so the iteration stays where F is defined.
/// </remarks>
internal static class DampedNewton
{
    private const int MaxHalvings = 40;

    /// <summary>The workspace length for n unknowns: the Jacobian and four n-vectors.</summary>
    public static int WorkspaceLength(int n) => (n * n) + (4 * n);

    /// <summary>
    /// Solves F(x) = 0 from the given x, in place, without throwing: false when F is undefined at the start, the
    /// Jacobian is singular, the line search finds no decrease above the residual floor, or the iterations run out.
    /// </summary>
    /// <param name="f">The map.</param>
    /// <param name="x">The start; on return the last accepted iterate.</param>
    /// <param name="options">The stopping rules.</param>
    /// <param name="workspace">At least <see cref="WorkspaceLength"/>(n) doubles.</param>
    /// <param name="pivots">At least n integers.</param>
    /// <param name="iterations">Incremented by each Newton step taken (so that restarts can share one count).</param>
    /// <param name="residual">max |Fᵢ| at the last accepted iterate (∞ when F is undefined at the start).</param>
    public static bool TrySolve<TF>(ref TF f, Span<double> x, in DampedNewtonOptions options, Span<double> workspace, Span<int> pivots, ref int iterations, out double residual)
        where TF : IVectorFunction, allows ref struct
    {
        var n = x.Length;
        var jacobian = workspace[..(n * n)];
        var r = workspace.Slice(n * n, n);
        var rTrial = workspace.Slice((n * n) + n, n);
        var trial = workspace.Slice((n * n) + (2 * n), n);
        var step = workspace.Slice((n * n) + (3 * n), n);
        residual = double.PositiveInfinity;
        if (!f.TryEvaluate(x, r))
        {
            return false;
        }

        residual = MaxAbs(r);
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            iterations++;
            if (residual <= options.ResidualTolerance)
            {
                return true;
            }

            for (var j = 0; j < n; j++)
            {
                x.CopyTo(trial);
                var delta = options.DifferenceStep * Math.Max(1, Math.Abs(x[j]));
                trial[j] += delta;
                if (!f.TryEvaluate(trial, rTrial))
                {
                    delta = -delta;
                    trial[j] = x[j] + delta;
                    if (!f.TryEvaluate(trial, rTrial))
                    {
                        return false;
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    jacobian[(i * n) + j] = (rTrial[i] - r[i]) / delta;
                }
            }

            for (var i = 0; i < n; i++)
            {
                step[i] = -r[i];
            }

            if (!DenseLu.Factor(jacobian, n, pivots))
            {
                return false;
            }

            DenseLu.Solve(jacobian, n, pivots, step);
            var merit = SumOfSquares(r);
            var lambda = 1.0;
            var accepted = false;
            for (var halving = 0; halving < MaxHalvings; halving++, lambda *= 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    trial[i] = x[i] + (lambda * step[i]);
                }

                if (f.TryEvaluate(trial, rTrial) && SumOfSquares(rTrial) < merit)
                {
                    accepted = true;
                    break;
                }
            }

            if (!accepted)
            {
                return residual <= options.ResidualFloor; // no decrease possible: converged only at the rounding floor
            }

            var fullStep = MaxAbs(step);
            trial.CopyTo(x);
            rTrial.CopyTo(r);
            residual = MaxAbs(r);
            var scale = 1 + MaxAbs(x);
            if ((lambda == 1 && fullStep <= options.StepTolerance * scale) || (residual <= options.ResidualFloor && fullStep <= options.FloorStepTolerance * scale))
            {
                return true;
            }
        }

        return residual <= options.ResidualFloor; // slow (ill-conditioned) convergence still counts at the floor
    }

    private static double SumOfSquares(ReadOnlySpan<double> v)
    {
        var sum = 0.0;
        foreach (var value in v)
        {
            sum += value * value;
        }

        return double.IsFinite(sum) ? sum : double.PositiveInfinity;
    }

    private static double MaxAbs(ReadOnlySpan<double> v)
    {
        var max = 0.0;
        foreach (var value in v)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        return double.IsFinite(max) ? max : double.PositiveInfinity;
    }
}
