using System.Globalization;
using System.IO;
using System.Linq;
using Membrane.Biophysics.Models;

namespace Membrane.Biophysics.Tour;

/// <summary>The ready physiological models (Membrane.Biophysics.Models), each run with its cited defaults.</summary>
internal static class ModelsTour
{
    /// <summary>Neuron – extracellular space – astrocyte K⁺ handling, weak versus strong astrocytic buffering.</summary>
    public static void PotassiumBuffering(TextWriter o)
    {
        var model = PotassiumBufferingModel.Default;
        var ic = CultureInfo.InvariantCulture;
        o.WriteLine($"  mammalian neuron (Gentiletti 2022 channels, 37 °C), ECS α = {model.ExtracellularFraction}, astrocyte at rest {model.AstrocyteRestingPotential.ToString("F1", ic)} (Kir, Na⁺/Cl⁻ leaks, pump, Kager buffer); {model.Stimulus.Amplitude} for {model.Stimulus.Length.Seconds} s from {model.Stimulus.Start.Seconds} s");
        var result = model.Run();
        foreach (var s in new[] { result.Weak, result.Strong })
        {
            var back = s.PotassiumReversalDepolarisedAfterStimulus switch
            {
                null => "E_K still depolarised at the end",
                { Seconds: 0 } => $"E_K never more than {model.DepolarisationMargin} above rest after the stimulus",
                { } d => $"E_K back within {model.DepolarisationMargin} of rest {d.Seconds.ToString("F2", ic)} s after the stimulus",
            };
            o.WriteLine($"  {s.Label,-17} astrocyte × {s.BufferingFraction}: {s.SpikeTimes.Count} impulses ({s.OnsetRate.PerSecond:F0} → {s.EndRate.PerSecond:F0}/s over the stimulus), peak [K⁺]o {s.PeakExtracellularPotassium.ToString("F2", ic)}, peak E_K {s.PeakPotassiumReversalPotential.ToString("F1", ic)}, astrocyte V up to {s.AstrocyteVoltage.Maximum.ToString("F1", ic)}; {back}");
        }
    }

    /// <summary>Endosome / lysosome acidification, without and with a Cl⁻ shunt.</summary>
    public static void EndosomeAcidification(TextWriter o)
    {
        var model = EndosomeAcidificationModel.Default;
        o.WriteLine($"  a {model.Radius} organelle, {model.PumpCount} V-ATPases, β {model.BufferCapacity}/pH, P_H {model.ProtonPermeability}, cytosol pH {model.CytosolPh.Value}, lumen starting at pH {model.InitialLumenPh.Value}");
        var result = model.Run();
        foreach (var s in new[] { result.WithoutCounterion, result.WithChlorideShunt })
        {
            o.WriteLine($"  {s.Label,-15} after {s.LumenPh.Times[^1].Seconds:F0} s: lumen pH {s.FinalPh.Value:F2}, ψ {s.FinalPotential.ToString("F1", CultureInfo.InvariantCulture)}, E_Cl {s.ChlorideReversalPotential.Final.ToString("F1", CultureInfo.InvariantCulture)}, pump ΔG {s.PumpFreeEnergy.Final.ToString("F1", CultureInfo.InvariantCulture)} → {s.PumpRates[^1]:F1} H⁺/s per pump");
        }
    }

