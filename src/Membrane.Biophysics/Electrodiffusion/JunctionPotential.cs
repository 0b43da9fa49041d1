using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// Liquid junction potentials (LJP) between a pipette solution and a bath solution, by Henderson's equation or by
/// the stationary Nernst–Planck (Planck) solution, and the correction of a measured membrane potential.
/// </summary>
/// <remarks>
/// <para>
/// <b>Sign convention</b> (Barry, P. H. and Lynch, J. W. (1991) Liquid junction potentials and small cell effects in
/// patch-clamp analysis. <i>J. Membr. Biol.</i> 121, 101–117; Barry, P. H. (1994) JPCalc. <i>J. Neurosci. Methods</i>
/// 51, 107–116; the same in pClamp and LJPcalc): the LJP is the potential of the bath relative to the pipette,
/// φ_bath − φ_pipette, and the membrane potential is V_m = V_measured − LJP. A K-gluconate pipette in a NaCl bath
/// gives LJP ≈ +15 mV: K⁺ runs ahead of gluconate into the bath and charges it positive.
/// </para>
/// <para>
/// <b>Henderson</b> (Henderson, P. (1907) <i>Z. Phys. Chem.</i> 59, 118–127; in the generalised form of Barry and
/// Lynch 1991, used by JPCalc): with u_i ∝ D_i, LJP = (RT/F) · [Σ z_i u_i (c_i^p − c_i^b) / Σ z_i² u_i (c_i^p − c_i^b)]
/// · ln(Σ z_i² u_i c_i^p / Σ z_i² u_i c_i^b). When the two conductivities Σ z² u c are equal the quotient of the
/// logarithm by their difference is taken to its limit.
/// </para>
/// <para>
/// <b>Planck</b> (Planck, M. (1890) <i>Ann. Phys.</i> 276, 161–186; for any valences as in Marino, M., Misuri, L. and
/// Brogioli, D. (2014) A new open source software for the calculation of the liquid junction potential between two
/// solutions according to the stationary Nernst–Planck equation, arXiv:1403.3640): constant fluxes
/// J_i = −D_i (dc_i/dx + z_i c_i dψ/dx) (ψ = Fφ/RT), local electroneutrality Σ z_i c_i = 0 and zero current Σ z_i J_i = 0.
/// Solved here with the potential as the independent variable (it is monotonic: dψ/dx = −Σ(z_k J_k/D_k)/Σ z_k² c_k
/// has a constant numerator). Then the summed concentration of each valence class obeys a linear ODE with constant
/// coefficients, integrated exactly by a matrix exponential; Newton on one unknown per valence class (2 for
/// monovalent sets, 3–4 with Ca²⁺, Mg²⁺ or SO₄²⁻) matches the bath concentrations and zero current, with a
/// continuation in the bath composition, then the same solve from the bath side, as fallbacks.
/// See docs/electrodiffusion.md for the derivation.
/// </para>
/// <para>
/// Both need every ion's diffusion coefficient (<see cref="Ion.DiffusionCoefficient"/>); only their ratios matter
/// (Barry's relative mobilities), taken at 25 °C whatever the temperature, as JPCalc and LJPcalc do; the temperature
/// enters through RT/F. Each solution must be electroneutral (<see cref="Electroneutrality"/>); it is checked and
/// reported in the result, never corrected. Activity effects are neglected, as in JPCalc (they change a
/// physiological LJP by well under its ±0.5 mV uncertainty). Thread-safe (no state).
/// </para>
/// </remarks>
public static class JunctionPotential
{
    /// <summary>The liquid junction potential by the chosen method, with the electroneutrality reports.</summary>
    /// <param name="pipette">The pipette (internal) solution; electroneutral.</param>
    /// <param name="bath">The bath (external) solution; electroneutral.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="method">Henderson or Planck.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>φ_bath − φ_pipette and how it was found.</returns>
    /// <exception cref="ArgumentException">A solution is not electroneutral, an ion has no diffusion coefficient, or a
    /// solution has no ions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">T ≤ 0 K.</exception>
    /// <exception cref="ConvergenceException">The Planck solve did not converge (not seen for physiological sets).</exception>
    public static LiquidJunction Of(Solution pipette, Solution bath, Temperature temperature, JunctionMethod method, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(pipette);
        ArgumentNullException.ThrowIfNull(bath);
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        var pipetteReport = Electroneutrality.Require(pipette, nameof(pipette), Electroneutrality.DefaultRelativeTolerance);
        var bathReport = Electroneutrality.Require(bath, nameof(bath), Electroneutrality.DefaultRelativeTolerance);
        var (valence, diffusion, cp, cb) = Gather(pipette, bath);
        double psi;
        var iterations = 0;
        switch (method)
        {
            case JunctionMethod.Henderson:
                psi = HendersonScaled(valence, diffusion, cp, cb);
                break;
            case JunctionMethod.Planck:
                psi = PlanckJunctionSolver.Solve(valence, diffusion, cp, cb, out iterations);
                break;
            default:
                throw Guard.Fail(nameof(method), method, $"{nameof(JunctionMethod.Henderson)} or {nameof(JunctionMethod.Planck)}");
        }

        return new LiquidJunction(ElectricPotential.FromVolts(thermal * psi), method, pipetteReport, bathReport, iterations);
    }

