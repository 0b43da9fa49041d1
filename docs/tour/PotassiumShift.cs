using System.IO;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tour;

internal static class PotassiumShift
{
    public static void Run(TextWriter o)
    {
        var t = Temperature.Room;
        var inside = Concentration.FromMillimolar(140);
        double[] outsides = [2.5, 5, 10, 20, 40, 80];
        var insides = new Concentration[outsides.Length];
        var outs = new Concentration[outsides.Length];
        for (var i = 0; i < outsides.Length; i++)
        {
            insides[i] = inside;
            outs[i] = Concentration.FromMillimolar(outsides[i]);
        }

        var eK = new ElectricPotential[outsides.Length];
        Nernst.Potentials(1, insides, outs, t, eK); // the batch form: spans in, span out, no allocation
        o.WriteLine($"  [K⁺]i = {inside}, {t}");
        for (var i = 0; i < outsides.Length; i++)
        {
            var shift = i == 0 ? string.Empty : $"  (+{(eK[i] - eK[i - 1]).ToString("F2", null)} for the doubling)";
            o.WriteLine($"  [K⁺]o = {outs[i],-8} E_K = {eK[i].ToString("F2", null)}{shift}");
        }

        o.WriteLine($"  each doubling shifts E_K by (RT/F)·ln 2 = {(Nernst.SlopePerDecade(1, t) * System.Math.Log10(2)).ToString("F2", null)}; a tenfold rise by {Nernst.SlopePerDecade(1, t).ToString("F2", null)}");
        o.WriteLine("  (reading the reversal off a simulated I–V curve comes with the GHK and channel layers)");
    }
}