    /// <summary>Bacterial energetics at steady state, respiring and with the H⁺ pump inhibited.</summary>
    public static void BacterialEnergetics(TextWriter o)
    {
        var model = BacterialEnergeticsModel.Default;
        o.WriteLine($"  a {model.CellRadius} cell in pH {model.MediumPh.Value} medium with {model.MediumSodium} Na⁺; NQR 2 Na⁺/NADH, bo₃ 4 H⁺/2e⁻, NhaA 2H⁺:1Na⁺, Ilyobacter synthase 11 Na⁺/3 ATP");
        var result = model.Run();
        var ic = CultureInfo.InvariantCulture;
        foreach (var s in new[] { result.Respiring, result.ProtonPumpInhibited })
        {
            o.WriteLine($"  {s.Label,-18} Δψ {s.MembranePotential.Final.ToString("F1", ic)}, pH_in {s.CytoplasmicPh.Final.Value:F2}, [Na⁺]i {s.CytoplasmicSodium.Final.ToString("F1", ic)}, Δp {s.ProtonMotiveForce.Final.ToString("F1", ic)}, SMF {s.SodiumMotiveForce.Final.ToString("F1", ic)}");
            o.WriteLine($"  {"",-18} cycles per µm² per s: NQR {Per(s.SodiumPumpRate)}, H⁺ pump {Per(s.ProtonPumpRate)}, NhaA {Per(s.AntiporterRate)}, ATP synthase {Per(s.FinalAtpSynthaseRate)}");
        }

        static string Per(Quantities.MolarFlux f) => (System.Math.Round(f.MolesPerSquareMeterSecond * 6.02214076e23 * 1e-12) + 0.0).ToString("F0", CultureInfo.InvariantCulture);
    }

    /// <summary>The cardiac Na⁺/Ca²⁺ exchanger in diastole at normal and raised [Na⁺]i.</summary>
    public static void CardiacNcx(TextWriter o)
    {
        var model = CardiacNcxModel.Default;
        var ic = CultureInfo.InvariantCulture;
        o.WriteLine($"  V = {model.DiastolicPotential}, [Ca²⁺]i {model.DiastolicCalcium.Micromolar} µM, [Na⁺]o {model.SodiumOutside}, [Ca²⁺]o {model.CalciumOutside}, 37 °C");
        var result = model.Run();
        foreach (var s in new[] { result.Normal, result.HeartFailure })
        {
            var mode = s.Direction == Transport.TransportDirection.Forward ? "forward, extruding Ca²⁺" : "reverse, importing Ca²⁺";
            o.WriteLine($"  {s.Label,-21} [Na⁺]i {s.SodiumInside.ToString("F0", ic)}: E_Na {s.SodiumReversalPotential.ToString("F1", ic)}, E_Ca {s.CalciumReversalPotential.ToString("F1", ic)}, E_NCX {s.ExchangerReversalPotential.ToString("F1", ic)}; I_NCX {s.Current.MicroamperesPerSquareCentimeter:F4} µA/cm² ({mode}) = {s.CalciumExtrusionRate.MicromolarPerSecond:F2} µM/s of total Ca²⁺");
            o.WriteLine($"  {"",-21} NCX alone from a {model.SystolicCalcium.Micromolar} µM peak: [Ca²⁺]i {s.DecayCalcium[20].Micromolar:F3} µM at 100 ms, {s.DecayCalcium.Final.Micromolar:F3} µM at {s.DecayCalcium.Times[^1].Seconds:F0} s (it would stop at {s.EquilibriumCalcium.Micromolar:F3} µM, where E_NCX = V)");
        }
    }

