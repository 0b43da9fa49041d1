using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Equilibrium;

/// <summary>
/// The electrochemical potential difference of a species across a membrane, Δμ̃ = μ̃_in − μ̃_out =
/// RT ln(c_in/c_out) + zFV: the free energy to move one mole from outside to inside. Its electrical twin is the
/// driving force V − E, and the two are one quantity in two units: Δμ̃ = zF(V − E).
/// </summary>
/// <remarks>
/// Source: Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., ch. 1 and 14; Nicholls, D. G. and
/// Ferguson, S. J. (2013) <i>Bioenergetics 4</i>, ch. 3, eq. 3.27 (Δμ̃ per mole and in mV). Sign conventions:
/// V = φ_in − φ_out; Δμ̃ &gt; 0 means the species runs outward spontaneously (inward entry costs energy).
/// </remarks>
public static class ElectrochemicalPotential
{
    /// <summary>Δμ̃ = RT ln(c_in/c_out) + zFV, computed as zF(V − E) so that it is exactly zero at V = E.</summary>
    /// <param name="ion">The species (its valence is used).</param>
    /// <param name="gradient">Its inside and outside concentrations; finite and &gt; 0.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad concentration, potential or temperature.</exception>
    public static MolarEnergy Difference(Ion ion, IonGradient gradient, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
    {
        var drivingForce = DrivingForce(ion, gradient, membranePotential, temperature, constants);
        return ToMolarEnergy(drivingForce, ion.Valence, constants);
    }

    /// <summary>The driving force V − E on a species, positive when it pushes cations outward (outward current).</summary>
    /// <param name="ion">The species (its valence is used).</param>
    /// <param name="gradient">Its inside and outside concentrations; finite and &gt; 0.</param>
    /// <param name="membranePotential">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bad concentration, potential or temperature.</exception>
    public static ElectricPotential DrivingForce(Ion ion, IonGradient gradient, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.Finite(membranePotential, nameof(membranePotential));
        return membranePotential - Nernst.Potential(ion, gradient, temperature, constants);
    }

    /// <summary>The thermodynamic view of a driving force: Δμ̃ = zF(V − E).</summary>
    /// <param name="drivingForce">V − E; finite.</param>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="constants">F; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarEnergy ToMolarEnergy(ElectricPotential drivingForce, int valence, ConstantSet? constants = null)
    {
        Guard.Finite(drivingForce, nameof(drivingForce));
        Guard.NonZeroValence(valence, nameof(valence));
        return MolarEnergy.FromJoulesPerMole(valence * (constants ?? ConstantSet.Si2019).FaradayConstant * drivingForce.Volts);
    }

    /// <summary>The electrical view of a free energy per mole: V − E = Δμ̃ / (zF).</summary>
    /// <param name="difference">Δμ̃; finite.</param>
    /// <param name="valence">The charge number z; non-zero.</param>
    /// <param name="constants">F; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static ElectricPotential ToDrivingForce(MolarEnergy difference, int valence, ConstantSet? constants = null)
    {
        Guard.Finite(difference, nameof(difference));
        Guard.NonZeroValence(valence, nameof(valence));
        return ElectricPotential.FromVolts(difference.JoulesPerMole / (valence * (constants ?? ConstantSet.Si2019).FaradayConstant));
    }

    /// <summary>The chemical part alone, RT ln(c_in/c_out), the Δμ̃ at V = 0.</summary>
    /// <param name="gradient">Inside and outside concentrations; finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarEnergy ChemicalPart(IonGradient gradient, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.PositiveFinite(gradient.Inside, "gradient.Inside");
        Guard.PositiveFinite(gradient.Outside, "gradient.Outside");
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        var rt = (constants ?? ConstantSet.Si2019).MolarGasConstant * temperature.Kelvins;
        return MolarEnergy.FromJoulesPerMole(rt * AccurateMath.LogRatio(gradient.Inside.MolesPerCubicMeter, gradient.Outside.MolesPerCubicMeter));
    }
}
