using System;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Ischaemia as pump failure in a neuron with voltage-gated channels and volume: transient and persistent Na⁺ and
/// delayed-rectifier K⁺ channels, Na⁺, K⁺, Cl⁻ and Ca²⁺ leaks (GHK), the Na⁺/K⁺-ATPase, NCX and the plasma-membrane
/// Ca²⁺-ATPase (PMCA), a fast Ca²⁺ buffer, osmotic volume and a closed extracellular space. When ATP fails both ATPases
/// stop: the cell fires, then the rising [K⁺]ₒ holds it depolarised and test pulses no longer evoke spikes
/// (depolarisation block); Na⁺ and K⁺ run down, Ca²⁺ loads, and net NaCl entry swells the cell (cytotoxic oedema). The
/// model runs the cell with its pumps and with them failed and reports when it stops firing, its spontaneous spikes,
/// when NCX runs in reverse and how much the cell swells.
/// </summary>
/// <remarks>
/// <para>
/// Structure: the pump–leak model with osmotic volume of Dijkstra, K., Hofmeijer, J., van Gils, S. A. and van Putten,
/// M. J. A. M. (2016) A biophysical model for cytotoxic cell swelling. <i>J. Neurosci.</i> 36, 11881–11890, with the
/// currents of Kager, H., Wadman, W. J. and Somjen, G. G. (2000) <i>J. Neurophysiol.</i> 84, 495–512 (I_Na,T, I_Na,P,
/// I_K,DR; their K_A and NMDA currents left out) in the kinetics of <see cref="Gentiletti2022"/> (Kager's own equations
/// could not be retrieved), built from the Dynamics layer: the NCX (<see cref="NcxKinetics"/>), Na⁺/K⁺-ATPase
/// (<see cref="SodiumPotassiumAtpaseKinetics"/>) and PMCA (<see cref="CalciumAtpaseKinetics"/>) rate laws, a fast Ca²⁺
/// buffer (<see cref="CellModel.WithFastBuffer"/>), osmotic volume (<see cref="CellModel.WithOsmoticVolume"/>) and a
/// closed outside pool (as Kager et al. 2000).
/// </para>
/// <para>
/// Defaults: mammalian concentrations of Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., Table
/// 1-1 (Na⁺ 12/145, K⁺ 155/4, Ca²⁺ 0.1 µM/1.5 mM, Cl⁻ outside 123 mM), [Cl⁻]ᵢ at equilibrium at the resting potential
/// −65 mV, 37 °C; pump, exchanger, PMCA (Ī_p(Ca) = 1.15 µA/cm², K_m = 0.5 µM) and the calmodulin buffer (50 µM,
/// K_d = 2.38 µM) with Luo and Rudy's (1994) constants (cardiac, for want of neuronal ones in one consistent set); an
/// extracellular volume fraction α = 0.2 (Syková, E. and Nicholson, C. (2008) <i>Physiol. Rev.</i> 88, 1277–1340);
/// P_Cl = 0.45 P_K (Hodgkin, A. L. and Katz, B. (1949) <i>J. Physiol.</i> 108, 37–77). The K⁺, Na⁺ and Ca²⁺
/// permeabilities are not given but derived: those at which every ion is at steady state at rest with the pumps, NCX
/// and the channels' resting (window) currents (K⁺ leak = 2 pump cycles − the K⁺ channel's flux, Na⁺ leak = 3 pump −
/// 3 NCX cycles − the Na⁺ channels' flux, Ca²⁺ leak = NCX + PMCA cycles). Assumed: a 10 µm spherical soma,
/// P_f = 10⁻³ cm/s (fast enough that water follows the ions), the test pulse (20 µA/cm² for 1 ms, about twice the
/// threshold at rest). Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// <para>
/// Integration (<see cref="Integration"/>): fixed steps of <see cref="TimeStep"/> (Rush–Larsen gates, implicit V) at the
/// onset, around every test pulse, while the cell fires on its own, while a gate lags its steady state by more than
/// <see cref="GateTolerance"/> and while the rest is unstable; <see cref="Simulation.AdvanceQuasiSteady(Duration, double)"/> elsewhere.
/// docs/models.md gives where the quasi-steady assumption fails and how the hybrid compares with fixed steps.
/// </para>
/// <para>
/// Optionally astrocytes share the extracellular space (<see cref="Glia"/>, e.g. <see cref="TissueAstrocyte.Halnes2013"/>
/// as in <see cref="PotassiumBufferingModel"/>), their Na⁺/K⁺ pump failing with the neuron's; off by default, as the
/// comparison with measurements in docs/models.md is not better with them.
/// </para>
/// </remarks>
public sealed record IschaemiaModel
{
    /// <summary>The model with its defaults.</summary>
    public static IschaemiaModel Default { get; } = new();

