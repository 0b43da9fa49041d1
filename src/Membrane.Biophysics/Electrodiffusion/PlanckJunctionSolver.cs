using System;
using System.Globalization;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// The stationary, electroneutral, zero-current Nernst–Planck junction (Planck 1890) for ions of any valence, with
/// the potential as the independent variable.
/// </summary>
/// <remarks>
/// <para>
/// With ψ = Fφ/RT, constant fluxes J_i and local electroneutrality, dψ/dx = −Q/s with Q = Σ z_k J_k/D_k constant and
/// s = Σ z_k² c_k &gt; 0, so ψ is monotonic across the junction and t = (ψ − ψ₀)/Δψ ∈ [0, 1] can replace x. Then
/// dc_i/dt = h_i s − Δψ z_i c_i with constants h_i, Σ z_i h_i = Δψ. Summed over each valence class k,
/// dC_k/dt = H_k s − Δψ z_k C_k, s = Σ z_k² C_k: a linear system with a constant K×K matrix A = H wᵀ − Δψ diag(z),
/// w_k = z_k², integrated exactly (matrix exponential by Taylor series on steps with ‖A h‖ ≤ ½). Integrating
/// d(c_i e^{z_i Δψ t})/dt = h_i s e^{z_i Δψ t} from 0 to 1 gives h_i = (c_i^L e^{z_i Δψ} − c_i^0)/M_k with
/// M_k = ∫₀¹ e^{z_k Δψ t} s dt, also integrated exactly. Zero current, Σ z_i J_i ∝ Σ z_i D_i h_i = 0.
/// </para>
/// <para>
/// Unknowns: H (one per valence class; Δψ = Σ z_k H_k). Equations: C_k(1) = C_k^L for all classes but one
/// (electroneutrality carries the last) and zero current. Newton with a forward-difference Jacobian and step
/// halving, started from Henderson's Δψ with linear mixing; should that fail (concentrations far apart, several
/// valence classes), by continuation in the composition of the far solution. Everything is regular at Δψ = 0.
/// </para>
/// </remarks>
internal static class PlanckJunctionSolver
{
    private const int MaxIterations = 40;
    private const int TaylorTerms = 18;

    /// <summary>
    /// Δψ = F(φ_L − φ_0)/RT of the junction between solution 0 (c0) and solution L (cL). Solved from side 0; should
    /// that fail, from side L (the same junction, −Δψ), since marching toward a class that becomes very dilute is the
    /// ill-conditioned direction and the reverse march is not.
    /// </summary>
    public static double Solve(ReadOnlySpan<int> valence, ReadOnlySpan<double> diffusion, ReadOnlySpan<double> c0, ReadOnlySpan<double> cL, out int iterations)
    {
        iterations = 0;
        if (TrySolve(valence, diffusion, c0, cL, ref iterations, out var psi, out var residual))
        {
            return psi;
        }

        if (TrySolve(valence, diffusion, cL, c0, ref iterations, out psi, out _))
        {
            return -psi;
        }

        throw Failure(iterations, residual);
    }

    private static bool TrySolve(ReadOnlySpan<int> valence, ReadOnlySpan<double> diffusion, ReadOnlySpan<double> c0, ReadOnlySpan<double> cL, ref int iterations, out double psi, out double residual)
    {
        var problem = new Problem(valence, diffusion, c0, cL);
        var start = iterations;
        psi = 0;
        residual = 0;
        if (problem.Trivial)
        {
            return true;
        }

        var newton = new Newton(problem.K);
        var h = new double[problem.K];
        problem.InitialGuess(JunctionPotential.HendersonScaled(valence, diffusion, c0, cL), h);
        if (newton.TrySolve(problem, h, ref iterations, out var norm))
        {
            psi = problem.Potential(h);
            return true;
        }

        // The residual reported on failure is the last finite one: the continuation's start, θ = 0, is solved exactly
        // by H = 0 (residual 0), and a Newton solve whose residuals were undefined from its start adds none.
        residual = double.IsFinite(norm) ? norm : 0;

        // Continuation: mix the far solution in from the near one, c(θ) = c0 + θ(cL − c0), which keeps both ends
        // electroneutral and positive; θ = 0 is solved by H = 0. Steps grow on success and halve on failure.
        Array.Clear(h);
        var trial = new double[problem.K];
        var mix = new double[c0.Length];
        double theta = 0, dTheta = 0.25;
        while (theta < 1)
        {
            var next = Math.Min(1, theta + dTheta);
            for (var i = 0; i < mix.Length; i++)
            {
                mix[i] = c0[i] + (next * (cL[i] - c0[i]));
            }

            h.CopyTo(trial, 0);
            var solved = newton.TrySolve(new Problem(valence, diffusion, c0, mix), trial, ref iterations, out norm);
            if (double.IsFinite(norm))
            {
                residual = norm;
            }

            if (solved)
            {
                trial.CopyTo(h, 0);
                theta = next;
                dTheta *= 2;
            }
            else
            {
                dTheta *= 0.5;
                if (dTheta < 1e-6 || iterations - start > 2000)
                {
                    return false;
                }
            }
        }

        psi = problem.Potential(h);
        return true;
    }

