using System;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Ghk;

/// <summary>
/// Permeability ratios from measured reversal potentials: the inverse of <see cref="GhkVoltage"/>, as used to
/// characterise the selectivity of a channel.
/// </summary>
/// <remarks>
/// <para>
/// All three methods assume the GHK current equation for every permeant ion (independence, constant field) and
/// that the ions named are the only permeant ones. Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>,
/// 3rd ed., Sinauer, ch. 14 (bi-ionic potentials and permeability ratios). A reversal outside the range the two ions
/// can produce (not strictly between their Nernst potentials, or beyond a one-sided ion's limit) has no positive
/// ratio and is rejected. Temperature is always passed; constants are <see cref="ConstantSet.Si2019"/> unless given.
/// Thread-safe.
/// </para>
/// <para>Activities are taken equal to concentrations; correct the inputs for activity and junction potentials first.</para>
/// </remarks>
public static class PermeabilityRatio
{
    /// <summary>
    /// P_X / P_Y for two monovalent ions (cations, anions or one of each) from the reversal potential E measured with
    /// both present, by the closed form of the GHK voltage equation.
    /// </summary>
    /// <param name="x">The ion X; valence ±1.</param>
    /// <param name="xGradient">Its concentrations; finite and ≥ 0.</param>
    /// <param name="y">The reference ion Y; valence ±1.</param>
    /// <param name="yGradient">Its concentrations; finite and ≥ 0.</param>
    /// <param name="reversal">The measured reversal potential; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>
    /// With e = exp(FE/RT), aᵢ the concentration that carries inward current (a cation's outside, an anion's inside)
    /// and bᵢ the one that carries outward current: E = (RT/F) ln[(r a_X + a_Y)/(r b_X + b_Y)], so
    /// r = P_X/P_Y = (a_Y − b_Y e)/(b_X e − a_X). For the classic bi-ionic case of cation X only outside and Y only
    /// inside this is P_X/P_Y = ([Y]_in/[X]_out) exp(FE/RT) (Hille 2001, ch. 14).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A valence is not ±1, a bad concentration or temperature, or a reversal that no positive ratio produces.</exception>
    public static double Monovalent(Ion x, IonGradient xGradient, Ion y, IonGradient yGradient, ElectricPotential reversal, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireMonovalent(x, nameof(x));
        RequireMonovalent(y, nameof(y));
        CheckGradient(xGradient, nameof(xGradient));
        CheckGradient(yGradient, nameof(yGradient));
        Guard.Finite(reversal, nameof(reversal));
        var e = Math.Exp(reversal.Volts / (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts);
        var (aX, bX) = InwardOutward(x, xGradient);
        var (aY, bY) = InwardOutward(y, yGradient);
        return Checked((aY - (bY * e)) / ((bX * e) - aX), reversal, nameof(reversal));
    }

    /// <summary>
    /// P_X / P_Y for two ions of any valences from the reversal potential E measured with both present (the general
    /// bi-ionic case, e.g. Ca²⁺ outside against Cs⁺ inside): the ratio that makes their GHK currents cancel at E,
    /// P_X/P_Y = −i_Y(E) / i_X(E), with i the GHK current per unit permeability.
    /// </summary>
    /// <param name="x">The ion X.</param>
    /// <param name="xGradient">Its concentrations; finite and ≥ 0.</param>
    /// <param name="y">The reference ion Y.</param>
    /// <param name="yGradient">Its concentrations; finite and ≥ 0.</param>
    /// <param name="reversal">The measured reversal potential; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>
    /// P_X/P_Y. For monovalent ions it equals <see cref="Monovalent"/>. For divalent X only outside and monovalent Y
    /// only inside it is the bi-ionic form P_X/P_Y = [Y]_in e^u (1 + e^u) / (4 [X]_out), u = FE/RT (Lewis 1979;
    /// see <see cref="Lewis"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">Bad input, or a reversal that no positive ratio produces.</exception>
    public static double BiIonic(Ion x, IonGradient xGradient, Ion y, IonGradient yGradient, ElectricPotential reversal, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        CheckGradient(xGradient, nameof(xGradient));
        CheckGradient(yGradient, nameof(yGradient));
        Guard.Finite(reversal, nameof(reversal));
        var u = reversal.Volts / (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        var iX = x.Valence * GhkCurrent.FluxPerPermeability(xGradient.Inside.MolesPerCubicMeter, xGradient.Outside.MolesPerCubicMeter, x.Valence * u);
        var iY = y.Valence * GhkCurrent.FluxPerPermeability(yGradient.Inside.MolesPerCubicMeter, yGradient.Outside.MolesPerCubicMeter, y.Valence * u);
        return Checked(-iY / iX, reversal, nameof(reversal));
    }

    /// <summary>
    /// Lewis's form: P_D / P_M of a divalent cation D (Ca²⁺) to a monovalent cation M (Na⁺) from the shift of the
    /// reversal potential when the external monovalent solution is replaced by an isotonic divalent one, the pipette
    /// solution unchanged.
    /// </summary>
    /// <param name="monovalentOutside">[M]_out of the reference external solution (M its only permeant ion); finite and &gt; 0.</param>
    /// <param name="divalentOutside">[D]_out of the test external solution (D its only permeant ion); finite and &gt; 0.</param>
    /// <param name="monovalentReversal">The reversal E_M measured in the reference solution; finite.</param>
    /// <param name="divalentReversal">The reversal E_D measured in the test solution; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>
    /// P_D/P_M = [M]_out exp(F(E_D − E_M)/RT) (1 + exp(F E_D/RT)) / (4 [D]_out).
    /// </returns>
    /// <remarks>
    /// Lewis, C. A. (1979) Ion-concentration dependence of the reversal potential and the single channel conductance
    /// of ion channels at the frog neuromuscular junction. <i>J. Physiol.</i> 286, 417–445. Derivation (GHK, as in
    /// Hille 2001, ch. 14): with one internal permeant monovalent cation I (any, e.g. Cs⁺) and no internal D, the
    /// reference reversal gives P_M/P_I = [I]_in e^(u_M)/[M]_out and the test reversal gives
    /// P_D/P_I = [I]_in e^(u_D)(1 + e^(u_D))/(4[D]_out), u = FE/RT; their quotient removes [I]_in and P_I.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A concentration ≤ 0, NaN or infinite; a non-finite potential; T ≤ 0 K.</exception>
    public static double Lewis(
        Concentration monovalentOutside,
        Concentration divalentOutside,
        ElectricPotential monovalentReversal,
        ElectricPotential divalentReversal,
        Temperature temperature,
        ConstantSet? constants = null)
    {
        Guard.PositiveFinite(monovalentOutside, nameof(monovalentOutside));
        Guard.PositiveFinite(divalentOutside, nameof(divalentOutside));
        Guard.Finite(monovalentReversal, nameof(monovalentReversal));
        Guard.Finite(divalentReversal, nameof(divalentReversal));
        var thermal = (constants ?? ConstantSet.Si2019).ThermalVoltage(temperature).Volts;
        var uM = monovalentReversal.Volts / thermal;
        var uD = divalentReversal.Volts / thermal;
        var ratio = monovalentOutside.MolesPerCubicMeter * Math.Exp(uD - uM) * (1 + Math.Exp(uD)) / (4 * divalentOutside.MolesPerCubicMeter);
        return Checked(ratio, divalentReversal, nameof(divalentReversal));
    }

    private static (double Inward, double Outward) InwardOutward(Ion ion, IonGradient gradient) =>
        ion.Valence > 0
            ? (gradient.Outside.MolesPerCubicMeter, gradient.Inside.MolesPerCubicMeter)
            : (gradient.Inside.MolesPerCubicMeter, gradient.Outside.MolesPerCubicMeter);

    private static void RequireMonovalent(Ion ion, string parameterName)
    {
        if (Math.Abs(ion.Valence) != 1)
        {
            throw Guard.Fail(parameterName, $"{ion.Symbol} (z = {Guard.Format(ion.Valence)})", "a monovalent ion (z = ±1); use BiIonic for other valences");
        }
    }

    private static void CheckGradient(IonGradient gradient, string parameterName)
    {
        Guard.NonNegativeFinite(gradient.Inside, $"{parameterName}.{nameof(IonGradient.Inside)}");
        Guard.NonNegativeFinite(gradient.Outside, $"{parameterName}.{nameof(IonGradient.Outside)}");
    }

    private static double Checked(double ratio, ElectricPotential reversal, string parameterName)
    {
        if (!(ratio > 0 && double.IsFinite(ratio)))
        {
            throw Guard.Fail(
                parameterName,
                reversal,
                $"a potential these ions can reverse at (strictly between their Nernst potentials); it gives a permeability ratio of {Guard.Format(ratio)}");
        }

        return ratio;
    }
}