    /// <summary>The temperature; default 37 °C.</summary>
    public Temperature Temperature { get; init; } = Temperature.Body;

    /// <summary>The resting potential the leaks are balanced at; default −65 mV.</summary>
    public ElectricPotential RestingPotential { get; init; } = ElectricPotential.FromMillivolts(-65);

    /// <summary>The cytoplasm's Na⁺, K⁺ and Ca²⁺ at rest (Cl⁻ is set to equilibrium); default Hille (2001) Table 1-1.</summary>
    public Solution Cytoplasm { get; init; } = new((Ions.Sodium, Concentration.FromMillimolar(12)), (Ions.Potassium, Concentration.FromMillimolar(155)), (Ions.Calcium, Concentration.FromMicromolar(0.1)));

    /// <summary>The extracellular fluid at rest; default Hille (2001) Table 1-1.</summary>
    public Solution ExtracellularFluid { get; init; } = new((Ions.Sodium, Concentration.FromMillimolar(145)), (Ions.Potassium, Concentration.FromMillimolar(4)), (Ions.Calcium, Concentration.FromMillimolar(1.5)), (Ions.Chloride, Concentration.FromMillimolar(123)));

    /// <summary>The Na⁺/K⁺-ATPase; default <see cref="SodiumPotassiumAtpaseKinetics.LuoRudy1994"/>.</summary>
    public SodiumPotassiumAtpaseKinetics Pump { get; init; } = SodiumPotassiumAtpaseKinetics.LuoRudy1994;

    /// <summary>The Na⁺/Ca²⁺ exchanger; default <see cref="NcxKinetics.LuoRudy1994"/>.</summary>
    public NcxKinetics Exchanger { get; init; } = NcxKinetics.LuoRudy1994;

    /// <summary>The plasma-membrane Ca²⁺-ATPase (it fails with the Na⁺/K⁺-ATPase); default <see cref="CalciumAtpaseKinetics.LuoRudy1994"/>.</summary>
    public CalciumAtpaseKinetics CalciumPump { get; init; } = CalciumAtpaseKinetics.LuoRudy1994;

    /// <summary>The total of the cytoplasm's fast Ca²⁺ buffer; default 50 µM (calmodulin, Luo and Rudy 1994).</summary>
    public Concentration CalciumBufferTotal { get; init; } = Concentration.FromMicromolar(50);

    /// <summary>The fast Ca²⁺ buffer's dissociation constant; default 2.38 µM (calmodulin, Luo and Rudy 1994).</summary>
    public Concentration CalciumBufferDissociation { get; init; } = Concentration.FromMicromolar(2.38);

    /// <summary>The fraction of the ATP-driven pumps (Na⁺/K⁺-ATPase and PMCA) left in ischaemia; default 0 (complete failure).</summary>
    public double PumpFractionInIschaemia { get; init; }

    /// <summary>ḡ of the transient Na⁺ channel; default 14 mS/cm² (<see cref="Gentiletti2022.TransientSodiumConductance"/>).</summary>
    public ConductanceDensity TransientSodiumConductance { get; init; } = Gentiletti2022.TransientSodiumConductance;

    /// <summary>ḡ of the persistent Na⁺ channel; default 0.6 mS/cm² (<see cref="Gentiletti2022.PersistentSodiumConductance"/>).</summary>
    public ConductanceDensity PersistentSodiumConductance { get; init; } = Gentiletti2022.PersistentSodiumConductance;

