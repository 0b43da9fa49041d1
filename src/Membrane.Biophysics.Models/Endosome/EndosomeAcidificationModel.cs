using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Endosome / lysosome acidification: V-ATPases pump H⁺ into a small spherical organelle whose lumen is buffered;
/// H⁺ leaks back, Cl⁻ (and optionally K⁺ and Na⁺) cross through GHK channels, and the membrane potential follows from
/// the net charge on the membrane capacitance, with fixed luminal "Donnan particles". Without a counter-ion pathway
/// the lumen charges positive and pumping stalls after a few thousand protons; with a Cl⁻ shunt the lumen acidifies
/// and ψ settles at E_Cl. The model runs both cases.
/// </summary>
/// <remarks>
/// <para>
/// Structure after Grabe, M. and Oster, G. (2001) Regulation of organelle acidity. <i>J. Gen. Physiol.</i> 117,
/// 329–344, in the form of Ishida, Y., Nayak, S., Mindell, J. A. and Grabe, M. (2013) A model of lysosomal pH.
/// <i>J. Gen. Physiol.</i> 141, 705–720: lumen pH with buffer capacity β, dpH/dt = −J_H/(β V); ψ = F (Σ z nᵢ − B V₀)/C
/// with the Donnan particles B chosen so that ψ starts at the given value; passive fluxes by the GHK flux equation
/// (<see cref="Ghk.GhkCurrent.Flux(int, Permeability, Concentration, Concentration, ElectricPotential, Temperature, ConstantSet?)"/>) with
/// the concentrations at each membrane surface scaled by the Boltzmann factor of that leaflet's surface potential
/// (Grabe and Oster 2001). The V-ATPase rate law is this library's (<see cref="VAtpaseKinetics"/>), not their table.
/// The volume is fixed (no water flux).
/// </para>
/// <para>
/// Default numbers, all from Ishida et al. (2013)'s lysosome model: radius 0.34 µm, 1 µF/cm², β = 40 mM/pH, P_H =
/// 6 × 10⁻⁵ cm/s, 300 V-ATPases, cytosol pH 7.2 with 145 mM K⁺, 10 mM Na⁺ and 10 mM Cl⁻, lumen starting as
/// endocytosed extracellular fluid (pH 7.4, 5 mM K⁺, 145 mM Na⁺, 110 mM Cl⁻), surface potentials −50 mV (cytosolic
/// leaflet) and 0 mV (luminal), RT/F = 25.7 mV (25 °C). Not from a paper: the Cl⁻ permeability of the shunt
/// (1.2 × 10⁻⁵ cm/s; Ishida et al. used a ClC-7 exchanger instead), 2 H⁺ per ATP (<see cref="Transporters.VAtpase"/>),
/// ΔG_ATP = −50 kJ/mol (the low end of the cytosolic −50 to −60 kJ/mol of Nicholls and Ferguson 2013), and the pump's
/// j_max = 100 H⁺/s, an order-of-magnitude assumption. Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed record EndosomeAcidificationModel
{
    /// <summary>The model with its defaults.</summary>
    public static EndosomeAcidificationModel Default { get; } = new();

    /// <summary>The temperature; default 25 °C (RT/F = 25.7 mV, Ishida et al. 2013).</summary>
    public Temperature Temperature { get; init; } = Temperature.FromDegreesCelsius(25);

    /// <summary>The organelle's radius (a sphere); default 0.34 µm (Ishida et al. 2013).</summary>
    public Length Radius { get; init; } = Length.FromMicrometers(0.34);

    /// <summary>The membrane's specific capacitance; default 1 µF/cm².</summary>
    public SpecificCapacitance Capacitance { get; init; } = SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1);

    /// <summary>The lumen's buffer capacity β, the H⁺ to add per unit fall of pH; default 40 mM per pH unit (Grabe and Oster 2001; Ishida et al. 2013).</summary>
    public Concentration BufferCapacity { get; init; } = Concentration.FromMillimolar(40);

    /// <summary>The cytosol's pH; default 7.2.</summary>
    public Ph CytosolPh { get; init; } = Ph.FromValue(7.2);

    /// <summary>The cytosol's K⁺; default 145 mM.</summary>
    public Concentration CytosolPotassium { get; init; } = Concentration.FromMillimolar(145);

    /// <summary>The cytosol's Na⁺; default 10 mM.</summary>
    public Concentration CytosolSodium { get; init; } = Concentration.FromMillimolar(10);

    /// <summary>The cytosol's Cl⁻; default 10 mM.</summary>
    public Concentration CytosolChloride { get; init; } = Concentration.FromMillimolar(10);

    /// <summary>The lumen's starting pH; default 7.4 (endocytosed extracellular fluid).</summary>
    public Ph InitialLumenPh { get; init; } = Ph.FromValue(7.4);

    /// <summary>The lumen's starting K⁺; default 5 mM.</summary>
    public Concentration InitialLumenPotassium { get; init; } = Concentration.FromMillimolar(5);

    /// <summary>The lumen's starting Na⁺; default 145 mM.</summary>
    public Concentration InitialLumenSodium { get; init; } = Concentration.FromMillimolar(145);

    /// <summary>The lumen's starting Cl⁻; default 110 mM.</summary>
    public Concentration InitialLumenChloride { get; init; } = Concentration.FromMillimolar(110);

    /// <summary>ψ = φ_lumen − φ_cyt at the start; sets the Donnan particles. Default 0 mV.</summary>
    public ElectricPotential InitialPotential { get; init; } = ElectricPotential.Zero;

    /// <summary>The surface potential of the membrane's cytosolic leaflet; default −50 mV (Ishida et al. 2013).</summary>
    public ElectricPotential CytosolicSurfacePotential { get; init; } = ElectricPotential.FromMillivolts(-50);

    /// <summary>The surface potential of the membrane's luminal leaflet; default 0 mV (Ishida et al. 2013).</summary>
    public ElectricPotential LuminalSurfacePotential { get; init; } = ElectricPotential.Zero;

    /// <summary>The H⁺ leak permeability; default 6 × 10⁻⁵ cm/s (Ishida et al. 2013).</summary>
    public Permeability ProtonPermeability { get; init; } = Permeability.FromCentimetersPerSecond(6e-5);

    /// <summary>The Cl⁻ permeability of the shunt in the "chloride shunt" run; default 1.2 × 10⁻⁵ cm/s (assumed).</summary>
    public Permeability ChloridePermeability { get; init; } = Permeability.FromCentimetersPerSecond(1.2e-5);

    /// <summary>The K⁺ permeability, in both runs; default 0.</summary>
    public Permeability PotassiumPermeability { get; init; } = Permeability.Zero;

    /// <summary>The Na⁺ permeability, in both runs; default 0.</summary>
    public Permeability SodiumPermeability { get; init; } = Permeability.Zero;

    /// <summary>The number of V-ATPases; default 300 (Ishida et al. 2013).</summary>
    public int PumpCount { get; init; } = 300;

    /// <summary>H⁺ per ATP; default 2 (<see cref="Transporters.VAtpase"/>).</summary>
    public int ProtonsPerAtp { get; init; } = 2;

    /// <summary>j_max of one pump, H⁺ per pump per second; default 100 s⁻¹ (assumed, see the remarks).</summary>
    public Rate PumpMaximalRate { get; init; } = Rate.FromPerSecond(100);

    /// <summary>ΔG_ATP in the cytosol; default −50 kJ/mol.</summary>
    public MolarEnergy AtpHydrolysis { get; init; } = MolarEnergy.FromKilojoulesPerMole(-50);

    /// <summary>How long to run; default 2000 s (Ishida et al. 2013's runs).</summary>
    public Duration Duration { get; init; } = Duration.FromSeconds(2000);

    /// <summary>The sampling interval; default 2 s.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromSeconds(2);

    /// <summary>
    /// The integrator; default <see cref="OdeMethod.Stiff"/>: with a Cl⁻ shunt ψ relaxes through the Cl⁻ conductance
    /// in about 20 ms while the run lasts minutes, which holds the explicit method to steps of about 10 ms (≈ 200 000
    /// steps against ≈ 1000 for the stiff one). Both meet rtol = 1e-8.
    /// </summary>
    public OdeMethod Integrator { get; init; } = OdeMethod.Stiff;

    /// <summary>The organelle's surface area 4πr².</summary>
    public Area SurfaceArea => Area.FromSquareMeters(4 * Math.PI * Radius.Meters * Radius.Meters);

    /// <summary>The organelle's volume 4πr³/3.</summary>
    public Volume Volume => Volume.FromCubicMeters(4 * Math.PI * Radius.Meters * Radius.Meters * Radius.Meters / 3);

    /// <summary>Runs the organelle without a counter-ion pathway (Cl⁻ permeability 0) and with the Cl⁻ shunt.</summary>
    /// <returns>Both runs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public EndosomeAcidificationResult Run()
    {
        var organelle = new EndosomeOrganelle(this);
        return new(RunWithChloridePermeability(organelle, "no counter-ion", Permeability.Zero), RunWithChloridePermeability(organelle, "chloride shunt", ChloridePermeability));
    }

    /// <summary>Runs the organelle with a given Cl⁻ permeability.</summary>
    /// <param name="label">The run's name, used in the series' names.</param>
    /// <param name="chloridePermeability">P_Cl; finite and ≥ 0.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public EndosomeScenario RunWithChloridePermeability(string label, Permeability chloridePermeability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var organelle = new EndosomeOrganelle(this);
        Guard.NonNegativeFinite(chloridePermeability, nameof(chloridePermeability));
        return RunWithChloridePermeability(organelle, label, chloridePermeability);
    }

    private static EndosomeScenario RunWithChloridePermeability(EndosomeOrganelle organelle, string label, Permeability chloridePermeability)
    {
        var m = organelle.Model;
        var t = m.Temperature;
        var ode = new EndosomeOde(organelle, chloridePermeability);
        var y = new double[EndosomeOde.Size];
        ode.Initial(y);
        Concentration LumenChloride() => Concentration.FromMolesPerCubicMeter(y[EndosomeOde.ChlorideIndex] / organelle.Volume);
        var recorder = new Recorder(m.SamplingInterval);
        var ph = recorder.Track($"lumen pH, {label}", () => Ph.FromValue(y[EndosomeOde.PhIndex]));
        var psi = recorder.Track($"ψ, {label}", () => ode.Potential(y));
        var cl = recorder.Track($"lumen [Cl⁻], {label}", LumenChloride);
        var eCl = recorder.Track($"E_Cl, {label}", () => Nernst.Potential(-1, LumenChloride(), m.CytosolChloride, t) - m.CytosolicSurfacePotential + m.LuminalSurfacePotential);
        MolarEnergy PumpFreeEnergy() => VAtpaseKinetics.CycleFreeEnergy(m.ProtonsPerAtp, ode.Potential(y), Ph.FromValue(y[EndosomeOde.PhIndex]), m.CytosolPh, m.AtpHydrolysis, t);
        var dG = recorder.Track($"V-ATPase ΔG, {label}", PumpFreeEnergy);
        var pump = recorder.Track($"V-ATPase H⁺ per pump, {label}", "s⁻¹", () => VAtpaseKinetics.ProtonRate(m.PumpMaximalRate.PerSecond, PumpFreeEnergy(), t));
        var integrator = OdeIntegrator.Create(m.Integrator, 1e-8, ode.AbsoluteTolerances());
        recorder.Run(m.Duration, (from, to) => integrator.Integrate(ode, y, from, to));
        return new EndosomeScenario(label, chloridePermeability, ph.Series, psi.Series, cl.Series, eCl.Series, dG.Series, pump.Series.Values);
    }

    /// <summary>Checks every parameter (once per resolution, by <see cref="EndosomeOrganelle"/>).</summary>
    internal void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        Guard.PositiveFinite(Radius, nameof(Radius));
        Guard.PositiveFinite(Capacitance, nameof(Capacitance));
        Guard.PositiveFinite(BufferCapacity, nameof(BufferCapacity));
        Guard.Finite(CytosolPh, nameof(CytosolPh));
        Guard.Finite(InitialLumenPh, nameof(InitialLumenPh));
        Guard.PositiveFinite(CytosolPotassium, nameof(CytosolPotassium));
        Guard.PositiveFinite(CytosolSodium, nameof(CytosolSodium));
        Guard.PositiveFinite(CytosolChloride, nameof(CytosolChloride));
        Guard.PositiveFinite(InitialLumenPotassium, nameof(InitialLumenPotassium));
        Guard.PositiveFinite(InitialLumenSodium, nameof(InitialLumenSodium));
        Guard.PositiveFinite(InitialLumenChloride, nameof(InitialLumenChloride));
        Guard.Finite(InitialPotential, nameof(InitialPotential));
        Guard.Finite(CytosolicSurfacePotential, nameof(CytosolicSurfacePotential));
        Guard.Finite(LuminalSurfacePotential, nameof(LuminalSurfacePotential));
        Guard.NonNegativeFinite(ProtonPermeability, nameof(ProtonPermeability));
        Guard.NonNegativeFinite(ChloridePermeability, nameof(ChloridePermeability));
        Guard.NonNegativeFinite(PotassiumPermeability, nameof(PotassiumPermeability));
        Guard.NonNegativeFinite(SodiumPermeability, nameof(SodiumPermeability));
        Guard.AtLeast(PumpCount, 0, nameof(PumpCount), "pumps");

        Guard.GreaterThan(ProtonsPerAtp, 0, nameof(ProtonsPerAtp), "whole number of H⁺ per ATP");

        Guard.NonNegativeFinite(PumpMaximalRate.PerSecond, nameof(PumpMaximalRate), "rate", " H⁺/s");

        Guard.Finite(AtpHydrolysis, nameof(AtpHydrolysis));
        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
        Guard.Defined(Integrator, nameof(Integrator));
    }
}