    /// <summary>
    /// The liquid junction potential with the ions' activities in place of their concentrations: Henderson's linear
    /// mixing path, with φ_bath − φ_pipette = −(RT/F) ∫ Σ (t_i/z_i) d ln a_i along it.
    /// </summary>
    /// <remarks>
    /// The integral in activities is the general form of the diffusion potential (Guggenheim, E. A. (1930)
    /// <i>J. Am. Chem. Soc.</i> 52, 1315–1337; Bard, A. J. and Faulkner, L. R. (2001) <i>Electrochemical Methods</i>,
    /// 2nd ed., §2.3.4). With ln a_i = ln c_i + ln γ_i it splits into Henderson's closed form and an activity term
    /// −(RT/F) ∫₀¹ Σ t_i z_i dg: t_i = z_i² D_i c_i(x)/Σ z_k² D_k c_k(x) are the transference numbers on the path
    /// c(x) = c_pipette + x (c_bath − c_pipette), along which the ionic strength is linear too, and ln γ_i = z_i² g(I)
    /// for every <paramref name="activities"/> model here. The term is integrated by parts and by Gauss–Legendre
    /// quadrature. For one 1:1 salt at two concentrations it reduces to the textbook
    /// (t₊ − t₋)(RT/F) ln(a±,pipette/a±,bath) (Bard and Faulkner eq. 2.3.39). Single-ion activity coefficients are a
    /// convention (they cannot be measured), so this is a refinement within that convention, not a measurement: for
    /// physiological pipette/bath pairs it moves the LJP by tenths of a millivolt. Only Henderson's path takes activities here; the
    /// stationary Nernst–Planck (Planck) solve is in concentrations.
    /// </remarks>
    /// <param name="pipette">The pipette (internal) solution; electroneutral (in concentrations).</param>
    /// <param name="bath">The bath (external) solution; electroneutral (in concentrations).</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K (0–100 °C for the activity constants).</param>
    /// <param name="method">Henderson; Planck only with <see cref="ActivityModel.Ideal"/>.</param>
    /// <param name="activities">The activity-coefficient model.</param>
    /// <param name="ionSize">å, for <see cref="ActivityModel.DebyeHuckelExtended"/> only.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>φ_bath − φ_pipette and how it was found.</returns>
    /// <exception cref="ArgumentException">As <see cref="Of(Solution, Solution, Temperature, JunctionMethod, ConstantSet?)"/>, or Planck with a non-ideal model.</exception>
    /// <exception cref="ArgumentOutOfRangeException">T out of range, or the extended law without an ion size.</exception>
    public static LiquidJunction Of(Solution pipette, Solution bath, Temperature temperature, JunctionMethod method, ActivityModel activities, Length? ionSize = null, ConstantSet? constants = null)
    {
        if (activities == ActivityModel.Ideal)
        {
            return Of(pipette, bath, temperature, method, constants);
        }

        if (method != JunctionMethod.Henderson)
        {
            throw Guard.Invalid(
                nameof(method),
                $"{method} with activities = {activities}",
                "JunctionMethod.Henderson when activities are not ideal (activities enter the junction potential along Henderson's mixing path only; the Planck solve uses concentrations: use ActivityModel.Ideal for Planck)");
        }

        var ideal = Of(pipette, bath, temperature, JunctionMethod.Henderson, constants);
        var (valence, diffusion, cp, cb) = Gather(pipette, bath);
        var lnGammaPerZSquared = (double ionicStrength) =>
            Math.Log(10) * IonActivity.Log10PerZSquared(Concentration.FromMolesPerCubicMeter(ionicStrength), temperature, activities, ionSize);
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        var correction = thermal * HendersonActivityTermScaled(valence, diffusion, cp, cb, lnGammaPerZSquared);
        return ideal with { Potential = ideal.Potential + ElectricPotential.FromVolts(correction) };
    }

