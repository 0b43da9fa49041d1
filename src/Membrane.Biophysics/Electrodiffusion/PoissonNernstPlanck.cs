using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// A one-dimensional steady-state Poisson–Nernst–Planck solver: several mobile species between two baths, fixed
/// potentials at both ends, fixed (Dirichlet) concentrations or a no-flux wall per species and end
/// (<see cref="PnpBoundary"/>), uniform permittivity.
/// </summary>
/// <remarks>
/// <para>
/// Equations, with ψ = Fφ/RT: ε d²φ/dx² = −F Σ z_i c_i (Poisson) and dJ_i/dx = 0, J_i = −D_i (dc_i/dx + z_i c_i dψ/dx)
/// (Nernst–Planck); e.g. Eisenberg, B. (1996) Computing the field in proteins and channels, <i>J. Membr. Biol.</i> 150,
/// 1–25. Left end x = 0 is "inside", right end x = L "outside": V = φ(0) − φ(L) and positive flux runs outward.
/// </para>
/// <para>
/// Discretisation: the Scharfetter–Gummel flux between nodes j and j+1 (Scharfetter, D. L. and Gummel, H. K. (1969)
/// <i>IEEE Trans. Electron Devices</i> 16, 64–77), J = (D/h)[B(Δ) c_j − B(−Δ) c_{j+1}], Δ = z(ψ_{j+1} − ψ_j),
/// B(x) = x/(eˣ − 1) (evaluated with an accurate eˣ − 1 and by its series below |x| = 10⁻³), exact for pure drift and
/// pure diffusion and for any constant field; the three-point Poisson operator on a non-uniform grid. The grid maps a
/// uniform ξ through x = L(ξ − a sin(2πξ)/(2π)), so spacing near the ends is (1 − a)/(1 + a) of that in the middle
/// (Debye layers), smoothly, which keeps second-order accuracy.
/// </para>
/// <para>
/// Newton's method on all unknowns with the analytic Jacobian, which is block-tridiagonal (blocks of size species + 1)
/// and solved by block Thomas elimination written for the purpose: the cost per iteration grows linearly with the
/// number of nodes. Updates are damped so that concentrations stay positive and ψ moves by at most 2 per iteration.
/// Start: linear φ, log-linear concentrations. Thread-safe (no state).
/// </para>
/// </remarks>
public static class PoissonNernstPlanck
{
    /// <summary>Solves the steady state.</summary>
    /// <param name="species">The mobile species (at least one).</param>
    /// <param name="leftPotential">φ at x = 0 (inside); finite.</param>
    /// <param name="rightPotential">φ at x = L (outside); finite.</param>
    /// <param name="length">L; finite and &gt; 0.</param>
    /// <param name="relativePermittivity">ε_r of the medium (about 78 for water, 2–4 for a lipid core); finite and &gt; 0.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="intervals">The number of grid intervals N (≥ 4).</param>
    /// <param name="boundaryRefinement">a ∈ [0, 1): 0 for a uniform grid, 0.9 for ends 19× finer than the middle.</param>
    /// <param name="maxIterations">The Newton iteration limit.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">No species.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    /// <exception cref="ConvergenceException">Newton did not converge (iterations and last update given).</exception>
    public static PnpSolution SteadyState(
        IReadOnlyList<PnpSpecies> species,
        ElectricPotential leftPotential,
        ElectricPotential rightPotential,
        Length length,
        double relativePermittivity,
        Temperature temperature,
        int intervals = 400,
        double boundaryRefinement = 0.9,
        int maxIterations = 100,
        ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(species);
        Guard.NotEmpty(species.Count, nameof(species), "a list of at least one mobile species");

        Guard.Finite(leftPotential, nameof(leftPotential));
        Guard.Finite(rightPotential, nameof(rightPotential));
        Guard.PositiveFinite(length, nameof(length));
        Guard.PositiveFinite(relativePermittivity, nameof(relativePermittivity), "relative permittivity");

        Guard.AtLeast(intervals, 4, nameof(intervals), "grid intervals");

        Guard.InRange(boundaryRefinement, 0, 1, nameof(boundaryRefinement), Ends.ExcludeHigh);

        Guard.AtLeast(maxIterations, 1, nameof(maxIterations), "iteration");

        var set = constants ?? ConstantSet.Si2019;
        var thermal = set.ThermalVoltage(temperature).Volts;
        var s = species.Count;
        var m = s + 1;
        var n = intervals;
        var l = length.Meters;

        // Grid.
        var x = new double[n + 1];
        for (var j = 0; j <= n; j++)
        {
            var xi = (double)j / n;
            x[j] = l * (xi - (boundaryRefinement * Math.Sin(2 * Math.PI * xi) / (2 * Math.PI)));
        }

        x[0] = 0;
        x[n] = l;
        var h = new double[n];
        for (var j = 0; j < n; j++)
        {
            h[j] = x[j + 1] - x[j];
        }

        // Unknowns u[j*m + 0] = ψ_j, u[j*m + 1 + i] = c_ij (mol/m³); nodes 0 and n are fixed.
        var z = new int[s];
        var d = new double[s];
        var u = new double[(n + 1) * m];
        double cScale = 0;
        var psiLeft = leftPotential.Volts / thermal;
        var psiRight = rightPotential.Volts / thermal;
        for (var i = 0; i < s; i++)
        {
            ArgumentNullException.ThrowIfNull(species[i], nameof(species));
            z[i] = species[i].Valence;
            d[i] = species[i].DiffusionCoefficient.SquareMetersPerSecond;
            cScale = Math.Max(cScale, Math.Max(species[i].Left.MolesPerCubicMeter, species[i].Right.MolesPerCubicMeter));
        }

        for (var j = 0; j <= n; j++)
        {
            var xi = x[j] / l;
            u[j * m] = psiLeft + ((psiRight - psiLeft) * xi);
            for (var i = 0; i < s; i++)
            {
                var c0 = species[i].Left.MolesPerCubicMeter;
                var c1 = species[i].Right.MolesPerCubicMeter;
                u[(j * m) + 1 + i] = Math.Exp(Math.Log(c0) + ((Math.Log(c1) - Math.Log(c0)) * xi));
            }
        }

        // λ = F²/(ε R T): Poisson reads ψ'' = −λ Σ z c.
        var lambda = set.FaradayConstant * set.FaradayConstant / (relativePermittivity * PhysicalConstants.VacuumPermittivity * set.MolarGasConstant * temperature.Kelvins);
        var left = new bool[s];
        var right = new bool[s];
        for (var i = 0; i < s; i++)
        {
            left[i] = species[i].LeftBoundary == PnpBoundary.NoFlux;
            right[i] = species[i].RightBoundary == PnpBoundary.NoFlux;
        }

        var system = new BlockTridiagonal(n + 1, m);
        var update = double.PositiveInfinity;
        var iteration = 0;
        var residual = 0.0; // max |R| at the last iterate where it was finite
        while (true)
        {
            iteration++;
            Assemble(u, x, h, z, lambda, s, m, n, left, right, system);
            residual = LastFinite(residual, system.Rhs);
            if (!system.TrySolve(out var singularNode)) // the right-hand side (−R) is replaced by the update
            {
                throw new ConvergenceException(
                    string.Create(CultureInfo.InvariantCulture, $"The Poisson–Nernst–Planck Jacobian is singular at grid node {singularNode}, at iteration {iteration}; the residual is max |R| of the discretised equations there ({residual:G3})."),
                    ConvergenceFailure.SingularJacobian,
                    iteration,
                    residual);
            }

            // Damping: keep concentrations above a tenth of their value, and ψ steps ≤ 2.
            var alpha = 1.0;
            update = 0;
            for (var j = 0; j <= n; j++)
            {
                var b = j * m;
                var dpsi = system.Rhs[b];
                alpha = Math.Min(alpha, 2 / Math.Max(2, Math.Abs(dpsi)));
                update = Math.Max(update, Math.Abs(dpsi));
                for (var i = 0; i < s; i++)
                {
                    var c = u[(j * m) + 1 + i];
                    var dc = system.Rhs[b + 1 + i];
                    update = Math.Max(update, Math.Abs(dc) / (c + (1e-300 * cScale)));
                    if (dc < 0 && c + dc < 0.1 * c)
                    {
                        alpha = Math.Min(alpha, 0.9 * c / -dc);
                    }
                }
            }

            if (!double.IsFinite(update))
            {
                throw new ConvergenceException(
                    string.Create(CultureInfo.InvariantCulture, $"The Poisson–Nernst–Planck Newton iteration produced a non-finite update at iteration {iteration}; the residual is max |R| of the discretised equations there ({residual:G3})."),
                    ConvergenceFailure.NonFiniteStep,
                    iteration,
                    residual);
            }

            for (var k = 0; k < u.Length; k++)
            {
                u[k] += alpha * system.Rhs[k];
            }

            if (alpha == 1 && update <= 1e-11)
            {
                break;
            }

            if (iteration >= maxIterations)
            {
                throw new ConvergenceException(
                    string.Create(CultureInfo.InvariantCulture, $"The Poisson–Nernst–Planck Newton iteration did not converge in {maxIterations} iterations; the last update was {update:G3} (relative for concentrations, in RT/F for the potential). Try more intervals, a stronger boundary refinement, or less extreme boundary values."),
                    ConvergenceFailure.IterationLimit,
                    iteration,
                    update);
            }
        }

        return Package(u, x, h, z, d, species, thermal, set.FaradayConstant, s, m, n, iteration, update);
    }

