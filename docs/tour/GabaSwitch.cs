using System.IO;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class GabaSwitch
{
    public static void Run(TextWriter o)
    {
        var t = Temperature.Body;
        var rest = ElectricPotential.FromMillivolts(-65);
        var outside = Concentration.FromMillimolar(130);
        foreach (var (stage, clIn) in new[] { ("immature (high NKCC1, low KCC2)", 25.0), ("mature (KCC2 up)", 6.0) })
        {
            var g = new IonGradient(Concentration.FromMillimolar(clIn), outside);
            var eCl = Nernst.Potential(Ions.Chloride, g, t);
            var force = ElectrochemicalPotential.DrivingForce(Ions.Chloride, g, rest, t);
            // GABA_A current is carried by Cl⁻ (z = −1): outward current means Cl⁻ entering, which hyperpolarises.
            var effect = eCl > rest ? "depolarising (Cl⁻ leaves: inward current)" : "hyperpolarising (Cl⁻ enters: outward current)";
            o.WriteLine($"  {stage}: [Cl⁻]i = {g.Inside}, E_Cl = {eCl.ToString("F1", null)}, at V = {rest} V − E_Cl = {force.ToString("F1", null)} → GABA is {effect}");
        }
    }
}
