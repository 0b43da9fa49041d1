using System;
using Membrane.Biophysics.Channels;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// Instantaneous glial inward rectifiers (<see cref="GlialInwardRectifier"/>, Kir4.1 after Øyehaug et al. 2012): a K⁺
/// conductance that is a function of V, E_K and [K⁺]ₒ with no gate state, linearised as an ohmic branch with the
/// conductance at the old V, G = g(V, E_K, [K⁺]ₒ), J = −G E_K.
/// </summary>
internal sealed class RectifierBranches : BranchGroup
{
    private readonly GlialInwardRectifier[] _channel;

    /// <summary>Rectifiers at the given compartments, each carried by K⁺ (<paramref name="potassium"/>).</summary>
    public RectifierBranches(int[] site, int potassium, GlialInwardRectifier[] channel)
        : base("Kir", site, Array.ConvertAll(site, _ => potassium))
    {
        _channel = channel;
    }

    /// <inheritdoc/>
    protected override void Linearise(CompartmentKernel kernel, double[] voltage, int first, int last, int fromSite)
    {
        var pools = kernel.Pools;
        for (var b = first; b < last; b++)
        {
            var k = Ion[b];
            var outside = pools.OutsideAt(Site[b], k);
            var reversal = kernel.Thermal * Math.Log(outside / pools.InsideAt(Site[b], k));
            var g = _channel[b].Conductance(voltage[Site[b]], reversal, outside);
            G[b] = g;
            J[b] = -g * reversal;
        }
    }
}
