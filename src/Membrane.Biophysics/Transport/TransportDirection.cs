namespace Membrane.Biophysics.Transport;

/// <summary>The way a transporter's cycle turns at given conditions, decided by the sign of its ΔG.</summary>
/// <remarks>
/// A stoichiometry is written for one direction of the cycle, counts positive for species entering and negative for
/// species leaving (docs/conventions.md). <see cref="Forward"/> is that direction — for KCC2 (1 K⁺ out, 1 Cl⁻ out) it
/// extrudes both ions, for NCX (3 Na⁺ in, 1 Ca²⁺ out) it is the forward mode — so the name says how the cycle turns
/// against its written form, never which way the ions go.
/// </remarks>
public enum TransportDirection
{
    /// <summary>ΔG = 0 exactly: no net cycling.</summary>
    Equilibrium = 0,

    /// <summary>ΔG &lt; 0: the cycle turns forward, as its stoichiometry is written (for NCX written 3 Na⁺ in, 1 Ca²⁺ out: its forward mode), whichever way each species then moves.</summary>
    Forward = 1,

    /// <summary>ΔG &gt; 0: the cycle turns in reverse (every species moves against its written count: NCX's reverse mode).</summary>
    Reverse = 2,
}