    /// <summary>
    /// Newton's method with a forward-difference Jacobian and step halving (Internal/DampedNewton) on the residuals of a
    /// <see cref="Problem"/>, with its workspace: allocated once per junction solve, reused by every continuation step.
    /// </summary>
    private sealed class Newton(int k)
    {
        private readonly double[] _workspace = new double[DampedNewton.WorkspaceLength(k)];
        private readonly int[] _pivots = new int[k];
        private readonly Workspace _work = new(k);

        /// <summary>Solves for H from the given start, in place; false (H unspecified) when it does not converge.</summary>
        public bool TrySolve(Problem problem, double[] h, ref int iterations, out double norm)
        {
            // Converged at a residual of 1e-15, or when a full Newton step is negligible (1e-14), or when a small one
            // (1e-8) leaves the residual at its rounding floor.
            var options = new DampedNewtonOptions(MaxIterations, 1e-15, 1e-14, problem.RoundingFloor, 1e-8);
            var residuals = new Residuals(problem, _work);
            return DampedNewton.TrySolve(ref residuals, h, options, _workspace, _pivots, ref iterations, out norm);
        }
    }

    /// <summary>The residuals of <see cref="Problem.Residual"/> as the function object of the damped Newton iteration.</summary>
    private readonly struct Residuals(Problem problem, Workspace work) : IVectorFunction
    {
        public bool TryEvaluate(ReadOnlySpan<double> x, Span<double> f) => problem.Residual(x, f, work);
    }

    private static ConvergenceException Failure(int iterations, double residual) => new(
        string.Create(CultureInfo.InvariantCulture, $"The Planck junction solve did not converge after {iterations} Newton iterations; the residual (relative concentration mismatch and zero-current error) was {residual:G3}."),
        ConvergenceFailure.IterationLimit,
        iterations,
        residual);

    /// <summary>Scratch arrays for one residual evaluation (K×K matrices and K-vectors).</summary>
    private sealed class Workspace(int k)
    {
        public double[] A { get; } = new double[k * k];
        public double[] P { get; } = new double[k * k];
        public double[] Term { get; } = new double[k * k];
        public double[] Scratch { get; } = new double[k * k];
        public double[] Q { get; } = new double[k * k];
        public double[] C { get; } = new double[k];
        public double[] Next { get; } = new double[k];
        public double[] M { get; } = new double[k];
        public double[] E { get; } = new double[k];
        public double[] Growth { get; } = new double[k];
        public double[] Row { get; } = new double[k];
        public double[] RowTerm { get; } = new double[k];
    }

    /// <summary>The junction's data, scaled: concentrations by the largest total charge, D by the largest D.</summary>
    private sealed class Problem
    {
        private readonly int[] _ionClass;
        private readonly int[] _z;
        private readonly double[] _d;
        private readonly double[] _c0;
        private readonly double[] _cL;
        private readonly int[] _classZ;
        private readonly double[] _w;
        private readonly double[] _class0;
        private readonly double[] _classL;

