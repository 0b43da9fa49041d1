using System;
using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The ready physiological models by name, each runnable with its cited defaults in one call and returning the same
/// shape of result (<see cref="ModelRun"/>), so a command-line tool or a notebook can list and run them.
/// For changed parameters use the model types themselves (e.g. <c>PotassiumBufferingModel.Default with { … }</c>).
/// </summary>
public static class ReadyModels
{
    /// <summary>Every ready model: K⁺ buffering, ischaemia, chloride and the GABA switch, endosome acidification, cardiac NCX, plant salt stress, bacterial energetics.</summary>
    public static IReadOnlyList<ReadyModel> All { get; } =
    [
        new("potassium-buffering",
            "Neuron – extracellular space – astrocyte K⁺: a mammalian neuron firing into α = 0.2 ECS shared with an astrocyte (Kir, pump, saturable buffer); [K⁺]o peak, impulses and E_K depolarisation with weak versus strong buffering",
            "Gentiletti et al. 2022; Syková & Nicholson 2008; Øyehaug et al. 2012; Halnes et al. 2013; Kager, Wadman & Somjen 2000",
            () => PotassiumBufferingModel.Default.Run().ToModelRun("potassium-buffering")),
        new("ischaemia",
            "Ischaemia / pump failure in a pump–leak neuron with Na⁺/K⁺ channels and volume: firing, depolarisation block, NCX reversal, Ca²⁺ loading, swelling",
            "Dijkstra, Hofmeijer, van Gils & van Putten 2016; Kager, Wadman & Somjen 2000; Gentiletti et al. 2022; Luo & Rudy 1994",
            () => IschaemiaModel.Default.Run().ToModelRun("ischaemia")),
        new("chloride-gaba-switch",
            "Chloride homeostasis and the GABA switch: NKCC1 versus KCC2 set [Cl⁻]i and E_Cl; immature, mature, along a dendrite, and in a whole pump–leak cell with E_GABA",
            "Doyon et al. 2011; Düsterwald et al. 2018; Kuner & Augustine 2000; Hille 2001; Luo & Rudy 1994; Bormann, Hamill & Sakmann 1987",
            () => ChlorideHomeostasisModel.Default.Run().ToModelRun("chloride-gaba-switch")),
        new("endosome-acidification",
            "Endosome / lysosome acidification: V-ATPase, H⁺ leak, buffer and Donnan particles, without and with a Cl⁻ shunt",
            "Grabe & Oster 2001; Ishida, Nayak, Mindell & Grabe 2013",
            () => EndosomeAcidificationModel.Default.Run().ToModelRun("endosome-acidification")),
        new("cardiac-ncx",
            "Cardiac NCX in diastole: raised [Na⁺]i shifts E_NCX negative; direction and Ca²⁺ extrusion at a diastolic potential",
            "Luo & Rudy 1994; Despa et al. 2002; Bers 2001",
            () => CardiacNcxModel.Default.Run().ToModelRun("cardiac-ncx")),
        new("plant-salt-stress",
            "Plant salt stress: a Ca²⁺ signature decoded by SOS3–SOS2 (CBL–CIPK) switches on SOS1; cytosolic K⁺/Na⁺ with and without it, and with vacuolar NHX",
            "Qiu et al. 2002; Zhu 2016; De Koninck & Schulman 1998; Maathuis & Amtmann 1999; Blumwald & Poole 1985; Apse et al. 1999",
            () => SaltStressModel.Default.Run().ToModelRun("plant-salt-stress")),
        new("bacterial-energetics",
            "Bacterial energetics: NQR Na⁺ pumping and H⁺ pumping, NhaA coupling SMF and PMF, a Na⁺-coupled ATP synthase; steady state",
            "Skulachev 1988; Juárez & Barquera 2012; Puustinen et al. 1991; Taglicht, Padan & Schuldiner 1993; Meier et al. 2005",
            () => BacterialEnergeticsModel.Default.Run().ToModelRun("bacterial-energetics")),
    ];

    /// <summary>The names of every ready model.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(m => m.Name).ToArray();

    /// <summary>The model named <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">No model has that name.</exception>
    public static ReadyModel Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw Guard.Invalid(nameof(name), $"'{name}'", $"one of {string.Join(", ", Names)}");
    }

    /// <summary>Runs the model named <paramref name="name"/> with its default parameters.</summary>
    /// <param name="name">One of <see cref="Names"/> (case-insensitive).</param>
    /// <returns>Its recordings and headline numbers.</returns>
    /// <exception cref="ArgumentException">No model has that name.</exception>
    public static ModelRun Run(string name) => Find(name).Run();
}
