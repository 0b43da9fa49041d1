using System.IO;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class DrivingForce
{
    public static void Run(TextWriter o)
    {
        var t = Temperature.Body;
        var na = IonGradient.Millimolar(12, 145);
        var v = ElectricPotential.FromMillivolts(-70);
        var force = ElectrochemicalPotential.DrivingForce(Ions.Sodium, na, v, t);
        var dmu = ElectrochemicalPotential.Difference(Ions.Sodium, na, v, t);
        o.WriteLine($"  Na⁺ {na.Inside} in / {na.Outside} out, V = {v}, {t}");
        o.WriteLine($"  driving force V − E_Na = {force.ToString("F1", null)}  (negative: Na⁺ is pushed in, an inward current)");
        o.WriteLine($"  Δμ̃ = RT ln(c_in/c_out) + zFV = {dmu.ToString("F2", null)}  (negative: entry releases free energy)");
        o.WriteLine($"  back again: Δμ̃/(zF) = {ElectrochemicalPotential.ToDrivingForce(dmu, 1).ToString("F1", null)}");
        var atp = MolarEnergy.FromKilojoulesPerMole(-55);
        o.WriteLine($"  ATP hydrolysis at {atp} could pay for moving at most {(atp / dmu):F1} Na⁺ out against this gradient");
    }
}