        public Problem(ReadOnlySpan<int> valence, ReadOnlySpan<double> diffusion, ReadOnlySpan<double> c0, ReadOnlySpan<double> cL)
        {
            var n = valence.Length;
            _z = valence.ToArray();
            _ionClass = new int[n];
            var classes = new int[n];
            var k = 0;
            double scale = 0, dMax = 0, total0 = 0, totalL = 0;
            Trivial = true;
            for (var i = 0; i < n; i++)
            {
                var c = Array.IndexOf(classes, valence[i], 0, k);
                if (c < 0)
                {
                    c = k;
                    classes[k++] = valence[i];
                }

                _ionClass[i] = c;
                total0 += Math.Abs(valence[i]) * c0[i];
                totalL += Math.Abs(valence[i]) * cL[i];
                dMax = Math.Max(dMax, diffusion[i]);
                Trivial &= c0[i] == cL[i];
            }

            scale = Math.Max(total0, totalL);
            K = k;
            _classZ = classes.AsSpan(0, k).ToArray();
            _w = new double[k];
            _class0 = new double[k];
            _classL = new double[k];
            _d = new double[n];
            _c0 = new double[n];
            _cL = new double[n];
            for (var i = 0; i < n; i++)
            {
                _d[i] = diffusion[i] / dMax;
                _c0[i] = c0[i] / scale;
                _cL[i] = cL[i] / scale;
                _class0[_ionClass[i]] += _c0[i];
                _classL[_ionClass[i]] += _cL[i];
            }

            double largest = 0, smallest = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                _w[c] = (double)_classZ[c] * _classZ[c];
                foreach (var v in new[] { _class0[c], _classL[c] })
                {
                    largest = Math.Max(largest, v);
                    smallest = v > 0 ? Math.Min(smallest, v) : smallest;
                }
            }

            RoundingFloor = Math.Min(1e-6, 1e-10 * Math.Max(1, largest / smallest));
        }

        /// <summary>
        /// The relative residual below which a stalled Newton iteration counts as converged: marching from one end to
        /// the other loses relative precision in proportion to the spread of the class concentrations, so 10⁻¹⁰ times
        /// that spread, at most 10⁻⁶ (a relative mismatch that moves the potential by under 0.03 µV).
        /// </summary>
        public double RoundingFloor { get; }

        /// <summary>The number of valence classes.</summary>
        public int K { get; }

        /// <summary>True when both solutions are the same: no junction potential.</summary>
        public bool Trivial { get; }

        /// <summary>Δψ = Σ z_k H_k.</summary>
        public double Potential(ReadOnlySpan<double> h)
        {
            var psi = 0.0;
            for (var c = 0; c < K; c++)
            {
                psi += _classZ[c] * h[c];
            }

            return psi;
        }

        /// <summary>The start: Henderson's Δψ, and H from linear mixing with s taken as its mean.</summary>
        public void InitialGuess(double psi, Span<double> h)
        {
            double sMean = 0;
            for (var c = 0; c < K; c++)
            {
                sMean += _w[c] * 0.5 * (_class0[c] + _classL[c]);
            }

            for (var c = 0; c < K; c++)
            {
                h[c] = (_classL[c] - _class0[c] + (psi * _classZ[c] * 0.5 * (_class0[c] + _classL[c]))) / sMean;
            }
        }

