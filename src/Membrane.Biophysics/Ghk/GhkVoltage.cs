using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Ghk;

/// <summary>
/// The Goldman–Hodgkin–Katz voltage equation: the membrane potential V = φ_in − φ_out at which the GHK currents of a
/// set of permeant ions add up to zero (the reversal, or zero-current, potential of a mixed permeability).
/// </summary>
/// <remarks>
/// <para>
/// Goldman, D. E. (1943) <i>J. Gen. Physiol.</i> 27, 37–60; Hodgkin, A. L. and Katz, B. (1949) <i>J. Physiol.</i>
/// 108, 37–77; Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., Sinauer, ch. 14.
/// When every ion is monovalent the zero of Σ Iᵢ has the closed form
/// V = (RT/F) ln[(Σ P_cat c_cat,out + Σ P_an c_an,in) / (Σ P_cat c_cat,in + Σ P_an c_an,out)].
/// With any other valence (Ca²⁺, Mg²⁺, SO₄²⁻, …) the root of Σᵢ Pᵢ zᵢ [cᵢ,in B(zᵢu) − cᵢ,out B(−zᵢu)] = 0,
/// u = FV/RT, B as in <see cref="GhkCurrent"/>, is found by Newton's method with the analytic derivative, safeguarded
/// by the bracket (Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.4), falling back to Brent's method (Brent, R. P.
/// (1973) <i>Algorithms for Minimization without Derivatives</i>, Prentice-Hall, ch. 4) near u = 0, beyond |u| = 200
/// or for |z| &gt; 3, to about 1e-15 V. The total current is strictly
/// increasing in V, so the root is unique; it lies between the smallest and largest Nernst potential of the ions
/// present on both sides, which bracket it (expanded outward when some ion is present on one side only).
/// </para>
/// <para>
/// A finite reversal exists exactly when some permeant ion can carry outward current (a cation inside or an anion
/// outside) and some can carry inward current (a cation outside or an anion inside); otherwise the methods throw.
/// Ions with zero permeability, or absent on both sides, take no part. The reversal depends only on the ratios of
/// the permeabilities, so relative permeabilities (P_K : P_Na : P_Cl = 1 : 0.04 : 0.45) may be given instead.
/// Temperature is always passed; constants are <see cref="ConstantSet.Si2019"/> unless given. Thread-safe.
/// </para>
/// </remarks>
public static partial class GhkVoltage
{
    private const int MaxIterations = 200;
    private const int MaxExpansions = 64;
    private const int StackLimit = 16;

    /// <summary>The GHK reversal potential of a set of permeant ions, each with its absolute permeability.</summary>
    /// <param name="ions">The permeant ions; at least one with a permeability &gt; 0. Each permeability and concentration finite and ≥ 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The potential at which the summed GHK currents vanish.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A permeability or concentration is negative, NaN or infinite (the message names the element); T ≤ 0 K.</exception>
    /// <exception cref="ArgumentException">The set is empty, every permeability is zero, or no finite reversal exists.</exception>
    /// <exception cref="ConvergenceException">The root finder did not converge (not expected for valid input).</exception>
    public static ElectricPotential ReversalPotential(IReadOnlyList<PermeantIon> ions, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ions);
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        Guard.NotEmpty(ions.Count, nameof(ions), "a list of at least one permeant ion");

        var n = ions.Count;
        Span<int> z = n <= StackLimit ? stackalloc int[n] : new int[n];
        Span<double> p = n <= StackLimit ? stackalloc double[n] : new double[n];
        Span<double> ci = n <= StackLimit ? stackalloc double[n] : new double[n];
        Span<double> co = n <= StackLimit ? stackalloc double[n] : new double[n];
        for (var k = 0; k < n; k++)
        {
            var ion = ions[k];
            if (ion?.Ion is null || !(IsNonNegativeFinite(ion.Permeability.MetersPerSecond) && IsNonNegativeFinite(ion.Gradient.Inside.Millimolar) && IsNonNegativeFinite(ion.Gradient.Outside.Millimolar)))
            {
                ThrowBadIon(ion, k); // builds the element's name only when it is needed
            }

            z[k] = ion!.Ion.Valence;
            p[k] = ion.Permeability.MetersPerSecond;
            ci[k] = ion.Gradient.Inside.MolesPerCubicMeter;
            co[k] = ion.Gradient.Outside.MolesPerCubicMeter;
        }

