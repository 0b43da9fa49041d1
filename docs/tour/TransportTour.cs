using System;
using System.IO;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tour;

/// <summary>Transporters as data: the situations of issue 4, each a few calls into Membrane.Biophysics.Transport.</summary>
internal static class TransportTour
{
    /// <summary>NKCC1 is electroneutral, so V does not matter; NBCe1 (1:2) is electrogenic, with a reversal potential.</summary>
    public static void NkccVersusNbce(TextWriter o)
    {
        var t = Temperature.Body;
        var cell = TransportConditions.FromGradients(
            (Ions.Sodium, IonGradient.Millimolar(12, 145)),
            (Ions.Potassium, IonGradient.Millimolar(140, 4)),
            (Ions.Chloride, IonGradient.Millimolar(8, 120)),
            (Ions.Bicarbonate, IonGradient.Millimolar(15, 25)));
        o.WriteLine($"  {cell}, {t}");
        foreach (var mv in new[] { -70.0, -30.0 })
        {
            var v = ElectricPotential.FromMillivolts(mv);
            o.WriteLine($"  {Transporters.Nkcc1.At(cell, v, t)}");
            o.WriteLine($"  {Transporters.Nbce1TwoBicarbonate.At(cell, v, t)}");
        }

        o.WriteLine("  NKCC1's ΔG is the same at both potentials; NBCe1 imports Na⁺ + 2 HCO₃⁻ (base loading) only while V is above its E_rev.");
    }

    /// <summary>NCX reversal as [Na⁺]i doubles (heart failure): does diastolic NCX still extrude Ca²⁺ at −80 mV?</summary>
    public static void NcxHeartFailure(TextWriter o)
    {
        var t = Temperature.Body;
        var diastole = ElectricPotential.FromMillivolts(-80);
        foreach (var (label, nai) in new[] { ("healthy", 8.0), ("[Na⁺]i doubled", 16.0) })
        {
            var c = TransportConditions.FromGradients(
                (Ions.Sodium, IonGradient.Millimolar(nai, 140)),
                (Ions.Calcium, new IonGradient(Concentration.FromNanomolar(100), Concentration.FromMillimolar(1.8))));
            var s = Transporters.Ncx.At(c, diastole, t);
            var what = s.Direction == TransportDirection.Forward ? "extrudes Ca²⁺ (forward mode)" : "imports Ca²⁺ (reverse mode)";
            o.WriteLine($"  {label,-15} [Na⁺]i = {nai} mM: E_NCX = {s.ReversalPotential!.Value.ToString("F1", null)}, at {diastole} ΔG = {s.FreeEnergy.ToString("F2", null)} → {what}");
        }

        o.WriteLine("  Doubling [Na⁺]i lowers E_NCX by 3·(RT/F)·ln 2 ≈ 56 mV, below the diastolic potential: thermodynamics alone lets NCX load Ca²⁺.");
    }

    /// <summary>The developmental GABA switch, seen from the two chloride transporters and the [Cl⁻]i each can reach.</summary>
    public static void GabaSwitchTransporters(TextWriter o)
    {
        var t = Temperature.Body;
        var rest = ElectricPotential.FromMillivolts(-65);
        foreach (var (stage, cli) in new[] { ("immature", 25.0), ("mature", 6.0) })
        {
            var c = TransportConditions.FromGradients(
                (Ions.Sodium, IonGradient.Millimolar(12, 145)),
                (Ions.Potassium, IonGradient.Millimolar(140, 4)),
                (Ions.Chloride, IonGradient.Millimolar(cli, 130)));
            var eCl = Nernst.Potential(Ions.Chloride, IonGradient.Millimolar(cli, 130), t);
            var nkcc1 = Transporters.Nkcc1.At(c, rest, t);
            var kcc2 = Transporters.Kcc2.At(c, rest, t);
            o.WriteLine($"  {stage,-9} [Cl⁻]i = {cli} mM, E_Cl = {eCl.ToString("F1", null)}: NKCC1 ΔG = {nkcc1.FreeEnergy.ToString("F2", null)} ({Mode(nkcc1)}: Cl⁻ in), KCC2 ΔG = {kcc2.FreeEnergy.ToString("F2", null)} ({Mode(kcc2)}: Cl⁻ out)");
            if (stage == "immature")
            {
                // ΔG depends on [Cl⁻]i through n_Cl·RT·ln[Cl⁻]i, so the [Cl⁻]i where ΔG = 0 is [Cl⁻]i·exp(−ΔG/(n_Cl·RT)).
                var rt = Constants.ConstantSet.Si2019.ThermalEnergy(t).JoulesPerMole;
                var nkccCeiling = cli * Math.Exp(-nkcc1.FreeEnergy.JoulesPerMole / (2 * rt));
                var kccFloor = cli * Math.Exp(kcc2.FreeEnergy.JoulesPerMole / rt);
                o.WriteLine($"  NKCC1 alone could raise [Cl⁻]i to {nkccCeiling:F0} mM; KCC2 alone could lower it to {kccFloor:F1} mM (E_Cl = E_K)");
            }
        }

        o.WriteLine("  Both run forward at both stages: thermodynamics bounds [Cl⁻]i between KCC2's floor and NKCC1's ceiling;");
        o.WriteLine("  where it sits between them — and so whether GABA depolarises — is set by how much of each the neuron expresses.");
    }