        /// <summary>The residuals for H: class mismatches at t = 1 (all classes but the last) and the zero-current sum.</summary>
        public bool Residual(ReadOnlySpan<double> h, Span<double> residual, Workspace ws)
        {
            var k = K;
            var psi = Potential(h);
            var a = ws.A;
            double norm = 0, maxRate = 0;
            for (var i = 0; i < k; i++)
            {
                double rowSum = 0;
                for (var j = 0; j < k; j++)
                {
                    var v = h[i] * _w[j];
                    if (i == j)
                    {
                        v -= psi * _classZ[i];
                    }

                    a[(i * k) + j] = v;
                    rowSum += Math.Abs(v);
                }

                norm = Math.Max(norm, rowSum);
                maxRate = Math.Max(maxRate, Math.Abs(psi * _classZ[i]));
            }

            if (!double.IsFinite(norm) || norm + maxRate > 1e6)
            {
                return false;
            }

            var steps = Math.Max(1, (int)Math.Ceiling(2 * (norm + maxRate)));
            var dt = 1.0 / steps;

            // P = exp(A dt) by its Taylor series (‖A dt‖ ≤ ½).
            var p = ws.P;
            var term = ws.Term;
            var scratch = ws.Scratch;
            Array.Clear(p);
            Array.Clear(term);
            for (var i = 0; i < k; i++)
            {
                p[(i * k) + i] = 1;
                term[(i * k) + i] = 1;
            }

            for (var n = 1; n <= TaylorTerms; n++)
            {
                MultiplyScaled(term, a, scratch, k, dt / n);
                Array.Copy(scratch, term, k * k);
                for (var e = 0; e < k * k; e++)
                {
                    p[e] += term[e];
                }
            }

            // Row vectors q_c = wᵀ ∫₀^dt e^{(A + λ_c I)τ} dτ = Σ_n wᵀ (A + λ_c I)^n dt^{n+1}/(n+1)!, λ_c = z_c Δψ.
            var q = ws.Q;
            var row = ws.Row;
            var rowTerm = ws.RowTerm;
            for (var c = 0; c < k; c++)
            {
                var lambda = _classZ[c] * psi;
                for (var j = 0; j < k; j++)
                {
                    rowTerm[j] = _w[j] * dt;
                    q[(c * k) + j] = rowTerm[j];
                }

                for (var n = 1; n <= TaylorTerms; n++)
                {
                    var f = dt / (n + 1);
                    for (var j = 0; j < k; j++)
                    {
                        var sum = lambda * rowTerm[j];
                        for (var m = 0; m < k; m++)
                        {
                            sum += rowTerm[m] * a[(m * k) + j];
                        }

                        row[j] = sum * f;
                    }

                    for (var j = 0; j < k; j++)
                    {
                        rowTerm[j] = row[j];
                        q[(c * k) + j] += row[j];
                    }
                }
            }

            // March C over the steps, accumulating M_c = ∫₀¹ e^{λ_c t} s dt exactly.
            var conc = ws.C;
            var next = ws.Next;
            var mInt = ws.M;
            var e0 = ws.E;
            var growth = ws.Growth;
            for (var c = 0; c < k; c++)
            {
                conc[c] = _class0[c];
                mInt[c] = 0;
                e0[c] = 1;
                growth[c] = Math.Exp(_classZ[c] * psi * dt);
            }

            for (var step = 0; step < steps; step++)
            {
                for (var c = 0; c < k; c++)
                {
                    double dot = 0;
                    for (var j = 0; j < k; j++)
                    {
                        dot += q[(c * k) + j] * conc[j];
                    }

                    mInt[c] += e0[c] * dot;
                    e0[c] *= growth[c];
                }

                for (var i = 0; i < k; i++)
                {
                    double sum = 0;
                    for (var j = 0; j < k; j++)
                    {
                        sum += p[(i * k) + j] * conc[j];
                    }

                    next[i] = sum;
                }

                Array.Copy(next, conc, k);
            }

            // Logarithmic mismatches: the end concentrations depend exponentially on H, and a class a billion times
            // more dilute on one side must still count. A class absent at the far end is matched relative to its start.
            // The logarithm is continued linearly below q = 10⁻³ (C¹), so that an iterate that leaves a class at or
            // below zero (a class absent at the near end, started at H = 0) still has a finite, monotonic residual.
            for (var c = 0; c < k - 1; c++)
            {
                if (_classL[c] > 0)
                {
                    residual[c] = LogMismatch(conc[c] / _classL[c]);
                }
                else
                {
                    residual[c] = conc[c] / _class0[c];
                }
            }

            // The zero-current sum relative to the sum of its magnitudes (its terms can be large and cancel).
            double current = 0, magnitude = 0;
            for (var i = 0; i < _z.Length; i++)
            {
                var m = mInt[_ionClass[i]];
                if (!(m > 0))
                {
                    return false;
                }

                var flux = _z[i] * _d[i] * ((_cL[i] * Math.Exp(_z[i] * psi)) - _c0[i]) / m;
                current += flux;
                magnitude += Math.Abs(flux);
            }

            residual[k - 1] = magnitude > 0 ? current / magnitude : 0;
            foreach (var v in residual)
            {
                if (!double.IsFinite(v))
                {
                    return false;
                }
            }

            return true;
        }

        private static double LogMismatch(double q)
        {
            const double knee = 1e-3;
            return q >= knee ? Math.Log(q) : Math.Log(knee) + ((q - knee) / knee);
        }

        private static void MultiplyScaled(double[] left, double[] right, double[] result, int k, double factor)
        {
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    double sum = 0;
                    for (var m = 0; m < k; m++)
                    {
                        sum += left[(i * k) + m] * right[(m * k) + j];
                    }

                    result[(i * k) + j] = sum * factor;
                }
            }
        }
    }
}