    /// <summary>max |R| over the right-hand side (−R) when it is finite, else <paramref name="previous"/>: the residual a failure reports.</summary>
    private static double LastFinite(double previous, double[] rhs)
    {
        var max = 0.0;
        foreach (var r in rhs)
        {
            max = Math.Max(max, Math.Abs(r));
        }

        return double.IsFinite(max) ? max : previous;
    }

    /// <summary>
    /// Fills the block-tridiagonal Jacobian and the right-hand side −R, one block row per node: identity rows for the
    /// fixed end values, the end interval's zero flux for a no-flux species, Poisson and Nernst–Planck inside.
    /// </summary>
    private static void Assemble(double[] u, double[] x, double[] h, int[] z, double lambda, int s, int m, int n, bool[] noFluxLeft, bool[] noFluxRight, BlockTridiagonal sys)
    {
        sys.Clear();
        foreach (var end in new[] { 0, n })
        {
            var diag = sys.Diagonal(end);
            diag[0] = 1; // φ fixed
            for (var i = 0; i < s; i++)
            {
                var k = 1 + i;
                if (!(end == 0 ? noFluxLeft[i] : noFluxRight[i]))
                {
                    diag[(k * m) + k] = 1; // c fixed
                    continue;
                }

                // Zero flux through the end interval: F = [B(Δ) c_a − B(−Δ) c_b]/h = 0, a = j, b = j + 1.
                var a = end == 0 ? 0 : n - 1;
                var hh = h[a];
                double ca = u[(a * m) + k], cb = u[((a + 1) * m) + k];
                var delta = z[i] * (u[(a + 1) * m] - u[a * m]);
                double bp = Bernoulli.Of(delta), bm = Bernoulli.Of(-delta);
                var g = ((Bernoulli.Derivative(delta) * ca) + (Bernoulli.Derivative(-delta) * cb)) / hh;
                sys.Rhs[(end * m) + k] = -((bp * ca) - (bm * cb)) / hh;
                var near = end == 0 ? sys.Diagonal(0) : sys.Lower(n); // the block of node a
                var far = end == 0 ? sys.Upper(0) : sys.Diagonal(n);  // the block of node a + 1
                near[(k * m) + k] = bp / hh;
                near[k * m] = -z[i] * g;
                far[(k * m) + k] = -bm / hh;
                far[k * m] = z[i] * g;
            }
        }

        for (var j = 1; j < n; j++)
        {
            var row = j;
            var hl = h[j - 1];
            var hr = h[j];
            var half = 0.5 * (hl + hr);
            double psiL = u[(j - 1) * m], psi = u[j * m], psiR = u[(j + 1) * m];

            // Poisson: (ψ_{j+1} − ψ_j)/h_r − (ψ_j − ψ_{j−1})/h_l + λ half Σ z c_j = 0.
            var charge = 0.0;
            for (var i = 0; i < s; i++)
            {
                charge += z[i] * u[(j * m) + 1 + i];
            }

            sys.Rhs[row * m] = -(((psiR - psi) / hr) - ((psi - psiL) / hl) + (lambda * half * charge));
            sys.Lower(row)[0] = 1 / hl;
            sys.Diagonal(row)[0] = (-1 / hr) - (1 / hl);
            sys.Upper(row)[0] = 1 / hr;

            for (var i = 0; i < s; i++)
            {
                sys.Diagonal(row)[1 + i] = lambda * half * z[i];
            }

            // Nernst–Planck: F₊ − F₋ = 0 with F = J/D the Scharfetter–Gummel flux.
            for (var i = 0; i < s; i++)
            {
                var k = 1 + i;
                double cL = u[((j - 1) * m) + k], c = u[(j * m) + k], cR = u[((j + 1) * m) + k];
                var dPlus = z[i] * (psiR - psi);
                var dMinus = z[i] * (psi - psiL);
                double bp = Bernoulli.Of(dPlus), bpm = Bernoulli.Of(-dPlus), bm = Bernoulli.Of(dMinus), bmm = Bernoulli.Of(-dMinus);
                var fPlus = ((bp * c) - (bpm * cR)) / hr;
                var fMinus = ((bm * cL) - (bmm * c)) / hl;
                var gPlus = ((Bernoulli.Derivative(dPlus) * c) + (Bernoulli.Derivative(-dPlus) * cR)) / hr;
                var gMinus = ((Bernoulli.Derivative(dMinus) * cL) + (Bernoulli.Derivative(-dMinus) * c)) / hl;
                var r = (row * m) + k;
                sys.Rhs[r] = -(fPlus - fMinus);
                var diag = sys.Diagonal(row);
                diag[(k * m) + k] = (bp / hr) + (bmm / hl);
                diag[k * m] = -z[i] * (gPlus + gMinus);
                var lower = sys.Lower(row);
                lower[(k * m) + k] = -bm / hl;
                lower[k * m] = z[i] * gMinus;
                var upper = sys.Upper(row);
                upper[(k * m) + k] = -bpm / hr;
                upper[k * m] = z[i] * gPlus;
            }
        }
    }

