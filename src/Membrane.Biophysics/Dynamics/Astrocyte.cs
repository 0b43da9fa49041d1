using System;
using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// An astrocyte that shares a cell's closed extracellular space (<see cref="CellModel.WithAstrocyte"/>): a passive,
/// isopotential compartment with its own membrane potential V_g, cytoplasm and membrane area, whose Kir channel,
/// ungated leaks and Na⁺/K⁺ pump exchange ions with the extracellular space, and whose saturable buffer
/// (<see cref="GlialPotassiumBuffer"/>) binds K⁺ from it.
/// </summary>
/// <remarks>
/// C_g dV_g/dt = −(I_Kir + Σ I_leak + I_pump) per unit glial membrane area, no injected current; every current moves its
/// ions between the astrocyte's cytoplasm (fixed volume) and the extracellular space, by Faraday's law as the cell's own
/// currents do, so ions and charge are conserved across cell, extracellular space and astrocyte. The astrocyte is one
/// well-mixed compartment: the K⁺ it takes up stays in it (no syncytium carrying it away: spatial buffering to distant
/// regions is not modelled). Immutable and thread-safe.
/// </remarks>
/// <param name="MembraneArea">The astrocyte's membrane area facing the extracellular space.</param>
/// <param name="Volume">Its cytoplasmic volume (fixed).</param>
/// <param name="Cytoplasm">Its inside concentrations of every ion its pathways carry.</param>
/// <param name="InitialPotential">V_g at t = 0.</param>
public sealed record Astrocyte(Area MembraneArea, Volume Volume, Solution Cytoplasm, ElectricPotential InitialPotential)
{
    /// <summary>The membrane's specific capacitance; default 1 µF/cm².</summary>
    public SpecificCapacitance Capacitance { get; init; } = SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1);

    /// <summary>The inward-rectifier K⁺ conductance; default none.</summary>
    public GlialInwardRectifier? Kir { get; init; }

    /// <summary>Ungated channels (leaks) selective for one ion, ohmic or GHK; default none.</summary>
    public IReadOnlyList<Channel> Leaks { get; init; } = [];

    /// <summary>The Na⁺/K⁺ pump or any transporter with a rate law; default none.</summary>
    public TransportKinetics? Pump { get; init; }

    /// <summary>The saturable K⁺ buffer; default none.</summary>
    public GlialPotassiumBuffer? Buffer { get; init; }

    /// <summary>Checks every field.</summary>
    internal void Validate(string name)
    {
        Guard.PositiveFinite(MembraneArea, $"{name}.{nameof(MembraneArea)}");
        Guard.PositiveFinite(Volume, $"{name}.{nameof(Volume)}");
        ArgumentNullException.ThrowIfNull(Cytoplasm, $"{name}.{nameof(Cytoplasm)}");
        Guard.Finite(InitialPotential, $"{name}.{nameof(InitialPotential)}");
        Guard.PositiveFinite(Capacitance, $"{name}.{nameof(Capacitance)}");
        ArgumentNullException.ThrowIfNull(Leaks, $"{name}.{nameof(Leaks)}");
        foreach (var leak in Leaks)
        {
            ArgumentNullException.ThrowIfNull(leak, $"{name}.{nameof(Leaks)}");
            if (leak.Gates.Count > 0 || leak.Ion is null)
            {
                throw Guard.Invalid(name, $"'{leak.Name}' with {Guard.Format(leak.Gates.Count)} gates and {(leak.Ion is null ? "a fixed reversal" : leak.Ion.Name)}", $"an astrocyte whose {name}.{nameof(Leaks)} are ungated channels selective for one ion");
            }
        }

        Buffer?.Validate($"{name}.{nameof(Buffer)}");
    }
}
