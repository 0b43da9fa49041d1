using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Equilibrium;

/// <summary>
/// Gibbs–Donnan equilibrium: a compartment holding impermeant charge (proteins, nucleic acids, a gel) bathed by a
/// solution of permeant ions. Every permeant ion reaches its own Nernst equilibrium at one common potential, and
/// the inside stays electroneutral: cᵢ_in = cᵢ_out·r^zᵢ with r = exp(−FV/RT), and Σ zᵢcᵢ_in + z_X c_X = 0.
/// </summary>
/// <remarks>
/// Donnan, F. G. (1911) Theorie der Membrangleichgewichte und Membranpotentiale bei Vorhandensein von nicht
/// dialysierenden Elektrolyten. <i>Z. Elektrochem.</i> 17, 572–581. Statement as used here: Sten-Knudsen, O. (2002)
/// <i>Biological Membranes</i>, Cambridge University Press, ch. 4 (the Donnan equilibrium for any valences).
/// The bath is taken as infinite (its concentrations fixed); osmotic water flow is not considered.
/// The electroneutrality condition is strictly increasing in ln r, so the root is unique; it is found by a
/// bracketed Newton iteration on ln r to full double precision.
/// </remarks>
public static class Donnan
{
    private const int MaxIterations = 200;

    /// <summary>The Donnan equilibrium of a compartment with impermeant charge in a bath of permeant ions.</summary>
    /// <param name="outside">The bath; every ion in it is taken as permeant. At least one concentration &gt; 0.</param>
    /// <param name="impermeantInside">The concentration of the impermeant species inside; finite and ≥ 0.</param>
    /// <param name="impermeantValence">Its mean charge number (may be fractional, e.g. −1.2 for a protein mix); finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad concentration, valence or temperature.</exception>
    /// <exception cref="ArgumentException">No equilibrium exists: the fixed charge has no permeant counter-ion to balance it.</exception>
    public static DonnanEquilibrium Equilibrium(
        Solution outside,
        Concentration impermeantInside,
        double impermeantValence,
        Temperature temperature,
        ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(outside);
        Guard.NonNegativeFinite(impermeantInside, nameof(impermeantInside));
        Guard.Finite(impermeantValence, nameof(impermeantValence));
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        var ions = outside.Where(e => e.Value.Millimolar > 0).ToArray();
        if (ions.Length == 0)
        {
            throw Guard.Invalid(nameof(outside), outside, "a solution of at least one permeant ion at a concentration > 0");
        }

        var fixedCharge = impermeantValence * impermeantInside.Millimolar;
        var (lnR, iterations) = SolveLogRatio(ions, fixedCharge);
        var inside = new Solution(outside.Select(e => KeyValuePair.Create(e.Key, Concentration.FromMillimolar(e.Value.Millimolar * Math.Exp(e.Key.Valence * lnR)))));
        return new DonnanEquilibrium(ElectricPotential.FromVolts(-lnR * thermal), inside, Math.Exp(lnR), iterations);
    }

    // Solves g(s) = Σ zᵢcᵢ e^(zᵢs) + ρ = 0 for s = ln r; g' = Σ zᵢ²cᵢ e^(zᵢs) > 0. Each end of [−1, 1] is expanded
    // outward by doubling (Internal/Bracket), the last step clamped to the limit where e^(|z|s) still fits a double;
    // then Newton's method safeguarded by that bracket (Internal/SafeguardedNewton) from its midpoint.
    private static (double LnR, int Iterations) SolveLogRatio(KeyValuePair<Ion, Concentration>[] ions, double fixedCharge)
    {
        var g = new ChargeImbalance(ions, fixedCharge);
        var limit = 700.0 / ions.Max(e => Math.Abs(e.Key.Valence));
        double lo = -1, hi = 1, gLo = g.Evaluate(lo), gHi = g.Evaluate(hi);
        if (!Bracket.TryExpandDown(ref g, ref lo, ref gLo, 1, -limit, int.MaxValue, out _, out _))
        {
            throw NoEquilibrium(ions, fixedCharge, "anion");
        }

        if (!Bracket.TryExpandUp(ref g, ref hi, ref gHi, 1, limit, int.MaxValue, out _, out _))
        {
            throw NoEquilibrium(ions, fixedCharge, "cation");
        }

        if (SafeguardedNewton.TryFind(ref g, ref lo, ref gLo, ref hi, ref gHi, 0.5 * (lo + hi), 2e-15, MaxIterations, out var s, out var iterations))
        {
            return (s, Math.Max(1, iterations)); // an end of the bracket that is already the root counts as one iteration
        }

        throw new ConvergenceException(
            string.Create(CultureInfo.InvariantCulture, $"Donnan equilibrium did not converge in {MaxIterations} iterations (ln r = {s}); residual is relative charge imbalance."),
            ConvergenceFailure.IterationLimit,
            MaxIterations,
            Math.Abs(g.Evaluate(s)) / g.Scale(s));
    }

    private static ArgumentException NoEquilibrium(KeyValuePair<Ion, Concentration>[] ions, double fixedCharge, string missing) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"No Donnan equilibrium exists: the fixed charge ({fixedCharge} mM of charge) and the permeant ions ({string.Join(", ", ions.Select(e => e.Key.Symbol))}) cannot be balanced without a permeant {missing}."),
            "outside");

    /// <summary>g(s) = Σ zᵢcᵢ e^(zᵢs) + ρ (mM of charge) and g′(s) = Σ zᵢ²cᵢ e^(zᵢs), over the bath's ions.</summary>
    private readonly struct ChargeImbalance(KeyValuePair<Ion, Concentration>[] ions, double fixedCharge) : IDifferentiableFunction
    {
        public double Evaluate(double s)
        {
            var sum = 0.0;
            foreach (var (ion, c) in ions)
            {
                sum += ion.Valence * c.Millimolar * Math.Exp(ion.Valence * s);
            }

            return sum + fixedCharge;
        }

        public bool TryEvaluate(double s, out double value, out double derivative)
        {
            value = Evaluate(s);
            derivative = 0;
            foreach (var (ion, c) in ions)
            {
                derivative += ion.Valence * ion.Valence * c.Millimolar * Math.Exp(ion.Valence * s);
            }

            return true;
        }

        /// <summary>Σ |zᵢcᵢ e^(zᵢs)| + |ρ|: the scale of the imbalance.</summary>
        public double Scale(double s)
        {
            var sum = 0.0;
            foreach (var (ion, c) in ions)
            {
                sum += Math.Abs(ion.Valence * c.Millimolar * Math.Exp(ion.Valence * s));
            }

            return sum + Math.Abs(fixedCharge);
        }
    }
}
