using System;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// An ion-motive force: the electrochemical potential difference of an ion across a membrane expressed in volts,
/// Δμ̃/(zF) = Δψ + (RT/zF) ln(c_in/c_out), split into its electrical part Δψ and its chemical part. For protons this
/// is Mitchell's proton-motive force Δp = Δψ − (2.303RT/F)ΔpH; for Na⁺ the sodium-motive force.
/// </summary>
/// <remarks>
/// <para>
/// Sign convention (the library's, docs/conventions.md): Δψ = φ_in − φ_out, ΔpH = pH_in − pH_out, and every
/// quantity is "inside minus outside", so a force that drives the cation inward is negative. An energised
/// <i>E. coli</i> cell (inside negative and alkaline) has Δψ ≈ −120 mV, ΔpH ≈ +0.8 and Δp ≈ −170 mV. Textbooks
/// often quote magnitudes ("Δp of 180 mV"); the sign here says which way the ion is pushed. The force equals the
/// driving force V − E of <see cref="ElectrochemicalPotential.DrivingForce"/>, and
/// <see cref="FreeEnergy"/> = zF × <see cref="Total"/> is Δμ̃, the free energy per mole moved inward.
/// </para>
/// <para>
/// Sources: Mitchell, P. (1966) <i>Biol. Rev.</i> 41, 445–502 (the protonmotive force); Nicholls, D. G. and
/// Ferguson, S. J. (2013) <i>Bioenergetics 4</i>, Academic Press, ch. 3 (Δp = Δψ − 2.303(RT/F)ΔpH, in mV and as
/// kJ/mol; the H⁺/ATP stoichiometry and the thermodynamic minimum n ≥ ΔG_p/(FΔp)); Skulachev, V. P. (1988)
/// <i>Membrane Bioenergetics</i>, Springer (the sodium-motive force and Na⁺/H⁺ antiport as a converter).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record MotiveForce
{
    private MotiveForce(Ion ion, ElectricPotential electricalPart, ElectricPotential chemicalPart, ConstantSet constants)
    {
        Ion = ion;
        ElectricalPart = electricalPart;
        ChemicalPart = chemicalPart;
        Total = electricalPart + chemicalPart;
        FreeEnergy = MolarEnergy.FromJoulesPerMole(ion.Valence * constants.FaradayConstant * Total.Volts);
    }

    /// <summary>The ion whose motive force this is.</summary>
    public Ion Ion { get; }

    /// <summary>Δψ = φ_in − φ_out.</summary>
    public ElectricPotential ElectricalPart { get; }

    /// <summary>(RT/zF) ln(c_in/c_out); for protons −(2.303RT/F)ΔpH. Equal to −E, minus the Nernst potential.</summary>
    public ElectricPotential ChemicalPart { get; }

    /// <summary>The motive force Δψ + chemical part (Δp, Δs); negative when it drives the cation inward.</summary>
    public ElectricPotential Total { get; }

    /// <summary>Δμ̃ = zF × <see cref="Total"/>, the free energy per mole of ion moved inward (kJ/mol).</summary>
    public MolarEnergy FreeEnergy { get; }

    /// <summary>Mitchell's proton-motive force Δp = Δψ − (RT ln 10 / F)(pH_in − pH_out).</summary>
    /// <param name="membranePotential">Δψ = φ_in − φ_out; finite.</param>
    /// <param name="inside">pH inside (cytoplasm, matrix, lumen); finite.</param>
    /// <param name="outside">pH outside; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A non-finite potential or pH, or T ≤ 0 K.</exception>
    public static MotiveForce Protonmotive(ElectricPotential membranePotential, Ph inside, Ph outside, Temperature temperature, ConstantSet? constants = null)
    {
        Guard.Finite(membranePotential, nameof(membranePotential));
        Guard.Finite(inside, nameof(inside));
        Guard.Finite(outside, nameof(outside));
        var set = constants ?? ConstantSet.Si2019;
        var perDecade = Nernst.SlopePerDecade(1, temperature, set);
        var chemical = ElectricPotential.FromVolts(-perDecade.Volts * (inside - outside));
        return new MotiveForce(Ions.Hydrogen, membranePotential, chemical, set);
    }

    /// <summary>The sodium-motive force Δs = Δψ + (RT/F) ln([Na⁺]in/[Na⁺]out) = Δψ − E_Na.</summary>
    /// <param name="membranePotential">Δψ = φ_in − φ_out; finite.</param>
    /// <param name="sodium">[Na⁺] inside and outside; finite and &gt; 0.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MotiveForce Sodiummotive(ElectricPotential membranePotential, IonGradient sodium, Temperature temperature, ConstantSet? constants = null) =>
        Of(Ions.Sodium, sodium, membranePotential, temperature, constants);

    /// <summary>The motive force of any ion, Δψ + (RT/zF) ln(c_in/c_out) = Δψ − E.</summary>
    /// <param name="ion">The ion (its valence is used).</param>
    /// <param name="gradient">Its inside and outside concentrations; finite and &gt; 0.</param>
    /// <param name="membranePotential">Δψ = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public static MotiveForce Of(Ion ion, IonGradient gradient, ElectricPotential membranePotential, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.Finite(membranePotential, nameof(membranePotential));
        var set = constants ?? ConstantSet.Si2019;
        var e = Nernst.Potential(ion, gradient, temperature, set);
        return new MotiveForce(ion, membranePotential, -e, set);
    }

    /// <summary>
    /// The fewest ions an ATP synthase must move inward per ATP made, n ≥ ΔG_ATP/(zF·Δp) (the free energy released
    /// by the ions must at least pay for ATP synthesis; Nicholls and Ferguson, ch. 3). A fraction: real enzymes
    /// move c ions per 3 ATP for a rotor ring of c subunits.
    /// </summary>
    /// <param name="atpHydrolysisFreeEnergy">ΔG_ATP of hydrolysis in the compartment where ATP is made; finite and &lt; 0.</param>
    /// <param name="force">The ion-motive force driving the synthase; its <see cref="FreeEnergy"/> must be &lt; 0 (driving the ion inward).</param>
    /// <exception cref="ArgumentOutOfRangeException">ΔG_ATP ≥ 0, or a force that does not drive the ion inward.</exception>
    public static double MinimumIonsPerAtp(MolarEnergy atpHydrolysisFreeEnergy, MotiveForce force)
    {
        ArgumentNullException.ThrowIfNull(force);
        Guard.Finite(atpHydrolysisFreeEnergy, nameof(atpHydrolysisFreeEnergy));
        if (!(atpHydrolysisFreeEnergy.JoulesPerMole < 0))
        {
            throw Guard.Fail(nameof(atpHydrolysisFreeEnergy), atpHydrolysisFreeEnergy, "a negative hydrolysis free energy (ATP above its equilibrium with ADP and Pᵢ)");
        }

        if (!(force.FreeEnergy.JoulesPerMole < 0))
        {
            throw Guard.Fail(nameof(force), force, "a force that drives the ion inward (Δμ̃ < 0), or no number of ions can make ATP");
        }

        return atpHydrolysisFreeEnergy.JoulesPerMole / force.FreeEnergy.JoulesPerMole;
    }

    /// <summary>
    /// The motive force of <paramref name="drivenIon"/> at which an antiporter moving <paramref name="drivingIons"/> of
    /// the driving ion inward for <paramref name="drivenIons"/> of the driven ion outward is at equilibrium:
    /// n·Δμ̃_driving = m·Δμ̃_driven. For a 2 H⁺ : 1 Na⁺ antiporter (E. coli NhaA) Δs = 2Δp. The result has the same Δψ,
    /// so its <see cref="ChemicalPart"/> gives the largest gradient of the driven ion the antiporter can hold.
    /// </summary>
    /// <param name="driving">The driving force (e.g. the proton-motive force).</param>
    /// <param name="drivingIons">n, driving ions moved inward per cycle; &gt; 0.</param>
    /// <param name="drivenIon">The ion moved outward (e.g. Na⁺).</param>
    /// <param name="drivenIons">m, driven ions moved outward per cycle; &gt; 0.</param>
    /// <param name="constants">F; <see cref="ConstantSet.Si2019"/> when null (use the set the driving force was made with).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count ≤ 0.</exception>
    public static MotiveForce AntiporterEquilibrium(MotiveForce driving, int drivingIons, Ion drivenIon, int drivenIons, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(driving);
        ArgumentNullException.ThrowIfNull(drivenIon);
        Guard.GreaterThan(drivingIons, 0, nameof(drivingIons), "number of ions per cycle");

        Guard.GreaterThan(drivenIons, 0, nameof(drivenIons), "number of ions per cycle");

        var set = constants ?? ConstantSet.Si2019;
        var drivenFreeEnergy = drivingIons * driving.FreeEnergy.JoulesPerMole / drivenIons;
        var total = ElectricPotential.FromVolts(drivenFreeEnergy / (drivenIon.Valence * set.FaradayConstant));
        return new MotiveForce(drivenIon, driving.ElectricalPart, total - driving.ElectricalPart, set);
    }

    /// <summary>The ratio c_in/c_out that the chemical part stands for, exp(zF·chemical/RT).</summary>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    public double InsideToOutsideRatio(Temperature temperature, ConstantSet? constants = null) =>
        Math.Exp(ChemicalPart.Volts / Nernst.NaturalSlope(Ion.Valence, temperature, constants));

    /// <summary>"H⁺-motive force −167.3 mV (Δψ −120.0 mV, chemical −47.3 mV; Δμ̃ = −16.14 kJ/mol)", invariant culture.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"{Ion.Symbol}-motive force {Total.ToString("F1", c)} (Δψ {ElectricalPart.ToString("F1", c)}, chemical {ChemicalPart.ToString("F1", c)}; Δμ̃ = {FreeEnergy.ToString("F2", c)})");
    }
}
