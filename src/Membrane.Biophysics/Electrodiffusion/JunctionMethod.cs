namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>How a liquid junction potential is computed.</summary>
public enum JunctionMethod
{
    /// <summary>
    /// Henderson's equation: linear mixing of the two solutions across the junction (Henderson 1907). Closed form;
    /// exact for a single salt, close to <see cref="Planck"/> for the usual physiological solutions.
    /// </summary>
    Henderson,

    /// <summary>
    /// The stationary, electroneutral Nernst–Planck solution with zero current (Planck 1890), for ions of any
    /// valence: what LJPcalc and JLJP compute (Marino et al. 2014).
    /// </summary>
    Planck,
}
