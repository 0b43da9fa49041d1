namespace Membrane.Biophysics.Transport;

/// <summary>The way a transporter's cycle turns at given conditions, decided by the sign of its ΔG.</summary>
/// <remarks>
/// A stoichiometry is written for one direction of the cycle, which the library's convention calls "inward"
/// (docs/conventions.md): each species moves as its count says, positive counts entering, negative counts leaving.
/// For an exchanger such as NCX (3 Na⁺ in, 1 Ca²⁺ out), <see cref="Inward"/> is its forward mode.
/// </remarks>
public enum TransportDirection
{
    /// <summary>ΔG = 0 exactly: no net cycling.</summary>
    Equilibrium = 0,

    /// <summary>ΔG &lt; 0: the cycle turns as its stoichiometry is written.</summary>
    Inward = 1,

    /// <summary>ΔG &gt; 0: the cycle turns in reverse (every species moves against its written count).</summary>
    Outward = 2,
}