        return ElectricPotential.FromVolts(thermal * DimensionlessReversal(z, p, ci, co, nameof(ions), useClosedForm: true));
    }

    /// <summary>
    /// The GHK reversal potential between two solutions for relative permeabilities, e.g. P_K : P_Na : P_Cl = 1 : 0.04 : 0.45.
    /// An ion missing from one solution counts as absent (zero) on that side.
    /// </summary>
    /// <param name="inside">The inside solution.</param>
    /// <param name="outside">The outside solution.</param>
    /// <param name="relativePermeabilities">Each permeant ion with its permeability in any common unit (only ratios
    /// matter); finite and ≥ 0, at least one &gt; 0. Ions not listed are taken as impermeant.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The potential at which the summed GHK currents vanish.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A relative permeability is negative, NaN or infinite; T ≤ 0 K.</exception>
    /// <exception cref="ArgumentException">No ion listed, every permeability zero, or no finite reversal exists.</exception>
    /// <exception cref="ConvergenceException">The root finder did not converge (not expected for valid input).</exception>
    public static ElectricPotential ReversalPotential(
        Solution inside,
        Solution outside,
        IReadOnlyDictionary<Ion, double> relativePermeabilities,
        Temperature temperature,
        ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(inside);
        ArgumentNullException.ThrowIfNull(outside);
        ArgumentNullException.ThrowIfNull(relativePermeabilities);
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        Guard.NotEmpty(relativePermeabilities.Count, nameof(relativePermeabilities), "a list of at least one permeant ion");

        var n = relativePermeabilities.Count;
        var z = new int[n];
        var p = new double[n];
        var ci = new double[n];
        var co = new double[n];
        var k = 0;
        foreach (var (ion, relative) in relativePermeabilities)
        {
            Guard.NonNegativeFinite(relative, $"{nameof(relativePermeabilities)}[{ion.Symbol}]", "relative permeability");

            z[k] = ion.Valence;
            p[k] = relative;
            ci[k] = inside.TryGetConcentration(ion, out var cIn) ? cIn.MolesPerCubicMeter : 0;
            co[k] = outside.TryGetConcentration(ion, out var cOut) ? cOut.MolesPerCubicMeter : 0;
            k++;
        }

        return ElectricPotential.FromVolts(thermal * DimensionlessReversal(z, p, ci, co, nameof(relativePermeabilities), useClosedForm: true));
    }

    private static bool IsNonNegativeFinite(double value) => value >= 0 && double.IsFinite(value);

    private static void ThrowBadIon(PermeantIon? ion, int k)
    {
        var name = $"ions[{k}]";
        ArgumentNullException.ThrowIfNull(ion, name);
        ArgumentNullException.ThrowIfNull(ion.Ion, $"{name}.{nameof(PermeantIon.Ion)}");
        Guard.NonNegativeFinite(ion.Permeability, $"{name}.{nameof(PermeantIon.Permeability)}");
        Guard.NonNegativeFinite(ion.Gradient.Inside, $"{name}.{nameof(PermeantIon.Gradient)}.{nameof(IonGradient.Inside)}");
        Guard.NonNegativeFinite(ion.Gradient.Outside, $"{name}.{nameof(PermeantIon.Gradient)}.{nameof(IonGradient.Outside)}");
    }

    /// <summary>
    /// The reversal in units of RT/F, u = FV/RT, for checked inputs. <paramref name="useClosedForm"/> = false forces the
    /// general solver even when every ion is monovalent (tests compare the two).
    /// </summary>
    internal static double DimensionlessReversal(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, string parameterName, bool useClosedForm)
    {
        // Scale: the permeabilities only matter through their ratios; dividing by the largest keeps sums well inside double range.
        var pMax = 0.0;
        foreach (var pk in p)
        {
            pMax = Math.Max(pMax, pk);
        }

        if (pMax == 0)
        {
            throw Guard.Invalid(parameterName, "a list in which every permeability was 0", "a list with at least one permeability > 0");
        }

        // outward: Σ P c that can carry outward current (cations inside, anions outside); inward: the opposite.
        double outward = 0, inward = 0;
        var allMonovalent = true;
        for (var k = 0; k < z.Length; k++)
        {
            var pk = p[k] / pMax;
            outward += pk * (z[k] > 0 ? ci[k] : co[k]);
            inward += pk * (z[k] > 0 ? co[k] : ci[k]);
            allMonovalent &= Math.Abs(z[k]) == 1;
        }

        if (outward == 0 || inward == 0)
        {
            throw Guard.Invalid(
                parameterName,
                $"a set with no finite reversal potential: no permeant ion can carry {(outward == 0 ? "outward" : "inward")} current " +
                $"(needed: a permeant {(outward == 0 ? "cation inside or anion outside" : "cation outside or anion inside")}), so the total GHK current " +
                "never changes sign",
                "ions whose GHK current changes sign at some potential");
        }

        if (allMonovalent && useClosedForm)
        {
            return AccurateMath.LogRatio(inward, outward);
        }

        return Solve(z, p, ci, co, pMax);
    }

    private static double Solve(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, double pMax)
    {
        // Bracket: the extreme Nernst potentials (in units of RT/F) of the ions present on both sides.
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (var k = 0; k < z.Length; k++)
        {
            if (p[k] > 0 && ci[k] > 0 && co[k] > 0)
            {
                var e = AccurateMath.LogRatio(co[k], ci[k]) / z[k];
                lo = Math.Min(lo, e);
                hi = Math.Max(hi, e);
            }
        }

        if (lo > hi)
        {
            lo = hi = 0;
        }

        // Expanded outward (step 1, doubling) while an ion present on one side only keeps the current of one sign;
        // then Newton's method with the analytic derivative, safeguarded by the bracket (Internal/SafeguardedNewton),
        // from the regula falsi point. Where the derivative is not at hand (|u| < 1e-5, |u| > 200, |z| > 3) it hands the
        // current bracket to Brent's method.
        var f = new SummedCurrent(z, p, ci, co, pMax);
        if (!Bracket.TryExpand(ref f, ref lo, ref hi, out var fLo, out var fHi, 1, double.NegativeInfinity, double.PositiveInfinity, MaxExpansions + 1))
        {
            var below = fLo > 0;
            throw new ConvergenceException(
                $"GHK reversal: could not bracket the root {(below ? "below" : "above")} u = {(below ? lo : hi).ToString(CultureInfo.InvariantCulture)} (u = FV/RT).",
                ConvergenceFailure.NoBracket,
                MaxExpansions,
                below ? fLo : fHi);
        }

        var start = lo - (fLo * (hi - lo) / (fHi - fLo)); // regula falsi
        if (SafeguardedNewton.TryFind(ref f, ref lo, ref fLo, ref hi, ref fHi, start, 2e-16, MaxIterations, out var root, out _))
        {
            return root;
        }

        throw new ConvergenceException(
            string.Create(CultureInfo.InvariantCulture, $"GHK reversal did not converge in {MaxIterations} Newton iterations (u = FV/RT = {root}); residual is the total current per unit permeability in mol/m³."),
            ConvergenceFailure.IterationLimit,
            MaxIterations,
            Math.Min(-fLo, fHi));
    }

    /// <summary>
    /// The total current of <see cref="Current"/> and its derivative in u, from the shared w = e^(−u): each term is
    /// T = z B (c_in − c_out w^z) with B = zu/(1 − w^z), and dT/du = z² [(1 − B w^z)/(1 − w^z) · (c_in − c_out w^z) + B c_out w^z]
    /// (from dB/dx = (1 − B e^(−x))/(1 − e^(−x)), x = zu, and d(w^z)/du = −z w^z). False outside 10⁻⁵ ≤ |u| ≤ 200 or for |z| &gt; 3.
    /// </summary>
    private static bool TryCurrentAndSlope(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, double pMax, double u, out double current, out double slope)
    {
        current = slope = 0;
        var au = Math.Abs(u);
        if (au < 1e-5 || au > 200)
        {
            return false;
        }

        var w = Math.Exp(-u);
        var d = -AccurateMath.ExpM1(-u, w); // 1 − w
        for (var k = 0; k < z.Length; k++)
        {
            if (p[k] > 0)
            {
                var zk = z[k];
                double wz, oneMinus; // w^z and 1 − w^z
                switch (zk)
                {
                    case 1: wz = w; oneMinus = d; break;
                    case 2: wz = w * w; oneMinus = d * (1 + w); break;
                    case 3: wz = w * w * w; oneMinus = d * (1 + w + (w * w)); break;
                    case -1: wz = 1 / w; oneMinus = -d * wz; break;
                    case -2: wz = 1 / (w * w); oneMinus = -d * (1 + w) * wz; break;
                    case -3: wz = 1 / (w * w * w); oneMinus = -d * (1 + w + (w * w)) * wz; break;
                    default: return false;
                }

                var weight = p[k] / pMax;
                var inverse = 1 / oneMinus;
                var b = zk * u * inverse;
                var net = ci[k] - (co[k] * wz);
                current += weight * zk * b * net;
                slope += weight * zk * zk * (((1 - (b * wz)) * inverse * net) + (b * co[k] * wz));
            }
        }

        return true;
    }

    // The summed current as a ref struct over the spans (no copy), for the bracket and the root finders.
    private readonly ref struct SummedCurrent : IDifferentiableFunction
    {
        private readonly ReadOnlySpan<int> _z;
        private readonly ReadOnlySpan<double> _p;
        private readonly ReadOnlySpan<double> _ci;
        private readonly ReadOnlySpan<double> _co;
        private readonly double _pMax;

        public SummedCurrent(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, double pMax)
        {
            _z = z;
            _p = p;
            _ci = ci;
            _co = co;
            _pMax = pMax;
        }

        public double Evaluate(double u) => Current(_z, _p, _ci, _co, _pMax, u);

        public bool TryEvaluate(double u, out double value, out double derivative) => TryCurrentAndSlope(_z, _p, _ci, _co, _pMax, u, out value, out derivative);
    }

    /// <summary>Σ (Pᵢ/P_max) zᵢ [cᵢ,in B(zᵢu) − cᵢ,out B(−zᵢu)]: the total GHK current over F·P_max, increasing in u.</summary>
    /// <remarks>
    /// For valences ±1…±3 and 10⁻⁵ ≤ |u| ≤ 200 every ion's term comes from one shared w = e^(−u) and d = 1 − w (Kahan's
    /// expm1 from the same w, see <see cref="AccurateMath.ExpM1(double, double)"/>): w^z by multiplication and
    /// 1 − w^z = d(1 + w)… exactly factored (1 − w² = d(1 + w), 1 − w³ = d(1 + w + w²), 1 − w^(−z) = −(1 − w^z)/w^z),
    /// so B(zu) = zu / (1 − w^z) and B(−zu) = w^z B(zu) without cancellation: one exp and one log per evaluation instead
    /// of one of each per ion. Outside that range, or for other valences, each term takes <see cref="GhkCurrent"/>'s path.
    /// </remarks>
    private static double Current(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, double pMax, double u)
    {
        var au = Math.Abs(u);
        if (au < 1e-5 || au > 200)
        {
            return CurrentPerIon(z, p, ci, co, pMax, u);
        }

        var w = Math.Exp(-u);
        var d = -AccurateMath.ExpM1(-u, w); // 1 − w
        var sum = 0.0;
        for (var k = 0; k < z.Length; k++)
        {
            if (p[k] > 0)
            {
                double wz, oneMinus; // w^z and 1 − w^z
                switch (z[k])
                {
                    case 1: wz = w; oneMinus = d; break;
                    case 2: wz = w * w; oneMinus = d * (1 + w); break;
                    case 3: wz = w * w * w; oneMinus = d * (1 + w + (w * w)); break;
                    case -1: wz = 1 / w; oneMinus = -d * wz; break;
                    case -2: wz = 1 / (w * w); oneMinus = -d * (1 + w) * wz; break;
                    case -3: wz = 1 / (w * w * w); oneMinus = -d * (1 + w + (w * w)) * wz; break;
                    default:
                        sum += p[k] / pMax * z[k] * GhkCurrent.FluxPerPermeability(ci[k], co[k], z[k] * u);
                        continue;
                }

                sum += p[k] / pMax * z[k] * (z[k] * u / oneMinus) * (ci[k] - (co[k] * wz));
            }
        }

        return sum;
    }

    /// <summary>The same sum with each ion's own exponential (<see cref="GhkCurrent.FluxPerPermeability(double, double, double)"/>).</summary>
    private static double CurrentPerIon(ReadOnlySpan<int> z, ReadOnlySpan<double> p, ReadOnlySpan<double> ci, ReadOnlySpan<double> co, double pMax, double u)
    {
        var sum = 0.0;
        for (var k = 0; k < z.Length; k++)
        {
            if (p[k] > 0)
            {
                sum += p[k] / pMax * z[k] * GhkCurrent.FluxPerPermeability(ci[k], co[k], z[k] * u);
            }
        }

        return sum;
    }
}