    /// <summary>The liquid junction potential φ_bath − φ_pipette by Henderson's equation.</summary>
    /// <param name="pipette">The pipette (internal) solution; electroneutral.</param>
    /// <param name="bath">The bath (external) solution; electroneutral.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">See <see cref="Of(Solution, Solution, Temperature, JunctionMethod, ConstantSet?)"/>.</exception>
    public static ElectricPotential Henderson(Solution pipette, Solution bath, Temperature temperature, ConstantSet? constants = null) =>
        Of(pipette, bath, temperature, JunctionMethod.Henderson, constants).Potential;

    /// <summary>The liquid junction potential φ_bath − φ_pipette by the stationary Nernst–Planck (Planck) solution.</summary>
    /// <param name="pipette">The pipette (internal) solution; electroneutral.</param>
    /// <param name="bath">The bath (external) solution; electroneutral.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentException">See <see cref="Of(Solution, Solution, Temperature, JunctionMethod, ConstantSet?)"/>.</exception>
    /// <exception cref="ConvergenceException">The solve did not converge.</exception>
    public static ElectricPotential Planck(Solution pipette, Solution bath, Temperature temperature, ConstantSet? constants = null) =>
        Of(pipette, bath, temperature, JunctionMethod.Planck, constants).Potential;

    /// <summary>
    /// Corrects a measured membrane potential for a liquid junction potential: V_m = V_measured − LJP, with the LJP
    /// as φ_bath − φ_pipette (Barry and Lynch 1991; Barry 1994: "V_cell = V_p − V_L").
    /// </summary>
    /// <param name="measured">The potential read, the amplifier having been zeroed in the bath before the seal; finite.</param>
    /// <param name="junctionPotential">The LJP, bath relative to pipette; finite.</param>
    public static ElectricPotential Correct(ElectricPotential measured, ElectricPotential junctionPotential)
    {
        Guard.Finite(measured, nameof(measured));
        Guard.Finite(junctionPotential, nameof(junctionPotential));
        return measured - junctionPotential;
    }

    /// <summary>Henderson's LJP in units of RT/F, from spans of z, D, c_pipette, c_bath (SI).</summary>
    internal static double HendersonScaled(ReadOnlySpan<int> valence, ReadOnlySpan<double> diffusion, ReadOnlySpan<double> cp, ReadOnlySpan<double> cb)
    {
        double numerator = 0, ap = 0, ab = 0;
        for (var i = 0; i < valence.Length; i++)
        {
            var z = valence[i];
            numerator += z * diffusion[i] * (cp[i] - cb[i]);
            ap += z * z * diffusion[i] * cp[i];
            ab += z * z * diffusion[i] * cb[i];
        }

        // ln(ap/ab)/(ap − ab) = log1p(x)/(x·ab), x = (ap − ab)/ab; its limit 1/ab as x → 0.
        var x = (ap - ab) / ab;
        var logOverDifference = Math.Abs(x) < 1e-8 ? (1 - (x / 2)) / ab : Math.Log(ap / ab) / (ap - ab);
        return numerator * logOverDifference;
    }

