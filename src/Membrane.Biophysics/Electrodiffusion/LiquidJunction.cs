using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// A liquid junction potential between a pipette solution and a bath solution, in the sign convention of JPCalc
/// (Barry 1994), pClamp and LJPcalc: <see cref="Potential"/> is the potential of the bath relative to the pipette,
/// φ_bath − φ_pipette; the true membrane potential is the measured one minus it (<see cref="Correct"/>).
/// </summary>
/// <param name="Potential">The junction potential φ_bath − φ_pipette.</param>
/// <param name="Method">How it was computed.</param>
/// <param name="Pipette">The electroneutrality of the pipette solution, as checked.</param>
/// <param name="Bath">The electroneutrality of the bath solution, as checked.</param>
/// <param name="Iterations">Newton iterations of the Planck solve; 0 for Henderson's closed form.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LiquidJunction(ElectricPotential Potential, JunctionMethod Method, ElectroneutralityReport Pipette, ElectroneutralityReport Bath, int Iterations)
{
    /// <summary>
    /// The membrane potential corrected for this junction potential: V_m = V_measured − LJP (Barry and Lynch 1991;
    /// Barry 1994). With a K-gluconate pipette (LJP ≈ +15 mV) a reading of −55 mV is a true −70 mV.
    /// </summary>
    /// <param name="measured">The potential read with the amplifier zeroed in the bath before the seal.</param>
    public ElectricPotential Correct(ElectricPotential measured) => JunctionPotential.Correct(measured, Potential);

    /// <summary>"LJP = +15.6 mV (Planck, bath relative to pipette)", invariant culture.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"LJP = {(Potential.Millivolts >= 0 ? "+" : string.Empty)}{Potential.ToString("F2", CultureInfo.InvariantCulture)} ({Method}, bath relative to pipette)");
}
