using System;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// How far a solution is from electroneutrality: its net charge Σ zᵢcᵢ beside its total charge Σ |zᵢ|cᵢ.
/// Reported, never corrected: a recipe that does not balance usually means an ion was left out (a counter-ion of
/// a buffer, the Tris of a Tris-titrated solution), and only its author can say which.
/// </summary>
/// <param name="NetCharge">Σ zᵢcᵢ, in equivalents (mM of elementary charges).</param>
/// <param name="TotalCharge">Σ |zᵢ|cᵢ, in equivalents: the positive plus the negative charge.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ElectroneutralityReport(Concentration NetCharge, Concentration TotalCharge)
{
    /// <summary>The relative imbalance |Σ zᵢcᵢ| / Σ |zᵢ|cᵢ: 0 for a balanced solution, 1 for one of cations only.</summary>
    public double RelativeImbalance => TotalCharge.SiValue > 0 ? Math.Abs(NetCharge.SiValue) / TotalCharge.SiValue : 0;

    /// <summary>True when <see cref="RelativeImbalance"/> is at most <paramref name="relativeTolerance"/>.</summary>
    /// <param name="relativeTolerance">The accepted relative imbalance; finite and ≥ 0.</param>
    public bool IsNeutral(double relativeTolerance = Electroneutrality.DefaultRelativeTolerance)
    {
        Guard.Finite(relativeTolerance, nameof(relativeTolerance));
        return RelativeImbalance <= relativeTolerance;
    }

    /// <summary>"net charge +2.5 mM of 300 mM (0.83 %)", invariant culture.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"net charge {(NetCharge.Millimolar >= 0 ? "+" : string.Empty)}{NetCharge.Millimolar:G6} mM of {TotalCharge.Millimolar:G6} mM ({100 * RelativeImbalance:G3} %)");
}

/// <summary>Checks the electroneutrality of solutions, as the junction-potential laws need.</summary>
/// <remarks>Thread-safe (no state).</remarks>
public static class Electroneutrality
{
    /// <summary>
    /// The default accepted relative imbalance, 10⁻⁶: far above rounding, far below any real recipe error
    /// (a forgotten 1 mM counter-ion in 300 mM of charge is 3 × 10⁻³).
    /// </summary>
    public const double DefaultRelativeTolerance = 1e-6;

    /// <summary>The net and total charge of a solution.</summary>
    /// <param name="solution">The solution.</param>
    public static ElectroneutralityReport Of(Solution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        double net = 0, total = 0;
        foreach (var (ion, c) in solution)
        {
            net += ion.Valence * c.MolesPerCubicMeter;
            total += Math.Abs(ion.Valence) * c.MolesPerCubicMeter;
        }

        return new ElectroneutralityReport(Concentration.FromMolesPerCubicMeter(net), Concentration.FromMolesPerCubicMeter(total));
    }

    /// <summary>Throws when a solution is not electroneutral within the tolerance, naming it and its imbalance.</summary>
    /// <param name="solution">The solution.</param>
    /// <param name="parameterName">The parameter name to report, e.g. "pipette".</param>
    /// <param name="relativeTolerance">The accepted relative imbalance.</param>
    /// <returns>The report, when the solution is neutral.</returns>
    /// <exception cref="ArgumentException">The solution is not electroneutral.</exception>
    internal static ElectroneutralityReport Require(Solution solution, string parameterName, double relativeTolerance)
    {
        var report = Of(solution);
        if (!report.IsNeutral(relativeTolerance))
        {
            throw Guard.Invalid(
                parameterName,
                $"{report}: {solution}",
                string.Create(CultureInfo.InvariantCulture, $"electroneutral (relative imbalance ≤ {relativeTolerance:G3}: add the missing counter-ion, for this library does not correct a recipe silently)"));
        }

        return report;
    }
}
