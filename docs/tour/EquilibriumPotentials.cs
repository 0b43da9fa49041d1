using System.IO;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class EquilibriumPotentials
{
    public static void Run(TextWriter o)
    {
        var t = Temperature.Body;
        (Ion Ion, IonGradient Gradient)[] neuron =
        [
            (Ions.Sodium, IonGradient.Millimolar(12, 145)),
            (Ions.Potassium, IonGradient.Millimolar(140, 5)),
            (Ions.Chloride, IonGradient.Millimolar(7, 110)),
            (Ions.Calcium, IonGradient.Millimolar(0.0001, 2)),
        ];
        o.WriteLine($"  T = {t}; E = (RT/zF)·ln(c_out/c_in), V = φ_in − φ_out");
        foreach (var (ion, g) in neuron)
        {
            o.WriteLine($"  {ion.Symbol,-4} in {g.Inside.ToString("G4", null),-10} out {g.Outside.ToString("G4", null),-10} E = {Nernst.Potential(ion, g, t).ToString("F1", null)}");
        }

        var (phIn, phOut) = (Ph.FromValue(7.2), Ph.FromValue(7.4));
        var eH = Nernst.Potential(Ions.Hydrogen, new IonGradient(phIn.ProtonConcentration, phOut.ProtonConcentration), t);
        o.WriteLine($"  H⁺   in {phIn,-10} out {phOut,-10} E = {eH.ToString("F1", null)}");
        o.WriteLine($"  Nernst slope: {Nernst.SlopePerDecade(1, t).ToString("F2", null)} per decade for z = +1, {Nernst.SlopePerDecade(2, t).ToString("F2", null)} for z = +2");
    }
}
