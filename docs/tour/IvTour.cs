using System;
using System.IO;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class IvTour
{
    /// <summary>
    /// The Hodgkin–Huxley (1952) resting conductances (g_K = 0.367, g_Na = 0.011, g_L = 0.3 mS/cm², rest −65 mV) plus an
    /// AMPA permeability P_Na = P_K (mammalian gradients): the zero-current potential climbs toward AMPA's GHK reversal.
    /// </summary>
    public static void RestingNeuronAndAmpa(TextWriter o)
    {
        var t = Temperature.Body;
        var an = 0.1 / (Math.E - 1);
        var n = an / (an + 0.125);
        var am = 2.5 / (Math.Exp(2.5) - 1);
        var m = am / (am + 4);
        var h = 0.07 / (0.07 + (1 / (Math.Exp(3) + 1)));
        var rest = MembraneCurrents.Empty
            .WithOhmic(ConductanceDensity.FromMillisiemensPerSquareCentimeter(36 * Math.Pow(n, 4)), ElectricPotential.FromMillivolts(-77))
            .WithOhmic(ConductanceDensity.FromMillisiemensPerSquareCentimeter(120 * m * m * m * h), ElectricPotential.FromMillivolts(50))
            .WithOhmic(ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3), ElectricPotential.FromMillivolts(-54.387));
        var na = IonGradient.Millimolar(15, 145);
        var k = IonGradient.Millimolar(140, 5);
        var unit = Permeability.FromCentimetersPerSecond(1);
        var eAmpa = GhkVoltage.ReversalPotential([new PermeantIon(Ions.Sodium, unit, na), new PermeantIon(Ions.Potassium, unit, k)], t);
        o.WriteLine($"  HH resting conductances: V = {RestingPotential.Of(rest, t).ToString("F2", null)}; AMPA (P_Na = P_K) reverses at {eAmpa.ToString("F2", null)}");
        foreach (var cmPerS in new[] { 1e-7, 1e-6, 1e-5, 1e-4, 1e-3 })
        {
            var p = Permeability.FromCentimetersPerSecond(cmPerS);
            var membrane = rest.WithGhk(new PermeantIon(Ions.Sodium, p, na)).WithGhk(new PermeantIon(Ions.Potassium, p, k));
            o.WriteLine($"  + AMPA P_Na = P_K = {cmPerS,6:0e0} cm/s → V = {RestingPotential.Of(membrane, t).ToString("F2", null)}");
        }

        var gTotal = ConductanceDensity.Zero;
        foreach (var branch in rest.Ohmic)
        {
            gTotal += branch.Conductance;
        }

        var pump = ElectricPotential.FromMillivolts(1) * gTotal; // the outward pump current that should hyperpolarise by 1 mV
        o.WriteLine($"  HH rest + an outward Na⁺/K⁺ pump current I_p = {pump.ToString("F4", null)} = 1 mV × Σg: V = {RestingPotential.Of(rest.WithPump(pump), t).ToString("F2", null)} (shift −I_p/Σg = −1 mV)");
    }

    /// <summary>The K⁺ voltage-clamp experiment: GHK I–V curves at [K⁺]o = 2.5, 10, 40 mM, their reversals read off and compared with Nernst.</summary>
    public static void PotassiumClamp(TextWriter o)
    {
        var t = Temperature.Body;
        var voltages = IvCurve.Grid(ElectricPotential.FromMillivolts(-150), ElectricPotential.FromMillivolts(50), 41); // 5 mV steps
        var p = Permeability.FromCentimetersPerSecond(1e-6);
        foreach (var outside in new[] { 2.5, 10, 40 })
        {
            var k = IonGradient.Millimolar(140, outside);
            var currents = IvCurve.FromModel(MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Potassium, p, k)), voltages, t);
            var linear = IvCurve.ReversalPotential(voltages, currents);
            var cubic = IvCurve.ReversalPotential(voltages, currents, IvFit.Polynomial(3, 6));
            var slope = IvCurve.SlopeConductance(voltages, currents, IvFit.Polynomial(3, 6));
            var ri = IvCurve.RectificationIndex(voltages, currents, ElectricPotential.FromMillivolts(40), ElectricPotential.FromMillivolts(-140));
            o.WriteLine(
                $"  [K⁺]o = {outside,4} mM: read off {linear.ToString("F2", null)} (interpolated), {cubic.ToString("F3", null)} (local cubic); " +
                $"Nernst {Nernst.Potential(Ions.Potassium, k, t).ToString("F3", null)}; slope {slope.ToString("F4", null)}; RI(+40/−140) = {ri:F2}");
        }

        o.WriteLine("  each fourfold rise of [K⁺]o moves the reversal by (RT/F) ln 4 = 37.05 mV at 37 °C");
    }
}