    /// <summary>ḡ of the delayed-rectifier K⁺ channel; default 32 mS/cm² (<see cref="Gentiletti2022.DelayedRectifierConductance"/>).</summary>
    public ConductanceDensity DelayedRectifierConductance { get; init; } = Gentiletti2022.DelayedRectifierConductance;

    /// <summary>
    /// The time constant τ with which ATP, and with it both ATPases, declines to <see cref="PumpFractionInIschaemia"/>:
    /// a + (1 − a) e^(−t/τ). Default zero: a step at t = 0 (the limit τ → 0).
    /// </summary>
    public Duration AtpTimeConstant { get; init; } = Duration.Zero;

    /// <summary>How often a test pulse probes whether the cell still fires (the first at one interval); default 10 s.</summary>
    public Duration TestPulseInterval { get; init; } = Duration.FromSeconds(10);

    /// <summary>The test pulse's length; default 1 ms (assumed).</summary>
    public Duration TestPulseLength { get; init; } = Duration.FromMilliseconds(1);

    /// <summary>The test pulse's current density (depolarising); default 20 µA/cm², about twice the threshold at rest (assumed).</summary>
    public CurrentDensity TestPulseAmplitude { get; init; } = CurrentDensity.FromMicroamperesPerSquareCentimeter(20);

    /// <summary>
    /// The fixed-step window before and after each test pulse, and at the onset (in the hybrid integration); default 50 ms
    /// (two membrane time constants at rest and the length of a spike's after-effects).
    /// </summary>
    public Duration ProbeWindow { get; init; } = Duration.FromMilliseconds(50);

    /// <summary>
    /// In the hybrid integration, how close (as a fraction, absolute) every gate must be to its steady state at the present
    /// V before the quasi-steady advance takes over from fixed steps; default 0.01. The persistent Na⁺ channel's
    /// inactivation (τ 1.2–9 s) is what this waits for after a spike train or a fast depolarisation.
    /// </summary>
    public double GateTolerance { get; init; } = 0.01;

    /// <summary>
    /// Astrocytes sharing the extracellular space (Kir channel, Na⁺ and Cl⁻ leaks, Na⁺/K⁺ pump failing with the neuron's,
    /// Kager's K⁺ buffer), e.g. <see cref="TissueAstrocyte.Halnes2013"/>; default none. With them the tissue is neuron,
    /// astrocyte (<see cref="TissueAstrocyte.Fraction"/>) and extracellular space (<see cref="ExtracellularFraction"/>), the
    /// neuron's share 1 − α − the astrocytes'; without, neuron and extracellular space.
    /// </summary>
    public TissueAstrocyte? Glia { get; init; }

    /// <summary>How the cell is integrated; default <see cref="IschaemiaIntegration.Hybrid"/>.</summary>
    public IschaemiaIntegration Integration { get; init; } = IschaemiaIntegration.Hybrid;

    /// <summary>P_Cl / P_K; default 0.45 (Hodgkin and Katz 1949).</summary>
    public double ChlorideToPotassiumPermeability { get; init; } = 0.45;

    /// <summary>The soma's radius (a sphere); default 10 µm.</summary>
    public Length CellRadius { get; init; } = Length.FromMicrometers(10);

    /// <summary>The extracellular volume fraction α of the tissue; default 0.2 (Syková and Nicholson 2008).</summary>
    public double ExtracellularFraction { get; init; } = 0.2;

    /// <summary>The membrane's osmotic water permeability P_f; default 10⁻³ cm/s (assumed).</summary>
    public Permeability WaterPermeability { get; init; } = Permeability.FromCentimetersPerSecond(1e-3);

