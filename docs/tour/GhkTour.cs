using System.Collections.Generic;
using System.IO;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class GhkTour
{
    /// <summary>Hodgkin and Katz (1949): one set of concentrations, two sets of relative permeabilities.</summary>
    public static void Squid(TextWriter o)
    {
        var t = Temperature.Squid;
        var axoplasm = new Solution((Ions.Potassium, Concentration.FromMillimolar(400)), (Ions.Sodium, Concentration.FromMillimolar(50)), (Ions.Chloride, Concentration.FromMillimolar(40)));
        var seaWater = new Solution((Ions.Potassium, Concentration.FromMillimolar(20)), (Ions.Sodium, Concentration.FromMillimolar(440)), (Ions.Chloride, Concentration.FromMillimolar(560)));
        foreach (var (state, pNa) in new[] { ("rest", 0.04), ("peak", 20.0) })
        {
            var relative = new Dictionary<Ion, double> { [Ions.Potassium] = 1, [Ions.Sodium] = pNa, [Ions.Chloride] = 0.45 };
            var v = GhkVoltage.ReversalPotential(axoplasm, seaWater, relative, t);
            o.WriteLine($"  {state,-4}: P_K : P_Na : P_Cl = 1 : {pNa} : 0.45 → V = {v.ToString("F1", null)} at {t.ToString("F1", null)}");
        }
    }

    /// <summary>An AMPA receptor's reversal, and a neuron pulled toward it by a large AMPA conductance.</summary>
    public static void Ampa(TextWriter o)
    {
        var t = Temperature.Body;
        var p = Permeability.FromCentimetersPerSecond(1e-6);
        PermeantIon[] ampa =
        [
            new(Ions.Sodium, p, IonGradient.Millimolar(15, 145)),
            new(Ions.Potassium, p, IonGradient.Millimolar(140, 5)),
            new(Ions.Calcium, p * 0.1, IonGradient.Millimolar(1e-4, 2)),
        ];
        var eAmpa = GhkVoltage.ReversalPotential(ampa, t);
        o.WriteLine($"  AMPA receptor, P_Na = P_K, P_Ca = 0.1 P_Na, Cl⁻-impermeant: E_rev = {eAmpa.ToString("F2", null)} (E_Na = {Nernst.Potential(Ions.Sodium, ampa[0].Gradient, t).ToString("F1", null)}, E_K = {Nernst.Potential(Ions.Potassium, ampa[1].Gradient, t).ToString("F1", null)})");
        var leak = Conductance.FromSiemens(10e-9);
        foreach (var gAmpa in new[] { 0.0, 10e-9, 100e-9 })
        {
            var v = ChordConductance.Potential([leak, Conductance.FromSiemens(gAmpa)], [ElectricPotential.FromMillivolts(-70), eAmpa]);
            o.WriteLine($"  leak 10 nS at −70 mV + AMPA {gAmpa * 1e9,3:F0} nS → V = {v.ToString("F1", null)}");
        }
    }

    /// <summary>A K⁺ voltage-clamp I–V curve from the GHK current, and its reversal read off by interpolation.</summary>
    public static void PotassiumIv(TextWriter o)
    {
        var t = Temperature.Room;
        var gradient = IonGradient.Millimolar(140, 5);
        var voltages = new ElectricPotential[31];
        for (var i = 0; i < voltages.Length; i++)
        {
            voltages[i] = ElectricPotential.FromMillivolts(-150 + (10 * i));
        }

        var currents = new CurrentDensity[voltages.Length];
        GhkCurrent.Densities(Ions.Potassium, Permeability.FromCentimetersPerSecond(1e-6), gradient, voltages, t, currents); // spans in, span out
        for (var i = 1; i < voltages.Length; i++)
        {
            if (currents[i - 1].AmperesPerSquareMeter < 0 && currents[i].AmperesPerSquareMeter >= 0)
            {
                var f = -currents[i - 1].AmperesPerSquareMeter / (currents[i].AmperesPerSquareMeter - currents[i - 1].AmperesPerSquareMeter);
                var crossing = voltages[i - 1] + ((voltages[i] - voltages[i - 1]) * f);
                o.WriteLine($"  I at −150, −90, 0, +50 mV: {currents[0].ToString("F3", null)}, {currents[6].ToString("F3", null)}, {currents[15].ToString("F3", null)}, {currents[20].ToString("F3", null)} (outward rectification)");
                o.WriteLine($"  zero crossing by linear interpolation on the 10 mV grid: {crossing.ToString("F2", null)}; E_K = {Nernst.Potential(Ions.Potassium, gradient, t).ToString("F2", null)} (the curve bends between grid points)");
            }
        }
    }
}