    /// <summary>NKCC1 and KCC2 setting [Cl⁻]i: immature, mature, and a dendrite with a KCC2 gradient.</summary>
    public static void ChlorideHomeostasis(TextWriter o)
    {
        var model = ChlorideHomeostasisModel.Default;
        var ic = CultureInfo.InvariantCulture;
        var result = model.Run();
        o.WriteLine($"  V held at {model.RestingPotential}, [Cl⁻]o {model.ChlorideOutside}, Cl⁻ leak {model.ChlorideLeak}; after {model.Duration.Seconds:F0} s:");
        foreach (var s in new[] { result.Immature, result.Mature })
        {
            o.WriteLine($"  {s.Label,-9} [Cl⁻]i {s.Chloride.Final.ToString("F1", ic)}, E_Cl {s.ChlorideReversalPotential.Final.ToString("F1", ic)}, V − E_Cl {s.GabaDrivingForce.ToString("F1", ic)} → GABA_A {(s.GabaDepolarises ? "depolarises" : "hyperpolarises")}");
        }

        var d = result.Dendrite;
        o.WriteLine($"  dendrite {model.DendriteLength}, KCC2 rising tip-ward, Cl⁻ diffusing ({model.ChlorideDiffusivity}):");
        foreach (var i in new[] { 0, d.Positions.Count / 4, d.Positions.Count / 2, 3 * d.Positions.Count / 4, d.Positions.Count - 1 })
        {
            o.WriteLine($"    {d.Positions[i].Micrometers,4:F0} µm: [Cl⁻]i {d.Chloride[i].Millimolar,5:F1} mM, E_Cl {d.ChlorideReversalPotential[i].Millivolts,6:F1} mV, GABA {(d.ChlorideReversalPotential[i] > model.RestingPotential ? "depolarises" : "hyperpolarises")}");
        }

        o.WriteLine($"  GABA turns hyperpolarising {d.PolarityReversalDistance?.ToString("F0", ic) ?? "nowhere"} from the soma");
        o.WriteLine($"  whole cell (V, Na⁺, K⁺, volume free; pump and leaks balanced at {model.RestingPotential}), after {model.WholeCellDuration.Seconds / 3600:F0} h; E_GABA with HCO₃⁻ (P_HCO₃/P_Cl {model.GabaBicarbonatePermeabilityRatio}):");
        foreach (var w in new[] { result.WholeCellImmature!, result.WholeCellMature! })
        {
            o.WriteLine($"  {w.Label,-9} V {w.Voltage.Final.ToString("F1", ic)}, [Na⁺]i {w.SodiumInside.Final.ToString("F1", ic)}, [K⁺]i {w.PotassiumInside.Final.ToString("F1", ic)}, [Cl⁻]i {w.ChlorideInside.Final.ToString("F1", ic)}, volume {100 * ((w.CellVolume.Final.CubicMeters / w.CellVolume.Initial.CubicMeters) - 1):+0.0;-0.0} %");
            o.WriteLine($"            E_Cl {w.ChlorideReversalPotential.Final.ToString("F1", ic)}, E_GABA {w.GabaReversalPotential.Final.ToString("F1", ic)}, V − E_GABA {w.GabaDrivingForce.ToString("F1", ic)} → GABA_A {(w.GabaDepolarises ? "depolarises" : "hyperpolarises")}; Na⁺ in by NKCC1 {100 * (w.Nkcc1SodiumInflux / w.PumpSodiumEfflux):F0} % of what the pump removes");
        }
    }

