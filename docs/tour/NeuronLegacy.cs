using System.IO;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tour;

internal static class NeuronLegacy
{
    public static void Run(TextWriter o)
    {
        var ci = Concentration.FromMillimolar(54.4);
        var co = Concentration.FromMillimolar(2.5);
        foreach (var set in new[] { ConstantSet.Si2019, ConstantSet.Codata2014, ConstantSet.NeuronLegacy })
        {
            var e = Nernst.Potential(1, ci, co, Temperature.Squid, set);
            o.WriteLine($"  E_K(54.4 → 2.5 mM, 6.3 °C) with {set.Name,-22}: {e.ToString("F6", null)}");
        }

        o.WriteLine("  NEURON 8.2.2 nernst(54.4, 2.5, 1) prints −74.171673 mV (modern) and −74.162211 mV with nrnunit_use_legacy(1)");
    }
}
