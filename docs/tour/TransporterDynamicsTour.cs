using System;
using System.IO;
using System.Linq;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tour;

/// <summary>Transporters with rate laws at work: E_Cl set by KCC2 and NKCC1, and the NCX current reversing at E_NCX.</summary>
internal static class TransporterDynamicsTour
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Concentration Mm(double millimolar) => Concentration.FromMillimolar(millimolar);

    /// <summary>
    /// A thin dendrite (1 µm × 10 µm) whose K⁺ and Na⁺ leaks have fixed reversals (they set V ≈ −70 mV and move no ions),
    /// with a Cl⁻ leak, KCC2 and NKCC1 (J = −U ΔG/RT, Doyon et al. 2011) and a 145/4/130 mM bath; [Cl⁻]i starts at 15 mM
    /// and is left for 10 minutes in the quasi-steady mode (the adaptive integrator on the amounts, V slaved).
    /// </summary>
    public static void ChlorideSetByTransporters(TextWriter o)
    {
        var t = Temperature.Body;
        var inside = new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(15)));
        var outside = new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(130)));
        var area = Area.FromSquareMeters(2 * Math.PI * 0.5e-6 * 10e-6);
        var volume = Volume.FromCubicMeters(Math.PI * 0.25e-12 * 10e-6);
        foreach (var (stage, kcc2, nkcc1) in new[] { ("immature (NKCC1 high, KCC2 low)", 2e-9, 2e-8), ("mature (KCC2 high, NKCC1 low)", 3e-7, 2e-9) })
        {
            var model = CellModel.Create(
                    SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
                    [
                        Channel.Ohmic("K leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Mv(-95)),
                        Channel.Ohmic("Na leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.02), Mv(50)),
                        Channel.Ohmic("Cl leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.02), Ions.Chloride),
                    ])
                .WithConcentrations(inside, outside)
                .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(kcc2)))
                .WithTransport(FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(nkcc1)))
                .WithPools(area, volume, null);
            var sim = new Simulation(model, t, Duration.FromMilliseconds(0.05), Mv(-70));
            var stats = sim.AdvanceQuasiSteady(Duration.FromSeconds(600), 1e-9);
            var cl = sim.InsideConcentration(Ions.Chloride);
            var eCl = Nernst.Potential(Ions.Chloride, new IonGradient(cl, outside[Ions.Chloride]), t);
            var polarity = eCl > sim.Voltage ? "depolarising" : "hyperpolarising";
            o.WriteLine($"  {stage}: KCC2 U = {MolarFlux.FromMolesPerSquareMeterSecond(kcc2).ToString("G2 pmol/(cm²·s)", null)}, NKCC1 U = {MolarFlux.FromMolesPerSquareMeterSecond(nkcc1).ToString("G2 pmol/(cm²·s)", null)}");
            o.WriteLine($"    after 10 min: [Cl⁻]i {cl.Millimolar:F2} mM, E_Cl {eCl.Millivolts:F1} mV, V {sim.Voltage.Millivolts:F1} mV → GABA_A is {polarity} ({stats.AcceptedSteps} adaptive steps for 1.2·10⁷ fixed ones)");
        }

        var eK = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(140, 4), t);
        o.WriteLine($"  KCC2 alone would stop at E_Cl = E_K = {eK.Millivolts:F1} mV; the Cl⁻ leak toward V keeps the mature E_Cl above it, NKCC1 pushes the immature one above V");
    }

    /// <summary>
    /// A 300 µm dendrite (1 µm thick, 30 compartments of a <see cref="CableTree"/>, each with its own Cl⁻ pool) whose
    /// NKCC1 falls and KCC2 rises from the soma to the tip: from a uniform 10 mM, after 30 s of fixed steps each compartment
    /// has moved toward its own [Cl⁻]i, so E_Cl(x) and GABA's polarity change along the dendrite. Ions do not diffuse between
    /// compartments here, so each profile point is a local balance of leak and transporters.
    /// </summary>
    public static void ChlorideProfileFromTransporters(TextWriter o)
    {
        var t = Temperature.Body;
        const int n = 30;
        var inside = new Solution((Ions.Sodium, Mm(12)), (Ions.Potassium, Mm(140)), (Ions.Chloride, Mm(10)));
        var outside = new Solution((Ions.Sodium, Mm(145)), (Ions.Potassium, Mm(4)), (Ions.Chloride, Mm(130)));
        CellModel Compartment(int i)
        {
            var x = (i + 0.5) / n; // 0 at the soma, 1 at the tip
            return CellModel.Create(
                    SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1),
                    [
                        Channel.Ohmic("K leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.1), Mv(-95)),
                        Channel.Ohmic("Na leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.02), Mv(50)),
                        Channel.Ohmic("Cl leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.02), Ions.Chloride),
                    ])
                .WithConcentrations(inside, outside)
                .WithTransport(FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(3e-7 * x)))
                .WithTransport(FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(2e-8 * (1 - x))))
                .WithPools(Area.FromSquareMeters(1), Volume.FromCubicMeters(1), null); // resized to each compartment
        }

        var dendrite = new CableSection("dendrite", -1, Length.FromMicrometers(300), Length.FromMicrometers(1), Enumerable.Range(0, n).Select(Compartment));
        var tree = new CableTree([dendrite], ElectricalResistivity.FromOhmMeters(1.5), t, Duration.FromMilliseconds(0.1), Mv(-70));
        tree.Advance(Duration.FromSeconds(30));
        foreach (var i in new[] { 0, 7, 15, 22, 29 })
        {
            var cl = tree.InsideConcentration(i, Ions.Chloride);
            var eCl = Nernst.Potential(Ions.Chloride, new IonGradient(cl, outside[Ions.Chloride]), t);
            var v = tree.Voltage(i);
            o.WriteLine($"  x = {(i + 0.5) * 10,3:F0} µm from the soma: [Cl⁻]i {cl.Millimolar,5:F2} mM, E_Cl {eCl.Millivolts,5:F1} mV, V {v.Millivolts:F1} mV → GABA_A {(eCl > v ? "depolarises" : "hyperpolarises")}");
        }

        o.WriteLine("  after 30 s [Cl⁻]i rises toward the soma, where NKCC1 dominates: GABA_A depolarises near the soma and hyperpolarises toward the tip");
    }

    /// <summary>
    /// The Na⁺/Ca²⁺ exchanger's current (Luo and Rudy 1994) in a ventricular myocyte, [Ca²⁺]i 100 nM, [Ca²⁺]o 1.8 mM,
    /// [Na⁺]o 140 mM: it reverses exactly at the thermodynamic E_NCX = 3E_Na − 2E_Ca of the Transport layer, and doubling
    /// [Na⁺]i (as in heart failure) moves that reversal 3 V_T ln 2 = 55 mV down, below a diastolic −80 mV, so the exchanger
    /// runs in reverse (Ca²⁺ in) even at rest.
    /// </summary>
    public static void NcxReversal(TextWriter o)
    {
        var t = Temperature.Body;
        var ncx = NcxKinetics.LuoRudy1994;
        foreach (var sodium in new[] { 10.0, 20.0 })
        {
            var conditions = TransportConditions.FromGradients((Ions.Sodium, IonGradient.Millimolar(sodium, 140)), (Ions.Calcium, IonGradient.Millimolar(1e-4, 1.8)));
            var eNcx = Transporters.Ncx.ReversalPotential(conditions, t)!.Value;
            o.WriteLine($"  [Na⁺]i {sodium} mM: E_NCX = 3E_Na − 2E_Ca = {eNcx.Millivolts:F1} mV; I_NaCa (µA/cm², outward +):");
            var points = new[] { -100.0, -80, -60, -40, -20, 0, 20, 40 }.Select(mv =>
                $"{mv:+0;-0;0} mV {ncx.Current(Mm(sodium), Mm(140), Mm(1e-4), Mm(1.8), Mv(mv), t).MicroamperesPerSquareCentimeter:F3}");
            o.WriteLine("    " + string.Join(" | ", points));
            o.WriteLine($"    at E_NCX itself: {ncx.Current(Mm(sodium), Mm(140), Mm(1e-4), Mm(1.8), eNcx, t).ToString("F3 µA/cm²", null)}; below it Ca²⁺ is extruded (forward, inward current), above it Ca²⁺ enters (reverse mode)");
        }

        o.WriteLine("  doubling [Na⁺]i moves E_NCX by 3 V_T ln 2 = 55 mV: at a diastolic −80 mV the exchanger now loads Ca²⁺ instead of removing it");
    }
}
