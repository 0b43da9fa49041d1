using System;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Bacterial energetics: a Na⁺-pumping respiratory NADH:quinone oxidoreductase (NQR) builds a sodium-motive force,
/// an H⁺-pumping terminal oxidase builds a proton-motive force, a Na⁺/H⁺ antiporter (NhaA, 2H⁺:1Na⁺) couples the two,
/// and a Na⁺-coupled F-type ATP synthase draws on the sodium-motive force; H⁺ and Na⁺ leak back. The cell runs to its
/// steady state, once with every pathway and once with the H⁺ pump inhibited (the antiporter then makes the PMF from the SMF).
/// </summary>
/// <remarks>
/// <para>
/// State: the cytoplasm's pH (buffer capacity β) and its [Na⁺]; the medium is a fixed bath. Δψ is at each instant the
/// potential where the net current through every pathway and leak vanishes: the membrane capacitance charges in
/// milliseconds, the concentrations move over seconds to minutes, and integrating both together would be stiff. Each pathway turns at j_max tanh(−ΔG/2RT) with ΔG from its stoichiometry
/// (<see cref="EnergyPathway"/>); leaks follow the GHK flux equation. The sodium cycle is Skulachev's (Skulachev, V. P.
/// (1988) <i>Membrane Bioenergetics</i>, Springer); Δp and the SMF are <see cref="MotiveForce"/>'s.
/// </para>
/// <para>
/// Stoichiometries: NQR 2 Na⁺ out per NADH (Juárez, O. and Barquera, B. (2012) <i>Biochim. Biophys. Acta</i> 1817,
/// 1823–1832; values of 1–2 Na⁺/NADH have been reported); the oxidase 4 charges out per 2 e⁻ (cytochrome bo₃,
/// H⁺/e⁻ = 2: Puustinen, A. et al. (1991) <i>Biochemistry</i> 30, 3936–3942), written as 4 H⁺ out; NhaA 2 H⁺ in per Na⁺
/// out (Taglicht, D., Padan, E. and Schuldiner, S. (1993) <i>J. Biol. Chem.</i> 268, 5382–5387); the <i>Ilyobacter</i>
/// synthase 11 Na⁺ per 3 ATP (<see cref="Transporters.IlyobacterAtpSynthase"/>). Redox free energies from the
/// standard midpoint potentials (Nicholls, D. G. and Ferguson, S. J. (2013) <i>Bioenergetics 4</i>, ch. 3: NAD⁺/NADH
/// −320 mV, ubiquinone +90 mV (≈ +100 mV), O₂/H₂O +815 mV): ΔG_NQR = −2F·410 mV = −79 kJ/mol, ΔG_oxidase =
/// −2F·725 mV = −140 kJ/mol; the real ΔGs depend on the redox poise of each couple. Assumed, not from a paper:
/// ΔG_ATP = −50 kJ/mol in the cytoplasm, every j_max, the leak permeabilities, β = 50 mM/pH, and the marine medium
/// (pH 8.5, 400 mM Na⁺, where Vibrio relies on NQR: Tokuda, H. and Unemoto, T. (1982) <i>J. Biol. Chem.</i> 257,
/// 10007–10014). Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed record BacterialEnergeticsModel
{
    /// <summary>NADH + Q (+ 2H⁺ from the cytoplasm) → NAD⁺ + QH₂, the reaction NQR couples to.</summary>
    public static ChemicalReaction NadhQuinoneReduction { get; } = new("NADH:quinone reduction", "NADH + Q + H⁺ → NAD⁺ + QH₂");

    /// <summary>QH₂ + ½O₂ → Q + H₂O, the reaction a quinol oxidase couples to.</summary>
    public static ChemicalReaction QuinolOxidation { get; } = new("quinol oxidation", "QH₂ + ½O₂ → Q + H₂O");

    /// <summary>NQR: 2 Na⁺ out per NADH oxidised.</summary>
    public static Transporter Nqr { get; } = new("NQR", new Stoichiometry((Ions.Sodium, -2)).WithReaction(NadhQuinoneReduction, 1),
        "Juárez, O. and Barquera, B. (2012) Biochim. Biophys. Acta 1817, 1823–1832 (2 Na⁺ per NADH; 1–2 reported)");

    /// <summary>A cytochrome bo₃-type quinol oxidase: 4 charges (written as 4 H⁺) out per 2 e⁻.</summary>
    public static Transporter QuinolOxidase { get; } = new("bo₃ oxidase", new Stoichiometry((Ions.Hydrogen, -4)).WithReaction(QuinolOxidation, 1),
        "Puustinen, A., Finel, M., Haltia, T., Gennis, R. B. and Wikström, M. (1991) Biochemistry 30, 3936–3942 (H⁺/e⁻ = 2)");

    /// <summary>NhaA: 2 H⁺ in, 1 Na⁺ out; electrogenic.</summary>
    public static Transporter NhaA { get; } = new("NhaA", new Stoichiometry((Ions.Sodium, -1), (Ions.Hydrogen, 2)),
        "Taglicht, D., Padan, E. and Schuldiner, S. (1993) J. Biol. Chem. 268, 5382–5387");

    /// <summary>The model with its defaults.</summary>
    public static BacterialEnergeticsModel Default { get; } = new();

    /// <summary>The temperature; default 30 °C.</summary>
    public Temperature Temperature { get; init; } = Temperature.FromDegreesCelsius(30);

    /// <summary>The cell's radius (a sphere); default 0.5 µm.</summary>
    public Length CellRadius { get; init; } = Length.FromMicrometers(0.5);

    /// <summary>The cytoplasm's buffer capacity, H⁺ per unit fall of pH; default 50 mM (assumed).</summary>
    public Concentration BufferCapacity { get; init; } = Concentration.FromMillimolar(50);

    /// <summary>The medium's pH; default 8.5.</summary>
    public Ph MediumPh { get; init; } = Ph.FromValue(8.5);

    /// <summary>The medium's Na⁺; default 400 mM.</summary>
    public Concentration MediumSodium { get; init; } = Concentration.FromMillimolar(400);

    /// <summary>The cytoplasm's pH at the start; default 7.6.</summary>
    public Ph InitialPh { get; init; } = Ph.FromValue(7.6);

    /// <summary>The cytoplasm's Na⁺ at the start; default 30 mM.</summary>
    public Concentration InitialSodium { get; init; } = Concentration.FromMillimolar(30);

    /// <summary>The Na⁺-pumping respiration; default <see cref="Nqr"/>, j_max 2 × 10⁻⁷ mol/(m²·s), ΔG −79 kJ/mol.</summary>
    public EnergyPathway SodiumPump { get; init; } = new(Nqr, MolarFlux.FromMolesPerSquareMeterSecond(2e-7), MolarEnergy.FromKilojoulesPerMole(-79.1));

    /// <summary>The H⁺-pumping respiration; default <see cref="QuinolOxidase"/>, j_max 10⁻⁷ mol/(m²·s), ΔG −140 kJ/mol.</summary>
    public EnergyPathway ProtonPump { get; init; } = new(QuinolOxidase, MolarFlux.FromMolesPerSquareMeterSecond(1e-7), MolarEnergy.FromKilojoulesPerMole(-139.9));

    /// <summary>The Na⁺/H⁺ antiporter; default <see cref="NhaA"/>, j_max 10⁻⁶ mol/(m²·s), ten times the pumps' (NhaA is fast: a turnover of
    /// the order of 10³ s⁻¹, Taglicht, D., Padan, E. and Schuldiner, S. (1991) <i>J. Biol. Chem.</i> 266, 11289–11294), so it stays near equilibrium.</summary>
    public EnergyPathway Antiporter { get; init; } = new(NhaA, MolarFlux.FromMolesPerSquareMeterSecond(1e-6));

    /// <summary>The ATP synthase; default <see cref="Transporters.IlyobacterAtpSynthase"/>, j_max 10⁻⁷ mol/(m²·s) (its Na⁺ capacity, 11 j_max, exceeds the pumps': a cell that uses its ATP as fast as it makes it), ΔG_ATP −50 kJ/mol.</summary>
    public EnergyPathway AtpSynthase { get; init; } = new(Transporters.IlyobacterAtpSynthase, MolarFlux.FromMolesPerSquareMeterSecond(1e-7), MolarEnergy.FromKilojoulesPerMole(-50));

    /// <summary>The membrane's H⁺ leak permeability; default 10⁻⁶ cm/s (assumed).</summary>
    public Permeability ProtonPermeability { get; init; } = Permeability.FromCentimetersPerSecond(1e-6);

    /// <summary>The membrane's Na⁺ leak permeability; default 10⁻⁹ cm/s (assumed).</summary>
    public Permeability SodiumPermeability { get; init; } = Permeability.FromCentimetersPerSecond(1e-9);

    /// <summary>How long to run; default 600 s.</summary>
    public Duration Duration { get; init; } = Duration.FromSeconds(600);

    /// <summary>The sampling interval; default 1 s.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromSeconds(1);

    /// <summary>The cell's membrane area 4πr².</summary>
    public Area MembraneArea => Area.FromSquareMeters(4 * Math.PI * CellRadius.Meters * CellRadius.Meters);

    /// <summary>The cell's volume 4πr³/3.</summary>
    public Volume CellVolume => Volume.FromCubicMeters(4 * Math.PI * Math.Pow(CellRadius.Meters, 3) / 3);

    /// <summary>Runs the cell with every pathway, and with the H⁺ pump inhibited.</summary>
    /// <returns>Both runs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    /// <exception cref="ArgumentException">A pathway moves an ion other than H⁺ or Na⁺, or has more than one reaction.</exception>
    public BacterialEnergeticsResult Run()
    {
        var cell = new BacterialCell(this);
        return new(RunScenario(cell, "respiring"), RunScenario(cell.WithProtonPumpInhibited(), "H⁺ pump inhibited"));
    }

    /// <summary>Runs the cell as it is parameterised.</summary>
    /// <param name="label">The run's name, used in the series' names.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    /// <exception cref="ArgumentException">A pathway moves an ion other than H⁺ or Na⁺, or has more than one reaction.</exception>
    public BacterialScenario RunScenario(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return RunScenario(new BacterialCell(this), label);
    }

    private static BacterialScenario RunScenario(BacterialCell cell, string label)
    {
        var m = cell.Model;
        var t = m.Temperature;
        var ode = new BacterialOde(cell);
        var y = new double[BacterialOde.Size];
        ode.Initial(y);
        var integrator = new AdaptiveIntegrator(1e-8, [1e-9, 1e-6]);
        Ph PhInside() => Ph.FromValue(y[BacterialOde.PhIndex]);
        Concentration SodiumInside() => Concentration.FromMillimolar(y[BacterialOde.SodiumIndex]);

        // Δψ is a root of the net current: found once per sample for the four series that read it.
        double psiPh = double.NaN, psiSodium = double.NaN;
        var psi = ElectricPotential.Zero;
        ElectricPotential Potential()
        {
            if (y[BacterialOde.PhIndex] != psiPh || y[BacterialOde.SodiumIndex] != psiSodium)
            {
                psi = ode.Potential(y);
                (psiPh, psiSodium) = (y[BacterialOde.PhIndex], y[BacterialOde.SodiumIndex]);
            }

            return psi;
        }

        var recorder = new Recorder(m.SamplingInterval);
        var v = recorder.Track($"Δψ, {label}", Potential);
        var ph = recorder.Track($"cytoplasmic pH, {label}", PhInside);
        var na = recorder.Track($"[Na⁺]i, {label}", SodiumInside);
        var pmf = recorder.Track($"Δp, {label}", () => MotiveForce.Protonmotive(Potential(), PhInside(), m.MediumPh, t).Total);
        var smf = recorder.Track($"SMF, {label}", () => MotiveForce.Sodiummotive(Potential(), cell.Sodium(SodiumInside()), t).Total);
        var atp = recorder.Track($"ATP synthase cycles, {label}", () => cell.Rate(BacterialCell.AtpSynthase, cell.Protons(PhInside()), cell.Sodium(SodiumInside()), Potential()));
        recorder.Run(m.Duration, (from, to) => integrator.Integrate(ode, y, from, to));

        var protons = cell.Protons(ph.Series.Final);
        var sodium = cell.Sodium(na.Series.Final);
        var vEnd = v.Series.Final;
        return new BacterialScenario(
            label,
            v.Series,
            ph.Series,
            na.Series,
            pmf.Series,
            smf.Series,
            atp.Series,
            cell.Rate(BacterialCell.SodiumPump, protons, sodium, vEnd),
            cell.Rate(BacterialCell.ProtonPump, protons, sodium, vEnd),
            cell.Rate(BacterialCell.Antiporter, protons, sodium, vEnd),
            cell.Rate(BacterialCell.AtpSynthase, protons, sodium, vEnd));
    }

    /// <summary>Checks every parameter (once per resolution, by <see cref="BacterialCell"/>).</summary>
    internal void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        Guard.PositiveFinite(CellRadius, nameof(CellRadius));
        Guard.PositiveFinite(BufferCapacity, nameof(BufferCapacity));
        Guard.Finite(MediumPh, nameof(MediumPh));
        Guard.PositiveFinite(MediumSodium, nameof(MediumSodium));
        Guard.Finite(InitialPh, nameof(InitialPh));
        Guard.PositiveFinite(InitialSodium, nameof(InitialSodium));
        ArgumentNullException.ThrowIfNull(SodiumPump, nameof(SodiumPump));
        ArgumentNullException.ThrowIfNull(ProtonPump, nameof(ProtonPump));
        ArgumentNullException.ThrowIfNull(Antiporter, nameof(Antiporter));
        ArgumentNullException.ThrowIfNull(AtpSynthase, nameof(AtpSynthase));
        SodiumPump.Validate(nameof(SodiumPump));
        ProtonPump.Validate(nameof(ProtonPump));
        Antiporter.Validate(nameof(Antiporter));
        AtpSynthase.Validate(nameof(AtpSynthase));
        Guard.NonNegativeFinite(ProtonPermeability, nameof(ProtonPermeability));
        Guard.NonNegativeFinite(SodiumPermeability, nameof(SodiumPermeability));
        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
    }
}
