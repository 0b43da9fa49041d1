using Membrane.Biophysics.Ghk;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Goldman–Hodgkin–Katz branches, I = P̄·a·z F [c_in B(u) − c_out B(−u)], u = zFV/RT (Goldman 1943; Hodgkin and Katz
/// 1949; <see cref="GhkCurrent"/>), linearised about the old V, I(V′) ≈ I(V) + I′(V)(V′ − V) (linearly implicit
/// Euler; the GHK slope is positive, so this too is stable), the slope by a central difference of ±10 µV: truncation
/// ~(h/V_T)² ≈ 10⁻⁷ relative, cancellation ~10⁻¹⁶ V_T/h ≈ 10⁻¹³; the slope only sets the implicit weight, so neither
/// limits accuracy.
/// </summary>
internal sealed class GhkBranches : BranchGroup
{
    /// <summary>The half-width of the central difference for a slope, 10 µV.</summary>
    public const double SlopeStep = 1e-5;

    private readonly double[] _maximal;      // P̄ (times the ion's relative permeability), m/s
    private readonly double[] _activation;
    private readonly int[] _index;

    /// <summary>GHK branches at the given compartments, each with its permeability and activation.</summary>
    public GhkBranches(string name, int[] site, int[] ion, double[] maximal, double[] activation, int[] index)
        : base(name, site, ion)
    {
        _maximal = maximal;
        _activation = activation;
        _index = index;
    }

    /// <inheritdoc/>
    protected override void Linearise(CompartmentKernel kernel, double[] voltage, int first, int last, int fromSite)
    {
        for (var b = first; b < last; b++)
        {
            var v = voltage[Site[b]];
            var scale = _maximal[b] * _activation[_index[b]];
            var i0 = scale * Density(kernel, b, v);
            var slope = scale * (Density(kernel, b, v + SlopeStep) - Density(kernel, b, v - SlopeStep)) / (2 * SlopeStep);
            G[b] = slope;
            J[b] = i0 - (slope * v);
        }
    }

    /// <summary>The GHK current density of branch b per unit permeability: z F [c_in B(u) − c_out B(−u)].</summary>
    private double Density(CompartmentKernel kernel, int b, double v)
    {
        var pools = kernel.Pools;
        var i = Ion[b];
        var z = pools.Valence[i];
        return z * kernel.Faraday * GhkCurrent.FluxPerPermeability(pools.InsideAt(Site[b], i), pools.OutsideAt(Site[b], i), z * v / kernel.Thermal);
    }
}
