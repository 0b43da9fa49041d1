using System.IO;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tour;

internal static class QuantitiesTour
{
    public static void Run(TextWriter o)
    {
        var gbar = ConductanceDensity.Parse("36 mS/cm2");
        var v = ElectricPotential.Parse("-77mV");
        var eK = ElectricPotential.FromMillivolts(-89.1);
        var i = gbar * (v - eK);
        o.WriteLine($"  ḡ_K = {gbar}, V = {v}, E_K = {eK}  →  I_K = ḡ_K·(V − E_K) = {i}  (outward positive)");
        var area = Area.FromSquareMicrometers(2000);
        o.WriteLine($"  over {area}: {i * area}, membrane capacitance {SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1) * area}");
        var c = Concentration.Parse("140 mM");
        o.WriteLine($"  {c} = {c.ToString("M", null)} = {c.ToString("µM", null)}; {Temperature.Parse("37 C")} = {Temperature.Body.ToString("K", null)}");
        o.WriteLine($"  1 pL of 140 mM holds {(c * Volume.FromPicoliters(1)).ToString("G3 fmol", null)}");
    }
}