    /// <summary>The membrane's specific capacitance; default 1 µF/cm².</summary>
    public SpecificCapacitance Capacitance { get; init; } = SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1);

    /// <summary>How long to run; default 10 min.</summary>
    public Duration Duration { get; init; } = Duration.FromMinutes(10);

    /// <summary>The fixed step Δt (spikes, probe windows; the quasi-steady advance integrates adaptively on this grid); default 25 µs.</summary>
    public Duration TimeStep { get; init; } = Duration.FromMicroseconds(25);

    /// <summary>The sampling interval; default 1 s.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromSeconds(1);

    /// <summary>The cytoplasm's [Cl⁻] at rest: at equilibrium at <see cref="RestingPotential"/>.</summary>
    public Concentration RestingChloride => Nernst.InsideConcentration(-1, ExtracellularFluid[Ions.Chloride], RestingPotential, Temperature);

    /// <summary>Runs the cell with its pump (control) and with the pump failed (ischaemia).</summary>
    /// <returns>Both runs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    /// <exception cref="ArgumentException">A solution lacks one of the ions.</exception>
    public IschaemiaResult Run()
    {
        var cell = new IschaemiaCell(this);
        return new(RunWithPumpFraction(cell, "control", 1), RunWithPumpFraction(cell, "ischaemia", PumpFractionInIschaemia));
    }

    /// <summary>The transient Na⁺ channel with <see cref="TransientSodiumConductance"/>.</summary>
    public Channel TransientSodium => Gentiletti2022.TransientSodium(TransientSodiumConductance);

    /// <summary>The persistent Na⁺ channel with <see cref="PersistentSodiumConductance"/>.</summary>
    public Channel PersistentSodium => Gentiletti2022.PersistentSodium(PersistentSodiumConductance);

    /// <summary>The delayed-rectifier K⁺ channel with <see cref="DelayedRectifierConductance"/>.</summary>
    public Channel DelayedRectifier => Gentiletti2022.DelayedRectifier(DelayedRectifierConductance);

    /// <summary>
    /// The leak permeabilities that balance the cell at rest: (P_Na, P_K, P_Cl, P_Ca), each ion's leak carrying what the
    /// pump, NCX, PMCA and the voltage-gated channels' steady (window) currents at <see cref="RestingPotential"/> leave over.
    /// </summary>
    /// <returns>The four permeabilities.</returns>
    /// <exception cref="InvalidOperationException">The channels' resting Na⁺ or K⁺ current is more than the pump balances, or NCX runs in reverse at rest and brings in more Ca²⁺ than the PMCA removes.</exception>
    public RestingPermeabilities RestingPermeabilities() => new IschaemiaCell(this).Permeabilities;

    /// <summary>The cell as a Dynamics description with both ATPases scaled by <paramref name="pumpFraction"/>, to simulate or change further.</summary>
    /// <param name="pumpFraction">The fraction of the ATPases working, 0 … 1.</param>
    /// <returns>The description: the voltage-gated channels, GHK leaks balanced at rest, pump, NCX, PMCA, Ca²⁺ buffer, pools with a closed outside volume, osmotic volume, the astrocyte with <see cref="Glia"/> (its pump scaled alike); no test pulses.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public CellModel CellModel(double pumpFraction)
    {
        RequireFraction(pumpFraction);

        var cell = new IschaemiaCell(this);
        var pump = new SodiumPotassiumAtpaseKinetics(Pump.MaximalCurrent * pumpFraction, Pump.SodiumHalfSaturation, Pump.PotassiumHalfSaturation);
        var calciumPump = new CalciumAtpaseKinetics(CalciumPump.MaximalCurrent * pumpFraction, CalciumPump.CalciumHalfSaturation);
        var glialPump = cell.GlialPump is { } law ? new SodiumPotassiumAtpaseKinetics(law.MaximalCurrent * pumpFraction, law.SodiumHalfSaturation, law.PotassiumHalfSaturation) : null;
        return cell.Build(pump, calciumPump, glialPump);
    }

    /// <summary>The neuron's share of the tissue: 1 − α − the astrocytes' fraction.</summary>
    internal double NeuronFraction => 1 - ExtracellularFraction - (Glia?.Fraction ?? 0);

    /// <summary>Runs the cell with both ATPases declining to <paramref name="pumpFraction"/> (see <see cref="AtpTimeConstant"/>), probed by test pulses.</summary>
    /// <param name="label">The run's name.</param>
    /// <param name="pumpFraction">The fraction of the ATPases left in the end, 0 … 1 (1: control).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it), including a
    /// <see cref="ProbeWindow"/> longer than the gap between test pulses and an undefined <see cref="Integration"/>.</exception>
    public IschaemiaScenario RunWithPumpFraction(string label, double pumpFraction) => RunWithPumpFraction(new IschaemiaCell(this), label, pumpFraction);

    private IschaemiaScenario RunWithPumpFraction(IschaemiaCell cell, string label, double pumpFraction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        RequireFraction(pumpFraction);

        RequireWholeSteps(SamplingInterval, nameof(SamplingInterval));
        RequireWholeSteps(Duration, nameof(Duration));
        RequireWholeSteps(TestPulseInterval, nameof(TestPulseInterval));
        RequireWholeSteps(TestPulseLength, nameof(TestPulseLength));
        RequireWholeSteps(ProbeWindow, nameof(ProbeWindow));
        if (TestPulseLength + ProbeWindow > TestPulseInterval)
        {
            throw Guard.Fail(nameof(ProbeWindow), ProbeWindow, $"at most TestPulseInterval − TestPulseLength ({Guard.Format(TestPulseInterval - TestPulseLength)}), so that a test pulse's response window ends before the next pulse");
        }

        Guard.Defined(Integration, nameof(Integration));

        var run = new IschaemiaRun(cell, pumpFraction);
        var sim = run.Simulation;
        var recorder = new Recorder(SamplingInterval);
        var v = recorder.Track($"V, {label}", () => sim.Voltage);
        var naIn = recorder.Track($"[Na⁺]i, {label}", () => sim.InsideConcentration(Ions.Sodium));
        var kOut = recorder.Track($"[K⁺]o, {label}", () => sim.OutsideConcentration(Ions.Potassium));
        var caIn = recorder.Track($"[Ca²⁺]i, {label}", () => sim.InsideConcentration(Ions.Calcium));
        var clIn = recorder.Track($"[Cl⁻]i, {label}", () => sim.InsideConcentration(Ions.Chloride));
        var vol = recorder.Track($"cell volume, {label}", () => sim.InsideVolume);
        var eNcx = recorder.Track($"E_NCX, {label}", run.ExchangerReversalPotential);
        var kIn = recorder.Track($"[K⁺]i, {label}", () => sim.InsideConcentration(Ions.Potassium));
        var naOut = recorder.Track($"[Na⁺]o, {label}", () => sim.OutsideConcentration(Ions.Sodium));
        var clOut = recorder.Track($"[Cl⁻]o, {label}", () => sim.OutsideConcentration(Ions.Chloride));
        var volOut = recorder.Track($"extracellular volume, {label}", () => sim.OutsideVolume!.Value);
        var glia = Glia is not null;
        var vg = glia ? recorder.Track($"V astrocyte, {label}", () => sim.AstrocyteVoltage) : null;
        var kg = glia ? recorder.Track($"[K⁺] astrocyte, {label}", () => sim.AstrocyteConcentration(Ions.Potassium)) : null;
        var bound = glia ? recorder.Track($"K⁺ bound by the buffer, {label}", () => sim.AstrocyteBoundPotassium / sim.OutsideVolume!.Value) : null;
        recorder.Reserve(recorder.SampleCount(Duration));
        run.Run(() => recorder.Sample(sim.Time));

        return new IschaemiaScenario(
            label,
            pumpFraction,
            v.Series,
            naIn.Series,
            kOut.Series,
            caIn.Series,
            clIn.Series,
            vol.Series,
            eNcx.Series,
            run.Reversals.Count > 0 ? run.Reversals[0].Start : null,
            kIn.Series,
            naOut.Series,
            clOut.Series,
            volOut.Series)
        {
            TestPulses = [.. run.Pulses],
            SpontaneousSpikes = [.. run.SpontaneousSpikes],
            ExchangerReversals = [.. run.Reversals],
            FinalSodiumChannelAvailability = sim.GateValue(1),
            AstrocyteVoltage = vg?.Series,
            AstrocytePotassium = kg?.Series,
            BufferedPotassium = bound?.Series,
        };
    }

    private static void RequireFraction(double pumpFraction)
    {
        Guard.Fraction(pumpFraction, nameof(pumpFraction));
    }

    private void RequireWholeSteps(Duration d, string name)
    {
        double n = d.Seconds / TimeStep.Seconds;
        if (Math.Abs(n - Math.Round(n)) > 1e-6 || Math.Round(n) < 1)
        {
            throw Guard.Fail(name, d, $"a whole number (≥ 1) of time steps of {Guard.Format(TimeStep)}");
        }
    }

    /// <summary>Checks every parameter (once per resolution, by <see cref="IschaemiaCell"/>).</summary>
    internal void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        Guard.Finite(RestingPotential, nameof(RestingPotential));
        ArgumentNullException.ThrowIfNull(Cytoplasm, nameof(Cytoplasm));
        ArgumentNullException.ThrowIfNull(ExtracellularFluid, nameof(ExtracellularFluid));
        ArgumentNullException.ThrowIfNull(Pump, nameof(Pump));
        ArgumentNullException.ThrowIfNull(Exchanger, nameof(Exchanger));
        ArgumentNullException.ThrowIfNull(CalciumPump, nameof(CalciumPump));
        Guard.NonNegativeFinite(CalciumBufferTotal, nameof(CalciumBufferTotal));
        Guard.PositiveFinite(CalciumBufferDissociation, nameof(CalciumBufferDissociation));
        foreach (var ion in new[] { Ions.Sodium, Ions.Potassium, Ions.Calcium })
        {
            Require(Cytoplasm, ion, nameof(Cytoplasm));
        }

        foreach (var ion in new[] { Ions.Sodium, Ions.Potassium, Ions.Calcium, Ions.Chloride })
        {
            Require(ExtracellularFluid, ion, nameof(ExtracellularFluid));
        }

        Guard.Fraction(PumpFractionInIschaemia, nameof(PumpFractionInIschaemia));

        Guard.NonNegativeFinite(ChlorideToPotassiumPermeability, nameof(ChlorideToPotassiumPermeability), "ratio");

        Guard.InRange(ExtracellularFraction, 0, 1, nameof(ExtracellularFraction), Ends.Open, "fraction");

        Glia?.ValidateFraction();
        if (!(NeuronFraction > 0))
        {
            throw Guard.Fail(nameof(Glia), Glia!.Fraction, $"an astrocyte fraction leaving room for the neuron beside the extracellular space ({Guard.Format(ExtracellularFraction)})");
        }

        Guard.PositiveFinite(CellRadius, nameof(CellRadius));
        Guard.NonNegativeFinite(WaterPermeability, nameof(WaterPermeability));
        Guard.PositiveFinite(Capacitance, nameof(Capacitance));
        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(TimeStep, nameof(TimeStep));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
        Guard.NonNegativeFinite(TransientSodiumConductance, nameof(TransientSodiumConductance));
        Guard.NonNegativeFinite(PersistentSodiumConductance, nameof(PersistentSodiumConductance));
        Guard.NonNegativeFinite(DelayedRectifierConductance, nameof(DelayedRectifierConductance));
        Guard.NonNegativeFinite(AtpTimeConstant, nameof(AtpTimeConstant));
        Guard.PositiveFinite(TestPulseInterval, nameof(TestPulseInterval));
        Guard.PositiveFinite(TestPulseLength, nameof(TestPulseLength));
        Guard.PositiveFinite(TestPulseAmplitude, nameof(TestPulseAmplitude));
        Guard.PositiveFinite(ProbeWindow, nameof(ProbeWindow));
        Guard.InRange(GateTolerance, 0, 1, nameof(GateTolerance), Ends.Open, "fraction", ", e.g. 0.01");

    }

    private static void Require(Solution solution, Ion ion, string name)
    {
        if (!solution.TryGetConcentration(ion, out var c))
        {
            throw Guard.Invalid(name, solution, $"a solution that contains {ion.Name}");
        }

        Guard.PositiveFinite(c, $"{name}[{ion.Name}]");
    }
}
