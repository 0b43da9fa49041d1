using System;
using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// An immutable description of a single isopotential compartment: specific membrane capacitance, channels,
/// the inside and outside concentrations that ion-selective channels read, injected current steps, and optionally
/// an ideal voltage clamp. Built by <see cref="Create"/> and <c>With…</c> calls; compiled by <see cref="Simulation"/>.
/// </summary>
/// <remarks>
/// The membrane equation C dV/dt = I_injected − Σ I_channel (Hodgkin and Huxley 1952, <i>J. Physiol.</i> 117,
/// 500–544, eq. 26 for a space-clamped axon), all per unit area. Every argument is checked when it is added.
/// Immutable and thread-safe.
/// </remarks>
public sealed class CellModel
{
    // The parts live in init-only properties so that each With… call copies the description and replaces one part.
    private Channel[] ChannelArray { get; init; }
    private CurrentStep[] StepArray { get; init; } = [];
    private ClampStep[] ClampStepArray { get; init; } = [];
    private SynapticInput[] SynapseArray { get; init; } = [];
    private OutsideUptake[] UptakeArray { get; init; } = [];
    private TransportKinetics[] TransportArray { get; init; } = [];
    private FastBuffer[] BufferArray { get; init; } = [];

    private CellModel(SpecificCapacitance capacitance, Channel[] channels)
    {
        Capacitance = capacitance;
        ChannelArray = channels;
    }

    /// <summary>A copy of <paramref name="other"/>, for a With… call to change one part of.</summary>
    private CellModel(CellModel other)
    {
        Capacitance = other.Capacitance;
        ChannelArray = other.ChannelArray;
        Inside = other.Inside;
        Outside = other.Outside;
        StepArray = other.StepArray;
        ClampHolding = other.ClampHolding;
        ClampStepArray = other.ClampStepArray;
        SynapseArray = other.SynapseArray;
        Pools = other.Pools;
        UptakeArray = other.UptakeArray;
        TransportArray = other.TransportArray;
        BufferArray = other.BufferArray;
        Water = other.Water;
        Astrocyte = other.Astrocyte;
    }

    /// <summary>The specific membrane capacitance.</summary>
    public SpecificCapacitance Capacitance { get; }

    /// <summary>The channels, in order.</summary>
    public IReadOnlyList<Channel> Channels => ChannelArray;

    /// <summary>The inside concentrations (read by channels with an ion).</summary>
    public Solution Inside { get; private init; } = Solution.Empty;

    /// <summary>The outside concentrations (read by channels with an ion).</summary>
    public Solution Outside { get; private init; } = Solution.Empty;

    /// <summary>The injected current steps.</summary>
    public IReadOnlyList<CurrentStep> CurrentSteps => StepArray;

    /// <summary>The voltage clamp's holding potential; null when V is free.</summary>
    public ElectricPotential? ClampHolding { get; private init; }

    /// <summary>The voltage clamp's command steps.</summary>
    public IReadOnlyList<ClampStep> ClampSteps => ClampStepArray;

    /// <summary>The volumes whose concentrations the currents change; null when every concentration is fixed.</summary>
    public IonPools? Pools { get; private init; }

    /// <summary>The saturable removal of ions from the outside volume (e.g. astrocytic K⁺ uptake).</summary>
    public IReadOnlyList<OutsideUptake> OutsideUptakes => UptakeArray;

    /// <summary>The transporters and pumps with rate laws (<see cref="WithTransport"/>), in order.</summary>
    public IReadOnlyList<TransportKinetics> Transports => TransportArray;

    /// <summary>The fast Ca²⁺ (or other) buffers of the cytoplasm (<see cref="WithFastBuffer"/>).</summary>
    public IReadOnlyList<FastBuffer> FastBuffers => BufferArray;

    /// <summary>The osmotic water flow that changes the cell's volume; null when the volume is fixed.</summary>
    public OsmoticWater? Water { get; private init; }

    /// <summary>The astrocyte sharing the closed outside volume (<see cref="WithAstrocyte"/>); null when there is none.</summary>
    public Astrocyte? Astrocyte { get; private init; }

    /// <summary>The ligand-gated inputs with their event trains.</summary>
    public IReadOnlyList<SynapticInput> Synapses => SynapseArray;

    /// <summary>A compartment with the given capacitance and channels, no concentrations, no stimuli.</summary>
    /// <param name="capacitance">C_m; finite and &gt; 0.</param>
    /// <param name="channels">The channels.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException">The channels or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">C_m is not finite and &gt; 0.</exception>
    public static CellModel Create(SpecificCapacitance capacitance, IEnumerable<Channel> channels)
    {
        Guard.PositiveFinite(capacitance, nameof(capacitance));
        ArgumentNullException.ThrowIfNull(channels);
        var array = channels.ToArray();
        foreach (var channel in array)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
        }

