namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>What holds a species at one end of a Poisson–Nernst–Planck domain.</summary>
public enum PnpBoundary
{
    /// <summary>Its concentration is held at the given value (a well-stirred bath).</summary>
    FixedConcentration,

    /// <summary>
    /// No flux crosses the end (an impermeant wall for this species); its concentration there is solved for, the
    /// given value serving only as the starting guess. Allowed at one end of a species at most, since a species sealed at
    /// both ends has no fixed amount.
    /// </summary>
    NoFlux,
}
