using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Transport;

/// <summary>
/// A catalog of transporters and pumps, each with the source of its stoichiometry. Each is written in the direction
/// it usually runs, so at physiological conditions <see cref="TransportDirection.Forward"/> ("as written") is its
/// normal mode (NCX's forward mode, the Na⁺/K⁺ pump pumping, KCC2 extruding KCl).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. "Inside" is the cytosol for plasma-membrane transporters, the lumen for the V-ATPase
/// and SERCA (whose "outside" is the cytosol), and the matrix or bacterial cytoplasm for ATP synthases.
/// Coupled ATP hydrolysis needs its ΔG in the conditions (<see cref="TransportConditions.WithAtpHydrolysis"/>).
/// </remarks>
public static class Transporters
{
    /// <summary>NKCC1 (SLC12A2): 1 Na⁺ + 1 K⁺ + 2 Cl⁻ in; electroneutral.</summary>
    public static Transporter Nkcc1 { get; } = new(
        "NKCC1",
        new Stoichiometry((Ions.Sodium, 1), (Ions.Potassium, 1), (Ions.Chloride, 2)),
        "Russell, J. M. (2000) Sodium-potassium-chloride cotransport. Physiol. Rev. 80, 211–276");

    /// <summary>KCC2 (SLC12A5): 1 K⁺ + 1 Cl⁻ out; electroneutral.</summary>
    public static Transporter Kcc2 { get; } = new(
        "KCC2",
        new Stoichiometry((Ions.Potassium, -1), (Ions.Chloride, -1)),
        "Payne, J. A., Rivera, C., Voipio, J. and Kaila, K. (2003) Cation–chloride co-transporters in neuronal communication, development and trauma. Trends Neurosci. 26, 199–206");

    /// <summary>NBCe1 (SLC4A4) in its 1 Na⁺ : 2 HCO₃⁻ mode (pancreatic duct, heart, astrocytes, oocytes), both in; z_net = −1.</summary>
    public static Transporter Nbce1TwoBicarbonate { get; } = Nbce1(2);

    /// <summary>NBCe1 (SLC4A4) in its 1 Na⁺ : 3 HCO₃⁻ mode (renal proximal tubule), both in as written; z_net = −2.</summary>
    /// <remarks>In the proximal tubule it normally runs in reverse, carrying Na⁺ and HCO₃⁻ out across the basolateral membrane.</remarks>
    public static Transporter Nbce1ThreeBicarbonate { get; } = Nbce1(3);

    /// <summary>NCX (SLC8A1): 3 Na⁺ in, 1 Ca²⁺ out; z_net = +1, so E_NCX = 3E_Na − 2E_Ca.</summary>
    public static Transporter Ncx { get; } = new(
        "NCX",
        new Stoichiometry((Ions.Sodium, 3), (Ions.Calcium, -1)),
        "Reeves, J. P. and Hale, C. C. (1984) The stoichiometry of the cardiac sodium-calcium exchange system. J. Biol. Chem. 259, 7733–7739; " +
        "Blaustein, M. P. and Lederer, W. J. (1999) Sodium/calcium exchange: its physiological implications. Physiol. Rev. 79, 763–854");

    /// <summary>NCKX (SLC24, rod outer segment): 4 Na⁺ in, 1 Ca²⁺ + 1 K⁺ out; z_net = +1.</summary>
    public static Transporter Nckx { get; } = new(
        "NCKX",
        new Stoichiometry((Ions.Sodium, 4), (Ions.Calcium, -1), (Ions.Potassium, -1)),
        "Cervetto, L., Lagnado, L., Perry, R. J., Robinson, D. W. and McNaughton, P. A. (1989) Extrusion of calcium from rod outer segments is driven by both sodium and potassium gradients. Nature 337, 740–743");

    /// <summary>The Na⁺/K⁺-ATPase: 3 Na⁺ out, 2 K⁺ in per ATP hydrolysed; z_net = −1, so E_pump = 3E_Na − 2E_K + ΔG_ATP/F.</summary>
    public static Transporter SodiumPotassiumAtpase { get; } = new(
        "Na⁺/K⁺-ATPase",
        new Stoichiometry((Ions.Sodium, -3), (Ions.Potassium, 2)).WithReaction(AtpHydrolysis.Reaction, 1),
        "Post, R. L. and Jolly, P. C. (1957) The linkage of sodium, potassium, and ammonium active transport across the human erythrocyte membrane. Biochim. Biophys. Acta 25, 118–128");