    /// <summary>SOS1 under salt stress: how low can an electroneutral Na⁺/H⁺ antiporter hold cytosolic Na⁺?</summary>
    public static void Sos1SaltStress(TextWriter o)
    {
        var t = Temperature.Room;
        var v = ElectricPotential.FromMillivolts(-120);
        var cytosolPh = Ph.FromValue(7.5);
        var apoplastPh = Ph.FromValue(5.5);
        foreach (var soil in new[] { 1.0, 100.0 })
        {
            var c = TransportConditions.FromGradients((Ions.Sodium, IonGradient.Millimolar(50, soil))).WithPh(cytosolPh, apoplastPh);
            var s = Transporters.Sos1.At(c, v, t);
            var floor = soil * Math.Pow(10, apoplastPh.Value - cytosolPh.Value);
            o.WriteLine($"  soil Na⁺ {soil} mM, cytosol 50 mM, pH {cytosolPh.Value:F1} in / {apoplastPh.Value:F1} out: ΔG = {s.FreeEnergy.ToString("F2", null)} ({Mode(s)}: Na⁺ out, H⁺ in); lowest [Na⁺]cyt it can hold = {floor:G3} mM");
        }

        var naEntry = ElectrochemicalPotential.DrivingForce(Ions.Sodium, IonGradient.Millimolar(50, 100), v, t);
        o.WriteLine($"  meanwhile Na⁺ leaks in through channels: V − E_Na = {naEntry.ToString("F1", null)}; SOS1 is paid by the 2-unit pH gradient the H⁺-ATPase keeps");
    }

    /// <summary>A bacterial budget: E. coli's proton-motive force, what it buys (ATP, Na⁺ extrusion), and a Na⁺-coupled synthase.</summary>
    public static void BacterialBudget(TextWriter o)
    {
        var t = Temperature.FromDegreesCelsius(25);
        var dpsi = ElectricPotential.FromMillivolts(-120);
        var pHin = Ph.FromValue(7.8);
        var pHout = Ph.FromValue(7.0);
        var p = MotiveForce.Protonmotive(dpsi, pHin, pHout, t);
        var atp = MolarEnergy.FromKilojoulesPerMole(-50);
        o.WriteLine($"  E. coli, pH {pHin.Value:F1} in / {pHout.Value:F1} out, {t}: {p}");
        o.WriteLine($"  ATP at {atp} needs ≥ {MotiveForce.MinimumIonsPerAtp(atp, p):F2} H⁺ per ATP; the c₁₀ ring moves 10/3 = 3.33:");
        var cell = TransportConditions.Empty.WithPh(pHin, pHout).WithAtpHydrolysis(atp)
            .WithGradient(Ions.Sodium, IonGradient.Millimolar(10, 100));
        o.WriteLine($"  {Transporters.EscherichiaColiAtpSynthase.At(cell, dpsi, t)}");
        var s = MotiveForce.Sodiummotive(dpsi, IonGradient.Millimolar(10, 100), t);
        var limit = MotiveForce.AntiporterEquilibrium(p, 2, Ions.Sodium, 1);
        o.WriteLine($"  with [Na⁺] 10 mM in / 100 mM out: {s}");
        o.WriteLine($"  NhaA (2 H⁺ in : 1 Na⁺ out) could push it to {limit.Total.ToString("F0", null)}, i.e. [Na⁺]in/[Na⁺]out down to {limit.InsideToOutsideRatio(t):G2}");
        var ilyo = Transporters.IlyobacterAtpSynthase.At(cell, dpsi, t);
        o.WriteLine($"  a Na⁺-coupled synthase (c₁₁, Ilyobacter) on this SMF: {ilyo}");
    }

    private static string Mode(TransporterState state) => state.Direction switch
    {
        TransportDirection.Forward => "runs as written",
        TransportDirection.Reverse => "runs reversed",
        _ => "at equilibrium",
    };
}