    /// <summary>Ischaemia: the pump fails in a pump–leak neuron with voltage-gated channels and volume; test pulses probe when it stops firing.</summary>
    public static void Ischaemia(TextWriter o)
    {
        var model = IschaemiaModel.Default;
        var ic = CultureInfo.InvariantCulture;
        var (pNa, pK, pCl, pCa) = model.RestingPermeabilities();
        o.WriteLine($"  leaks balanced at {model.RestingPotential}: P_Na {pNa.ToString("G3", ic)}, P_K {pK.ToString("G3", ic)}, P_Cl {pCl.ToString("G3", ic)}, P_Ca {pCa.ToString("G3", ic)}; ECS fraction {model.ExtracellularFraction}");
        var result = model.Run();
        foreach (var s in new[] { result.Control, result.Ischaemia })
        {
            o.WriteLine($"  {s.Label,-9} after {s.Voltage.Times[^1].Minutes:F0} min: V {s.Voltage.Final.ToString("F1", ic)}, [Na⁺]i {s.SodiumInside.Final.ToString("F1", ic)}, [K⁺]o {s.PotassiumOutside.Final.ToString("F1", ic)}, [Ca²⁺]i {s.CalciumInside.Final.Micromolar:F2} µM, volume {100 * s.Swelling:+0.0;-0.0;0.0} %, E_NCX {s.ExchangerReversalPotential.Final.ToString("F1", ic)}");
            o.WriteLine($"    test pulses ({model.TestPulseAmplitude.ToString("G3", ic)} for {model.TestPulseLength.ToString("G3", ic)} every {model.TestPulseInterval.Seconds:F0} s): {s.TestPulses.Count(p => p.Spike)} of {s.TestPulses.Count} evoke a spike; {(s.ExcitabilityLostAt is { } lost ? $"excitability lost at {lost.Seconds:F0} s" : "excitability never lost")}; {s.SpontaneousSpikes.Count} spontaneous spikes{(s.SpontaneousSpikes.Count > 0 ? $" ({s.SpontaneousSpikes[0].Seconds:F2}–{s.SpontaneousSpikes[^1].Seconds:F2} s)" : string.Empty)}; Na⁺ channel availability h {s.FinalSodiumChannelAvailability:F3}");
            var reversals = s.ExchangerReversals;
            o.WriteLine($"    NCX reversed in {reversals.Count} intervals, {reversals.Sum(r => r.Length.Seconds):F3} s in all{(reversals.Count > 0 ? $"; first {reversals[0].Start.Seconds * 1000:F1}–{reversals[0].End.Seconds * 1000:F1} ms, last from {reversals[^1].Start.Seconds:F2} s" : string.Empty)}");
        }

        var isc = result.Ischaemia;
        foreach (var minute in new[] { 1, 2, 5 })
        {
            int i = minute * 60;
            if (i < isc.Voltage.Count)
            {
                o.WriteLine($"    ischaemia at {minute} min: V {isc.Voltage[i].ToString("F1", ic)}, [Na⁺]i {isc.SodiumInside[i].ToString("F1", ic)}, [K⁺]o {isc.PotassiumOutside[i].ToString("F1", ic)}, volume {100 * ((isc.CellVolume[i] / isc.CellVolume.Initial) - 1):+0.0;-0.0} %");
            }
        }
    }

    /// <summary>Plant salt stress: SOS1 switched on by a decoded Ca²⁺ signature, and the K⁺/Na⁺ ratio.</summary>
    public static void SaltStress(TextWriter o)
    {
        var model = SaltStressModel.Default;
        var ic = CultureInfo.InvariantCulture;
        var result = model.Run();
        o.WriteLine($"  {model.ApoplastSodium} Na⁺ outside, V {model.MembranePotential}, pH {model.CytosolPh.Value}/{model.ApoplastPh.Value}: Δp {result.ProtonMotiveForce.Total.ToString("F0", ic)} powers SOS1; Ca²⁺ transients of {model.Signature.Amplitude.Micromolar} µM every {1 / model.Signature.Frequency:F0} s");
        foreach (var s in new[] { result.Activated, result.KnockedOut })
        {
            o.Write($"  {s.Label,-22}");
            foreach (var minute in new[] { 5, 15, 30, 60 })
            {
                int i = minute * 6;
                o.Write($" {minute,2} min: [Na⁺] {s.CytosolSodium[i].Millimolar,5:F1} mM, K⁺/Na⁺ {s.PotassiumToSodium[i],5:F1}, A {s.DecoderActivity[i]:F2};");
            }

            o.WriteLine();
        }

        foreach (var period in new[] { 600.0, 120, 60, 20 })
        {
            o.WriteLine($"    decoder mean activity with a transient every {period,3:F0} s: {model.MeanDecoderActivity(1 / period):F2}");
        }

        o.WriteLine($"  with a vacuole (pH {model.VacuolePh.Value}, lumen {model.TonoplastPotential} to the cytosol: tonoplast Δp {result.TonoplastProtonMotiveForce!.Total.ToString("F0", ic)} powers NHX), after {model.Duration.Seconds / 60:F0} min:");
        foreach (var v in result.Vacuole)
        {
            o.WriteLine($"    {v.Label,-13} cytosolic [Na⁺] {v.CytosolSodium.Final.Millimolar,6:F2} mM, vacuolar {v.VacuoleSodium.Final.Millimolar,6:F2} mM, K⁺/Na⁺ {v.PotassiumToSodium[^1],7:F1}, SOS1 {v.Sos1Export.Final.ToString("G2", ic)}");
        }
    }
}