    /// <summary>NHE1 (SLC9A1): 1 Na⁺ in, 1 H⁺ out; electroneutral.</summary>
    public static Transporter Nhe1 { get; } = new(
        "NHE1",
        new Stoichiometry((Ions.Sodium, 1), (Ions.Hydrogen, -1)),
        "Aronson, P. S. (1985) Kinetic properties of the plasma membrane Na⁺-H⁺ exchanger. Annu. Rev. Physiol. 47, 545–560");

    /// <summary>SOS1, the plant plasma-membrane Na⁺/H⁺ antiporter: 1 Na⁺ out, 1 H⁺ in; electroneutral (assumed 1:1, as for NHE).</summary>
    public static Transporter Sos1 { get; } = new(
        "SOS1",
        new Stoichiometry((Ions.Sodium, -1), (Ions.Hydrogen, 1)),
        "Shi, H., Ishitani, M., Kim, C. and Zhu, J.-K. (2000) The Arabidopsis thaliana salt tolerance gene SOS1 encodes a putative Na⁺/H⁺ antiporter. PNAS 97, 6896–6901; " +
        "Qiu, Q.-S., Guo, Y., Dietrich, M. A., Schumaker, K. S. and Zhu, J.-K. (2002) Regulation of SOS1, a plasma membrane Na⁺/H⁺ exchanger in Arabidopsis thaliana, by SOS2 and SOS3. PNAS 99, 8436–8441. " +
        "The 1:1 ratio is assumed (electroneutral exchange), not measured");

    /// <summary>E. coli's F₁F₀ ATP synthase: a c₁₀ ring, 10 H⁺ in per 3 ATP made (3.33 H⁺/ATP).</summary>
    public static Transporter EscherichiaColiAtpSynthase { get; } = FTypeAtpSynthase(
        Ions.Hydrogen, 10, 3,
        "E. coli F-ATP synthase",
        "Jiang, W., Hermolin, J. and Fillingame, R. H. (2001) The preferred stoichiometry of c subunits in the rotary motor sector of Escherichia coli ATP synthase is 10. PNAS 98, 4966–4971");

    /// <summary>The bovine mitochondrial F₁F₀ ATP synthase: a c₈ ring, 8 H⁺ into the matrix per 3 ATP made (2.67 H⁺/ATP).</summary>
    public static Transporter MitochondrialAtpSynthase { get; } = FTypeAtpSynthase(
        Ions.Hydrogen, 8, 3,
        "mitochondrial F-ATP synthase",
        "Watt, I. N., Montgomery, M. G., Runswick, M. J., Leslie, A. G. W. and Walker, J. E. (2010) Bioenergetic cost of making an adenosine triphosphate molecule in animal mitochondria. PNAS 107, 16823–16827");

    /// <summary>The Na⁺-coupled F₁F₀ ATP synthase of <i>Ilyobacter tartaricus</i>: a c₁₁ ring, 11 Na⁺ in per 3 ATP made.</summary>
    public static Transporter IlyobacterAtpSynthase { get; } = FTypeAtpSynthase(
        Ions.Sodium, 11, 3,
        "Ilyobacter Na⁺-F-ATP synthase",
        "Meier, T., Polzer, P., Diederichs, K., Welte, W. and Dimroth, P. (2005) Structure of the rotor ring of F-type Na⁺-ATPase from Ilyobacter tartaricus. Science 308, 659–662");

    /// <summary>A V-type H⁺-ATPase: <paramref name="protonsPerAtp"/> H⁺ into the lumen (inside) per ATP hydrolysed in the cytosol.</summary>
    /// <param name="protonsPerAtp">H⁺ per ATP; &gt; 0. The default 2 is the coupling ratio measured at large ΔpH (about 4 units); it rises above 4 near ΔpH = 0.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A count ≤ 0.</exception>
    public static Transporter VAtpase(int protonsPerAtp = 2)
    {
        Positive(protonsPerAtp, nameof(protonsPerAtp));
        return new Transporter(
            "V-ATPase",
            new Stoichiometry((Ions.Hydrogen, protonsPerAtp)).WithReaction(AtpHydrolysis.Reaction, 1),
            "Kettner, C., Bertl, A., Obermeyer, G., Slayman, C. and Bihler, H. (2003) Electrophysiological analysis of the yeast V-type proton pump: variable coupling ratio and proton shunt. Biophys. J. 85, 3730–3738 (about 2 H⁺/ATP at ΔpH ≈ 4, rising above 4 near ΔpH 0)");
    }

