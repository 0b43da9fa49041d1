using System.IO;
using System.Linq;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class DonnanTour
{
    public static void Run(TextWriter o)
    {
        var bath = new Solution((Ions.Potassium, Concentration.FromMillimolar(100)), (Ions.Chloride, Concentration.FromMillimolar(100)));
        var proteins = Concentration.FromMillimolar(60);
        var eq = Donnan.Equilibrium(bath, proteins, -1.2, Temperature.Room);
        o.WriteLine($"  bath: {bath}; inside: {proteins} of impermeant anions with mean charge −1.2, {Temperature.Room}");
        o.WriteLine($"  Donnan potential {eq.Potential.ToString("F2", null)}, ratio r = {eq.DonnanRatio:F4}");
        o.WriteLine($"  inside at equilibrium: {eq.Inside}; net charge with the proteins: {Concentration.FromMillimolar(eq.Inside.NetCharge.Millimolar - (1.2 * proteins.Millimolar)).ToString("F6", null)} (electroneutral)");
        o.WriteLine($"  excess osmolytes inside: {(eq.Inside.Sum(e => e.Value.Millimolar) + proteins.Millimolar - 200):F1} mOsm — why a pump is needed to keep a cell's volume");
    }
}