    /// <summary>
    /// The activity part of Henderson's path integral, −∫₀¹ h dg in units of RT/F, with h(x) = Σ z³ D c(x)/Σ z² D c(x)
    /// and g = ln γ/z² at I(x); by parts, −[h g]₀¹ + ∫₀¹ g h′ dx, h being a ratio of linear functions of x.
    /// </summary>
    internal static double HendersonActivityTermScaled(ReadOnlySpan<int> valence, ReadOnlySpan<double> diffusion, ReadOnlySpan<double> cp, ReadOnlySpan<double> cb, Func<double, double> lnGammaPerZSquared)
    {
        double np = 0, nb = 0, ap = 0, ab = 0, ip = 0, ib = 0;
        for (var i = 0; i < valence.Length; i++)
        {
            double z = valence[i], d = diffusion[i];
            np += z * z * z * d * cp[i];
            nb += z * z * z * d * cb[i];
            ap += z * z * d * cp[i];
            ab += z * z * d * cb[i];
            ip += 0.5 * z * z * cp[i];
            ib += 0.5 * z * z * cb[i];
        }

        double G(double x) => lnGammaPerZSquared(ip + (x * (ib - ip)));
        double HPrime(double x)
        {
            var a = ap + (x * (ab - ap));
            return (((nb - np) * a) - ((np + (x * (nb - np))) * (ab - ap))) / (a * a);
        }

        var boundary = ((nb / ab) * G(1)) - ((np / ap) * G(0));
        return -boundary + GaussLegendre.Integrate(x => G(x) * HPrime(x));
    }

    /// <summary>Every ion of either solution with its valence, diffusion coefficient and both concentrations (absent = 0).</summary>
    private static (int[] Valence, double[] Diffusion, double[] Pipette, double[] Bath) Gather(Solution pipette, Solution bath)
    {
        var ions = new List<Ion>();
        foreach (var (ion, c) in pipette)
        {
            if (c.SiValue > 0 || (bath.TryGetConcentration(ion, out var cb) && cb.SiValue > 0))
            {
                ions.Add(ion);
            }
        }

        foreach (var (ion, c) in bath)
        {
            if (c.SiValue > 0 && !pipette.Contains(ion))
            {
                ions.Add(ion);
            }
        }

        if (ions.Count == 0 || Electroneutrality.Of(pipette).TotalCharge.SiValue <= 0 || Electroneutrality.Of(bath).TotalCharge.SiValue <= 0)
        {
            var empty = ions.Count == 0 || Electroneutrality.Of(pipette).TotalCharge.SiValue <= 0 ? nameof(pipette) : nameof(bath);
            throw Guard.Invalid(empty, $"the pipette {pipette}, the bath {bath}", "a solution with ions, as both must be");
        }

        var n = ions.Count;
        var valence = new int[n];
        var diffusion = new double[n];
        var cp = new double[n];
        var cbath = new double[n];
        for (var i = 0; i < n; i++)
        {
            var ion = ions[i];
            if (ion.DiffusionCoefficient is not { } d)
            {
                throw Guard.Invalid(
                    nameof(pipette),
                    $"{ion.Symbol} ({ion.Name}), which has none",
                    "solutions of ions with a diffusion coefficient (or a mobility relative to K⁺), which a junction potential needs; create the ion with one: new Ion(name, symbol, z, diffusionCoefficient: …)");
            }

            valence[i] = ion.Valence;
            diffusion[i] = d.SquareMetersPerSecond;
            cp[i] = pipette.TryGetConcentration(ion, out var a) ? a.MolesPerCubicMeter : 0;
            cbath[i] = bath.TryGetConcentration(ion, out var b) ? b.MolesPerCubicMeter : 0;
        }

        return (valence, diffusion, cp, cbath);
    }
}