    /// <summary>
    /// An F-type ATP synthase: <paramref name="ionsPerRevolution"/> coupling ions in (one per c subunit of its rotor
    /// ring) per <paramref name="atpPerRevolution"/> ATP made; ions per ATP = c/3 for the usual three catalytic sites.
    /// </summary>
    /// <param name="couplingIon">H⁺ or Na⁺.</param>
    /// <param name="ionsPerRevolution">Ions in per revolution (c-ring size, 8–15); &gt; 0.</param>
    /// <param name="atpPerRevolution">ATP made per revolution, 3 for F₁; &gt; 0.</param>
    /// <param name="name">A name; "F-ATP synthase" when null (the stoichiometry shows the ring).</param>
    /// <param name="citation">The source of the ring size; a general one when null.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A count ≤ 0.</exception>
    public static Transporter FTypeAtpSynthase(Ion couplingIon, int ionsPerRevolution, int atpPerRevolution = 3, string? name = null, string? citation = null)
    {
        System.ArgumentNullException.ThrowIfNull(couplingIon);
        Positive(ionsPerRevolution, nameof(ionsPerRevolution));
        Positive(atpPerRevolution, nameof(atpPerRevolution));
        return new Transporter(
            name ?? "F-ATP synthase",
            new Stoichiometry((couplingIon, ionsPerRevolution)).WithReaction(AtpHydrolysis.Reaction, -atpPerRevolution),
            citation ?? "Nicholls, D. G. and Ferguson, S. J. (2013) Bioenergetics 4, Academic Press, ch. 7 (c-ring sizes 8–15; ions per ATP = c/3)");
    }

    /// <summary>A PMCA-type plasma-membrane Ca²⁺-ATPase: 1 Ca²⁺ out and <paramref name="protonsPerCalcium"/> H⁺ in per ATP.</summary>
    /// <param name="protonsPerCalcium">H⁺ countertransported per Ca²⁺; ≥ 0. The default 2 makes the pump electroneutral, as measured in neurones.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A negative count.</exception>
    public static Transporter Pmca(int protonsPerCalcium = 2)
    {
        NonNegative(protonsPerCalcium, nameof(protonsPerCalcium));
        var ions = protonsPerCalcium == 0
            ? new Stoichiometry((Ions.Calcium, -1))
            : new Stoichiometry((Ions.Calcium, -1), (Ions.Hydrogen, protonsPerCalcium));
        return new Transporter(
            "PMCA",
            ions.WithReaction(AtpHydrolysis.Reaction, 1),
            "Thomas, R. C. (2009) The plasma membrane calcium ATPase (PMCA) of neurones is electroneutral and exchanges 2 H⁺ for each Ca²⁺ or Ba²⁺ ion extruded. J. Physiol. 587, 315–327");
    }

    /// <summary>A SERCA-type Ca²⁺-ATPase: 2 Ca²⁺ into the lumen (inside) and <paramref name="protonsPerCycle"/> H⁺ out of it per ATP.</summary>
    /// <param name="protonsPerCycle">H⁺ countertransported per cycle (per 2 Ca²⁺); ≥ 0. Default 2 (one per Ca²⁺), so z_net = +2.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A negative count.</exception>
    public static Transporter Serca(int protonsPerCycle = 2)
    {
        NonNegative(protonsPerCycle, nameof(protonsPerCycle));
        var ions = protonsPerCycle == 0
            ? new Stoichiometry((Ions.Calcium, 2))
            : new Stoichiometry((Ions.Calcium, 2), (Ions.Hydrogen, -protonsPerCycle));
        return new Transporter(
            "SERCA",
            ions.WithReaction(AtpHydrolysis.Reaction, 1),
            "Yu, X., Carroll, S., Rigaud, J.-L. and Inesi, G. (1993) H⁺ countertransport and electrogenicity of the sarcoplasmic reticulum Ca²⁺ pump in reconstituted proteoliposomes. Biophys. J. 64, 1232–1242 (one H⁺ per Ca²⁺; 2 Ca²⁺ per ATP)");
    }

    private static Transporter Nbce1(int bicarbonate) => new(
        string.Create(CultureInfo.InvariantCulture, $"NBCe1 1:{bicarbonate}"),
        new Stoichiometry((Ions.Sodium, 1), (Ions.Bicarbonate, bicarbonate)),
        "Gross, E. et al. (2001) The stoichiometry of the electrogenic sodium bicarbonate cotransporter NBC1 is cell-type dependent. J. Physiol. 531, 597–603 " +
        "(1:2 in pancreatic duct cells, 1:3 in proximal tubule cells); Boron, W. F. and Boulpaep, E. L. (1983) J. Gen. Physiol. 81, 53–94");

    private static void Positive(int count, string parameterName)
    {
        Guard.GreaterThan(count, 0, parameterName, "whole number of ions per cycle");
    }

    private static void NonNegative(int count, string parameterName)
    {
        Guard.NonNegativeFinite(count, parameterName, "whole number of ions per cycle");
    }
}