    private static PnpSolution Package(double[] u, double[] x, double[] h, int[] z, double[] d, IReadOnlyList<PnpSpecies> species, double thermal, double faraday, int s, int m, int n, int iterations, double update)
    {
        var positions = new Length[n + 1];
        var potential = new ElectricPotential[n + 1];
        var concentrations = new Concentration[s][];
        for (var i = 0; i < s; i++)
        {
            concentrations[i] = new Concentration[n + 1];
        }

        for (var j = 0; j <= n; j++)
        {
            positions[j] = Length.FromMeters(x[j]);
            potential[j] = ElectricPotential.FromVolts(u[j * m] * thermal);
            for (var i = 0; i < s; i++)
            {
                concentrations[i][j] = Concentration.FromMolesPerCubicMeter(u[(j * m) + 1 + i]);
            }
        }

        var fluxes = new MolarFlux[s];
        double nonuniformity = 0, current = 0;
        for (var i = 0; i < s; i++)
        {
            double sum = 0, max = 0, lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            for (var j = 0; j < n; j++)
            {
                var delta = z[i] * (u[(j + 1) * m] - u[j * m]);
                var flux = d[i] * ((Bernoulli.Of(delta) * u[(j * m) + 1 + i]) - (Bernoulli.Of(-delta) * u[((j + 1) * m) + 1 + i])) / h[j];
                sum += flux;
                max = Math.Max(max, Math.Abs(flux));
                lo = Math.Min(lo, flux);
                hi = Math.Max(hi, flux);
            }

            var mean = sum / n;
            fluxes[i] = MolarFlux.FromMolesPerSquareMeterSecond(mean);
            current += z[i] * faraday * mean;

            // Relative to the larger of the flux and the diffusive scale D c/L, so that a zero flux reads as zero.
            var scale = Math.Max(max, d[i] * Math.Max(species[i].Left.MolesPerCubicMeter, species[i].Right.MolesPerCubicMeter) / x[n]);
            nonuniformity = Math.Max(nonuniformity, (hi - lo) / scale);
        }

        return new PnpSolution(positions, potential, concentrations, fluxes, nonuniformity, CurrentDensity.FromAmperesPerSquareMeter(current), iterations, update);
    }
}