        return new(capacitance, array);
    }

    /// <summary>The Hodgkin–Huxley (1952) squid axon membrane: 1 µF/cm², Na⁺, K⁺ and leak (<see cref="HodgkinHuxley1952"/>).</summary>
    /// <returns>The description.</returns>
    public static CellModel HodgkinHuxley() => Create(HodgkinHuxley1952.Capacitance, HodgkinHuxley1952.Channels);

    /// <summary>Adds a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">The channel is null.</exception>
    public CellModel WithChannel(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new CellModel(this) { ChannelArray = [.. ChannelArray, channel] };
    }

    /// <summary>Sets the inside and outside concentrations.</summary>
    /// <param name="inside">The cytoplasm.</param>
    /// <param name="outside">The bath.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">A solution is null.</exception>
    public CellModel WithConcentrations(Solution inside, Solution outside)
    {
        ArgumentNullException.ThrowIfNull(inside);
        ArgumentNullException.ThrowIfNull(outside);
        return new CellModel(this) { Inside = inside, Outside = outside };
    }

    /// <summary>The same description without its current steps (the compartments of a cable other than the stimulated one).</summary>
    internal CellModel WithoutCurrentSteps() => new(this) { StepArray = [] };

    /// <summary>Adds an injected current step (positive into the cell).</summary>
    /// <param name="step">The step; start ≥ 0, length ≥ 0, amplitude finite.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">The step is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public CellModel WithCurrentStep(CurrentStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Guard.NonNegativeFinite(step.Start, $"{nameof(step)}.{nameof(CurrentStep.Start)}");
        Guard.NonNegativeFinite(step.Length, $"{nameof(step)}.{nameof(CurrentStep.Length)}");
        Guard.Finite(step.Amplitude, $"{nameof(step)}.{nameof(CurrentStep.Amplitude)}");
        return new CellModel(this) { StepArray = [.. StepArray, step] };
    }

    /// <summary>Puts the compartment under an ideal voltage clamp: V follows the command exactly, and the simulation
    /// reports the ionic current the clamp must supply (capacitive transients excluded, as after P/N subtraction).</summary>
    /// <param name="holding">The holding potential between steps; finite.</param>
    /// <param name="steps">The command steps; where they overlap the later one wins.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">A step is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A potential or time is out of range.</exception>
    public CellModel WithVoltageClamp(ElectricPotential holding, params ClampStep[] steps)
    {
        Guard.Finite(holding, nameof(holding));
        ArgumentNullException.ThrowIfNull(steps);
        foreach (var step in steps)
        {
            ArgumentNullException.ThrowIfNull(step, nameof(steps));
            Guard.NonNegativeFinite(step.Start, $"{nameof(steps)}[].{nameof(ClampStep.Start)}");
            Guard.NonNegativeFinite(step.Length, $"{nameof(steps)}[].{nameof(ClampStep.Length)}");
            Guard.Finite(step.Potential, $"{nameof(steps)}[].{nameof(ClampStep.Potential)}");
        }

        return new CellModel(this) { ClampHolding = holding, ClampStepArray = (ClampStep[])steps.Clone() };
    }

    /// <summary>Adds a ligand-gated conductance driven by a train of presynaptic events (each of unit weight: a lone
    /// event's conductance peaks at ḡ or P̄; events superpose linearly).</summary>
    /// <param name="synapse">The synapse.</param>
    /// <param name="events">The event times from t = 0, each finite and ≥ 0, in any order (ignored by a constant synapse).</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An event time is negative or not finite.</exception>
    public CellModel WithSynapse(Synapse synapse, IEnumerable<Duration> events)
    {
        ArgumentNullException.ThrowIfNull(synapse);
        ArgumentNullException.ThrowIfNull(events);
        var times = events.ToArray();
        foreach (var t in times)
        {
            Guard.NonNegativeFinite(t, nameof(events));
        }

        Array.Sort(times);
        return new CellModel(this) { SynapseArray = [.. SynapseArray, new SynapticInput(synapse, times)] };
    }

    /// <summary>
    /// Lets the currents move ions: the ions carried by ion-selective and GHK channels and synapses change the inside
    /// concentrations (and the outside ones, when an outside volume is given) by d c_in/dt = −I A/(z F V_in) and
    /// d c_out/dt = +I A/(z F V_out), so E_ion and the GHK currents follow. Channels with a fixed reversal carry no ion.
    /// </summary>
    /// <param name="membraneArea">The membrane area A; finite and &gt; 0.</param>
    /// <param name="insideVolume">The cell's volume V_in; finite and &gt; 0.</param>
    /// <param name="outsideVolume">A closed extracellular volume V_out; null for a bath whose concentrations stay fixed.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is not finite and &gt; 0.</exception>
    public CellModel WithPools(Area membraneArea, Volume insideVolume, Volume? outsideVolume)
    {
        Guard.PositiveFinite(membraneArea, nameof(membraneArea));
        Guard.PositiveFinite(insideVolume, nameof(insideVolume));
        if (outsideVolume is { } v)
        {
            Guard.PositiveFinite(v, nameof(outsideVolume));
        }

        return new CellModel(this) { Pools = new IonPools(membraneArea, insideVolume, outsideVolume) };
    }

    /// <summary>
    /// Adds a saturable uptake of <paramref name="ion"/> from the closed outside volume (astrocytic K⁺ clearance, say),
    /// removing the excess over the starting outside concentration c₀:
    /// d c_out/dt = −(A/V_out) J_max [c/(c + K_d) − c₀/(c₀ + K_d)], zero at c₀ and saturating at J_max for c ≫ K_d
    /// (the saturable glial uptake of Kager, H., Wadman, W. J. and Somjen, G. G. (2000) Simulated seizures and
    /// spreading depression in a neuron model incorporating interstitial space and ion concentrations.
    /// <i>J. Neurophysiol.</i> 84, 495–512, with its resting balance made explicit). Needs pools with an outside volume.
    /// Advanced by explicit Euler each step (first order; stable while Δt (A/V_out) J_max/K_d ≪ 1).
    /// </summary>
    /// <param name="ion">The ion removed; a channel or synapse must involve it.</param>
    /// <param name="maximalFlux">J_max, per unit area of this cell's membrane; finite and ≥ 0.</param>
    /// <param name="halfSaturation">K_d; finite and &gt; 0.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">The ion is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">J_max or K_d is out of range.</exception>
    public CellModel WithOutsideUptake(Ion ion, MolarFlux maximalFlux, Concentration halfSaturation)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.NonNegativeFinite(maximalFlux, nameof(maximalFlux));
        Guard.PositiveFinite(halfSaturation, nameof(halfSaturation));
        return new CellModel(this) { UptakeArray = [.. UptakeArray, new OutsideUptake(ion, maximalFlux, halfSaturation)] };
    }

    /// <summary>
    /// Adds a transporter or pump with a rate law: its cycle rate J (<see cref="TransportKinetics.CycleRate"/>) at the
    /// live V and concentrations carries the outward current −z_net F J through the membrane equation and, with pools,
    /// moves each species it carries by exactly its count per cycle (−n J outward), so every ion it moves is accounted
    /// for in the pools and every charge in V.
    /// </summary>
    /// <remarks>
    /// The model must hold inside and outside concentrations (&gt; 0) of every species the transporter moves
    /// (<see cref="WithConcentrations"/>); they become state like those of channels. In <see cref="Simulation"/> an
    /// electrogenic transporter's current enters the V update linearised about the old V (as a GHK channel's), an
    /// electroneutral one moves ions only.
    /// </remarks>
    /// <param name="kinetics">The rate law, e.g. <see cref="NcxKinetics.LuoRudy1994"/> or <see cref="FreeEnergyKinetics.Kcc2"/>.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">The rate law is null.</exception>
    public CellModel WithTransport(TransportKinetics kinetics)
    {
        ArgumentNullException.ThrowIfNull(kinetics);
        return new CellModel(this) { TransportArray = [.. TransportArray, kinetics] };
    }

    /// <summary>
    /// Adds a fast, immobile buffer of <paramref name="ion"/> in the cytoplasm, always at equilibrium with the free ion
    /// (the rapid buffer approximation of Wagner, J. and Keizer, J. (1994) Effects of rapid buffers on Ca²⁺ diffusion and
    /// Ca²⁺ oscillations. <i>Biophys. J.</i> 67, 447–456): bound b = B_T c/(c + K_d). Ions that cross the membrane change
    /// the total c + b; the free c that channels, transporters and E_ion read is the root of
    /// c + B_T c/(c + K_d) = total, so each ion entering raises c by the fraction β = 1/(1 + B_T K_d/(K_d + c)²) of the
    /// unbuffered rise, as in Wagner and Keizer's reduced equation. The inside concentration given is the free one.
    /// </summary>
    /// <param name="ion">The buffered ion; a channel, synapse or transporter must involve it, and the model needs pools.</param>
    /// <param name="total">B_T, the buffer's total concentration; finite and ≥ 0.</param>
    /// <param name="dissociationConstant">K_d; finite and &gt; 0.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">The ion is null.</exception>
    /// <exception cref="ArgumentException">The ion is already buffered.</exception>
    /// <exception cref="ArgumentOutOfRangeException">B_T or K_d is out of range.</exception>
    public CellModel WithFastBuffer(Ion ion, Concentration total, Concentration dissociationConstant)
    {
        ArgumentNullException.ThrowIfNull(ion);
        Guard.NonNegativeFinite(total, nameof(total));
        Guard.PositiveFinite(dissociationConstant, nameof(dissociationConstant));
        if (BufferArray.Any(b => b.Ion.Equals(ion)))
        {
            throw Guard.Invalid(nameof(ion), $"{ion.Name}, already buffered", "an ion not yet buffered (merge the buffers)");
        }

        return new CellModel(this) { BufferArray = [.. BufferArray, new FastBuffer(ion, total, dissociationConstant)] };
    }

    /// <summary>
    /// Lets the cell's volume follow osmotic water flow, J_v = P_f A v̄_w (Σc_in − Σc_out) into the cell (ideal van 't Hoff
    /// osmolarities, v̄_w = 18.07 cm³/mol), with every concentration diluted or concentrated by the volume change so that
    /// amounts are unchanged; a closed outside volume loses the water the cell gains. Membrane area stays fixed.
    /// </summary>
    /// <remarks>
    /// The form of Hoffmann, E. K., Lambert, I. H. and Pedersen, S. F. (2009) Physiology of cell volume regulation in
    /// vertebrates. <i>Physiol. Rev.</i> 89, 193–277, as used with ion dynamics by Dijkstra, K., Hofmeijer, J.,
    /// van Gils, S. A. and van Putten, M. J. A. M. (2016) A biophysical model for cytotoxic cell swelling.
    /// <i>J. Neurosci.</i> 36, 11881–11890. The osmolarity inside counts the free ions the simulation moves, the buffer
    /// molecules, the species of the inside solution no channel carries, and the impermeant solutes X (mostly anionic
    /// macromolecules and metabolites); when X is not given it is set so the starting cell is at osmotic balance.
    /// Advanced by explicit Euler each step (stable while Δt P_f A v̄_w Σc/V ≪ 1).
    /// </remarks>
    /// <param name="osmoticPermeability">P_f; finite and ≥ 0.</param>
    /// <param name="impermeant">The inside concentration of X at the start; null to balance the starting osmolarities.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">P_f or X is out of range.</exception>
    public CellModel WithOsmoticVolume(Permeability osmoticPermeability, Concentration? impermeant = null)
    {
        Guard.NonNegativeFinite(osmoticPermeability, nameof(osmoticPermeability));
        if (impermeant is { } x)
        {
            Guard.NonNegativeFinite(x, nameof(impermeant));
        }

        return new CellModel(this) { Water = new OsmoticWater(osmoticPermeability, impermeant) };
    }

    /// <summary>
    /// Lets an astrocyte share the closed outside volume: its Kir channel, leaks and pump exchange ions with that volume
    /// at its own membrane potential, and its buffer binds K⁺ from it (see <see cref="Dynamics.Astrocyte"/>). Needs pools
    /// with an outside volume; every ion the astrocyte's pathways carry must be one a channel, synapse or transporter of
    /// this cell involves. Replaces an astrocyte given before.
    /// </summary>
    /// <remarks>
    /// In <see cref="Simulation.Step"/> the astrocyte is advanced after the cell's own ions have moved, with the same
    /// scheme as the cell (currents linearised about the old V_g, V_g by backward Euler, ions moved by the currents at the
    /// new V_g) and the buffer by explicit Euler. <see cref="Simulation.AdvanceQuasiSteady(Duration, double)"/> holds V_g where its membrane
    /// current vanishes and integrates its ions and buffer with the cell's.
    /// </remarks>
    /// <param name="astrocyte">The astrocyte.</param>
    /// <returns>A new description.</returns>
    /// <exception cref="ArgumentNullException">The astrocyte or a part of it is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size, potential or constant is out of range.</exception>
    /// <exception cref="ArgumentException">A leak is gated or not ion-selective.</exception>
    public CellModel WithAstrocyte(Astrocyte astrocyte)
    {
        ArgumentNullException.ThrowIfNull(astrocyte);
        astrocyte.Validate(nameof(astrocyte));
        return new CellModel(this) { Astrocyte = astrocyte };
    }
}
