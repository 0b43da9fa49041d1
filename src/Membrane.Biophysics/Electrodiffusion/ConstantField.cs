using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// Goldman's constant-field solution of the Nernst–Planck equation across a homogeneous membrane of thickness L:
/// with a linear potential φ(x) = φ_in − V x/L and boundary concentrations β c_in, β c_out (partition coefficient β),
/// the steady flux is J = (βD/L) u (c_in − c_out e^(−u))/(1 − e^(−u)), u = zFV/RT — the GHK flux with P = βD/L.
/// </summary>
/// <remarks>
/// <para>
/// Goldman, D. E. (1943) <i>J. Gen. Physiol.</i> 27, 37–60; Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>,
/// 3rd ed., ch. 14 (the constant-field derivation). Derivation: multiplying J = −D(dc/dx + c dψ/dx), ψ = zFφ/RT, by e^ψ gives
/// J e^ψ = −D d(c e^ψ)/dx; integrating over the membrane, J = D [c(0) e^ψ(0) − c(L) e^ψ(L)] / ∫₀ᴸ e^ψ dx, and with ψ
/// linear the integral is L e^ψ(0) (1 − e^(−u))/u. Outward (x from inside to outside) positive, V = φ_in − φ_out.
/// </para>
/// <para>Evaluated with the same cancellation-free arithmetic as <see cref="GhkCurrent"/>. Thread-safe (no state).</para>
/// </remarks>
public static class ConstantField
{
    /// <summary>The permeability of a homogeneous membrane, P = β D / L.</summary>
    /// <param name="diffusionCoefficient">D inside the membrane; finite and ≥ 0.</param>
    /// <param name="partitionCoefficient">β, membrane over water concentration; finite and ≥ 0.</param>
    /// <param name="thickness">L; finite and &gt; 0.</param>
    public static Permeability Permeability(Diffusivity diffusionCoefficient, double partitionCoefficient, Length thickness)
    {
        Guard.NonNegativeFinite(diffusionCoefficient, nameof(diffusionCoefficient));
        Guard.NonNegativeFinite(partitionCoefficient, nameof(partitionCoefficient), "partition coefficient");

        Guard.PositiveFinite(thickness, nameof(thickness));
        return (diffusionCoefficient / thickness) * partitionCoefficient;
    }

    /// <summary>The steady constant-field Nernst–Planck flux across the membrane, outward positive.</summary>
    /// <param name="diffusionCoefficient">D inside the membrane; finite and ≥ 0.</param>
    /// <param name="partitionCoefficient">β; finite and ≥ 0.</param>
    /// <param name="thickness">L; finite and &gt; 0.</param>
    /// <param name="valence">z; non-zero.</param>
    /// <param name="inside">c_in; finite and ≥ 0.</param>
    /// <param name="outside">c_out; finite and ≥ 0.</param>
    /// <param name="voltage">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">&gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MolarFlux Flux(Diffusivity diffusionCoefficient, double partitionCoefficient, Length thickness, int valence, Concentration inside, Concentration outside, ElectricPotential voltage, Temperature temperature, ConstantSet? constants = null)
    {
        var p = Permeability(diffusionCoefficient, partitionCoefficient, thickness);
        var perPermeability = GhkCurrent.FluxPerPermeability(valence, inside, outside, voltage, temperature, constants ?? ConstantSet.Si2019);
        return MolarFlux.FromMolesPerSquareMeterSecond(p.MetersPerSecond * perPermeability);
    }
}
