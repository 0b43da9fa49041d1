using System.IO;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class ElectrodiffusionTour
{
    /// <summary>A whole-cell recording with a K-gluconate pipette in a NaCl bath: the junction potential and the correction.</summary>
    public static void KGluconateCorrection(TextWriter o)
    {
        var t = Temperature.FromDegreesCelsius(20);
        var pipette = Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 13), (Ions.Chloride, 10), (Ions.Gluconate, 145), (Ions.Magnesium, 1), (Ions.Hepes, 5));
        var bath = Solution.Millimolar((Ions.Potassium, 2.8), (Ions.Sodium, 145), (Ions.Chloride, 148.8), (Ions.Magnesium, 2), (Ions.Calcium, 1), (Ions.Hepes, 5));
        o.WriteLine($"  pipette: {pipette}  ({Electroneutrality.Of(pipette)})");
        o.WriteLine($"  bath:    {bath}  ({Electroneutrality.Of(bath)})");
        var henderson = JunctionPotential.Of(pipette, bath, t, JunctionMethod.Henderson);
        var planck = JunctionPotential.Of(pipette, bath, t, JunctionMethod.Planck);
        o.WriteLine($"  Henderson: {henderson}; Planck: {planck} — JPCalc's published value is +15.6 mV (AxoBits 39)");
        var measured = ElectricPotential.FromMillivolts(-58);
        o.WriteLine($"  a resting potential read as {measured.ToString("F1", null)} is really V_m = V_measured − LJP = {planck.Correct(measured).ToString("F1", null)}");
        var unbalanced = Solution.Millimolar((Ions.Potassium, 140), (Ions.Gluconate, 130));
        o.WriteLine($"  a recipe that forgot 10 mM of anion is reported, not fixed: {Electroneutrality.Of(unbalanced)}");
    }

    /// <summary>Conductivity of a garnet solid electrolyte and of saline from their carriers (Nernst–Einstein).</summary>
    public static void SolidElectrolyte(TextWriter o)
    {
        var t = Temperature.FromDegreesCelsius(25);
        var li = ChargeCarrier.FromNumberDensity("mobile Li⁺ in cubic Li₇La₃Zr₂O₁₂", 1, Diffusivity.FromSquareCentimetersPerSecond(1.33e-8), 3.17e21 * 1e6);
        var sigma = NernstEinstein.Conductivity([li], t);
        o.WriteLine($"  {li}: n = 3.17e21 cm⁻³, D = 1.33e-8 cm²/s (Ahmad 2015) → σ = {sigma.SiemensPerCentimeter:G3} S/cm, u = {NernstEinstein.Mobility(li.DiffusionCoefficient, 1, t).SquareCentimetersPerVoltSecond:G3} cm²/(V·s)");
        var saline = Solution.Millimolar((Ions.Sodium, 150), (Ions.Chloride, 150));
        o.WriteLine($"  150 mM NaCl at infinite-dilution mobilities: σ = {NernstEinstein.Conductivity(saline, t).MillisiemensPerCentimeter:F1} mS/cm (an upper bound: ions slow each other)");
        o.WriteLine($"  λ°(K⁺) from D(K⁺): {NernstEinstein.MolarConductivity(Ions.Potassium.DiffusionCoefficient!.Value, 1, t).SiemensSquareCentimetersPerMole:F2} S·cm²/mol (table: 73.48)");
    }

    /// <summary>Activity coefficients of saline and what they do to E_Ca.</summary>
    public static void ActivityCoefficients(TextWriter o)
    {
        var t = Temperature.Body;
        var ringer = Solution.Millimolar((Ions.Sodium, 145), (Ions.Potassium, 5), (Ions.Calcium, 2), (Ions.Magnesium, 1), (Ions.Chloride, 157));
        var i = IonActivity.IonicStrength(ringer);
        o.WriteLine($"  Ringer at 37 °C: I = {i.ToString("F1", null)}, Debye length {IonActivity.DebyeLength(i, t).Nanometers:F2} nm, A = {IonActivity.DebyeHuckelA(t):F4} (L/mol)^½ (ε_r = {WaterPermittivity.Relative(t):F2})");
        foreach (var model in new[] { ActivityModel.DebyeHuckelLimiting, ActivityModel.Davies })
        {
            o.WriteLine($"  {model,-20}: γ(z=±1) = {IonActivity.Coefficient(1, i, t, model):F3}, γ(z=±2) = {IonActivity.Coefficient(2, i, t, model):F3}");
        }

        var cytosol = Solution.Millimolar((Ions.Potassium, 140), (Ions.Sodium, 10), (Ions.Calcium, 1e-4), (Ions.Chloride, 10), (Ions.Hepes, 140.0002));
        var eConc = Nernst.Potential(Ions.Calcium, new IonGradient(cytosol[Ions.Calcium], ringer[Ions.Calcium]), t);
        var aIn = IonActivity.Effective(cytosol, t, ActivityModel.Davies);
        var aOut = IonActivity.Effective(ringer, t, ActivityModel.Davies);
        var eAct = Nernst.Potential(Ions.Calcium, new IonGradient(aIn[Ions.Calcium], aOut[Ions.Calcium]), t);
        o.WriteLine($"  E_Ca from concentrations {eConc.ToString("F1", null)}, from Davies activities {eAct.ToString("F1", null)} (similar ionic strengths: the γ nearly cancel)");
    }

    /// <summary>
    /// A Poisson–Nernst–Planck profile across a 10 nm aqueous pore-like slab with a fivefold salt gradient, beside the
    /// constant-field answer (which assumes a linear φ the space charge does not allow).
    /// </summary>
    public static void PnpProfile(TextWriter o)
    {
        var t = Temperature.Body;
        var length = Length.FromNanometers(10);
        PnpSpecies[] species =
        [
            new("K⁺", 1, Ions.Potassium.DiffusionCoefficient!.Value * 0.1, Concentration.FromMillimolar(140), Concentration.FromMillimolar(5)),
            new("Na⁺", 1, Ions.Sodium.DiffusionCoefficient!.Value * 0.1, Concentration.FromMillimolar(10), Concentration.FromMillimolar(25)),
            new("Cl⁻", -1, Ions.Chloride.DiffusionCoefficient!.Value * 0.1, Concentration.FromMillimolar(150), Concentration.FromMillimolar(30)),
        ];
        var v = ElectricPotential.FromMillivolts(-70);
        var solution = PoissonNernstPlanck.SteadyState(species, v, ElectricPotential.Zero, length, 78, t, intervals: 200);
        o.WriteLine($"  10 nm of water (D one tenth of bulk), 150 mM inside, 30 mM outside, inside at −70 mV: {solution.Positions.Count} nodes, {solution.Iterations} Newton iterations");
        foreach (var j in new[] { 0, 20, 50, 100, 150, 180, 200 })
        {
            o.WriteLine($"    x = {solution.Positions[j].Nanometers,5:F2} nm: φ = {solution.Potential[j].Millivolts,7:F2} mV, K⁺ {solution.Concentrations[0][j].Millimolar,7:F2} mM, Na⁺ {solution.Concentrations[1][j].Millimolar,7:F2} mM, Cl⁻ {solution.Concentrations[2][j].Millimolar,7:F2} mM");
        }

        for (var i = 0; i < species.Length; i++)
        {
            var s = species[i];
            var ghk = Ghk.GhkCurrent.Flux(s.Valence, s.DiffusionCoefficient / length, s.Left, s.Right, v, t);
            o.WriteLine($"  {s.Name,-3} flux: PNP {solution.Fluxes[i].MolesPerSquareMeterSecond,10:G4} mol/(m²·s), constant field (GHK, P = D/L) {ghk.MolesPerSquareMeterSecond,10:G4}");
        }
    }
}
