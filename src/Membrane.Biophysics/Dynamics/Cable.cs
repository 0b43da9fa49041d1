using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// An unbranched cylindrical cable of N equal compartments, each with the membrane of a <see cref="CellModel"/>,
/// coupled by the axial resistance of the cytoplasm; sealed ends. Stepped with Rush–Larsen gates and backward Euler
/// in V solved as one tridiagonal system per step (O(N), the unbranched case of Hines' method).
/// </summary>
/// <remarks>
/// <para>
/// The cable equation discretised by compartments (cell-centred finite volumes, as NEURON's <c>nseg</c>): for
/// compartment i of area a = π d Δx and neighbours coupled by g_a = π d²/(4 R_a Δx),
/// C a dVᵢ/dt = −a I_ion,i + a I_inj,i + g_a (V_{i−1} − Vᵢ) + g_a (V_{i+1} − Vᵢ), a missing neighbour contributing
/// nothing (sealed end). Rall, W. (1989) Cable theory for dendritic neurons, in <i>Methods in Neuronal Modeling</i>
/// (Koch and Segev, eds.), MIT Press; the implicit tridiagonal solve is Hines, M. (1984) Efficient computation of
/// branched nerve equations. <i>Int. J. Biomed. Comput.</i> 15, 69–76, which for an unbranched cable is the Thomas
/// algorithm. Each step: gates by Rush–Larsen at the old V, then (C/Δt + G_i + coupling) V′ − coupling·V′_{neighbours}
/// = C V/Δt + I_inj − J_i, with G_i, J_i the ohmic linearisation of <see cref="Simulation"/>. First order in Δt,
/// second order in Δx.
/// </para>
/// <para>
/// The model's channels must be ohmic (fixed reversal, or the Nernst potential of fixed concentrations, which may
/// differ from compartment to compartment: a Cl⁻ gradient along a dendrite); its current steps (densities) are
/// injected into one chosen compartment. Synapses, clamps, pools, pumps and GHK
/// channels are refused with <see cref="ArgumentException"/> naming the model: per-segment ion pools are not implemented yet.
/// Allocation-free per step; not thread-safe; the running state lives in arrays held by read-only fields.
/// </para>
/// <para>
/// The compartments are those of the library's one compartment kernel (<c>Kernel/CompartmentKernel.cs</c>), which a
/// <see cref="Simulation"/>, a <see cref="Population"/> and a <see cref="CableTree"/> run too: each channel's gates are
/// one block over every compartment, HH 1952 gates vectorised across consecutive compartments as across the cells of a
/// population, and the V update is the tree's Hines solve, which for an unbranched cable is the Thomas algorithm.
/// </para>
/// </remarks>
public sealed class Cable
{
    private readonly int _n;
    private readonly double _dt;
    private readonly CompartmentKernel _k;

    /// <summary>Compiles a cable.</summary>
    /// <param name="membrane">The membrane of every compartment (ohmic channels; its current steps go to <paramref name="stimulatedCompartment"/>).</param>
    /// <param name="compartments">N ≥ 1.</param>
    /// <param name="length">The cable's length; finite and &gt; 0.</param>
    /// <param name="diameter">Its diameter; finite and &gt; 0.</param>
    /// <param name="axialResistivity">R_a of the cytoplasm (NEURON's default 35.4 Ω·cm); finite and &gt; 0.</param>
    /// <param name="stimulatedCompartment">The compartment the model's current steps are injected into.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="timeStep">Δt; finite and &gt; 0.</param>
    /// <param name="initialPotential">V at t = 0 everywhere, gates at their steady state there.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    /// <exception cref="ArgumentException">A channel needs concentrations the model lacks, or the model has something the cable does not simulate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public Cable(CellModel membrane, int compartments, Length length, Length diameter, ElectricalResistivity axialResistivity, int stimulatedCompartment, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, ConstantSet? constants = null)
        : this(membrane, compartments, length, diameter, axialResistivity, stimulatedCompartment, temperature, timeStep, initialPotential, null, constants)
    {
    }

    /// <summary>Compiles a cable whose compartments have their own inside concentrations (so E_ion varies along it).</summary>
    /// <param name="membrane">The membrane of every compartment (ohmic channels; its current steps go to <paramref name="stimulatedCompartment"/>).</param>
    /// <param name="compartments">N ≥ 1.</param>
    /// <param name="length">The cable's length; finite and &gt; 0.</param>
    /// <param name="diameter">Its diameter; finite and &gt; 0.</param>
    /// <param name="axialResistivity">R_a of the cytoplasm; finite and &gt; 0.</param>
    /// <param name="stimulatedCompartment">The compartment the model's current steps are injected into.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="timeStep">Δt; finite and &gt; 0.</param>
    /// <param name="initialPotential">V at t = 0 everywhere, gates at their steady state there.</param>
    /// <param name="insideByCompartment">Each compartment's inside solution (N of them), read by ion-selective channels
    /// in place of the model's <see cref="CellModel.Inside"/>; null to use the model's everywhere. Fixed in time.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    /// <exception cref="ArgumentException">A channel needs concentrations that are missing, the profile has the wrong length, or the model has something the cable does not simulate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public Cable(CellModel membrane, int compartments, Length length, Length diameter, ElectricalResistivity axialResistivity, int stimulatedCompartment, Temperature temperature, Duration timeStep, ElectricPotential initialPotential, IReadOnlyList<Species.Solution>? insideByCompartment, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(membrane);
        Guard.AtLeast(compartments, 1, nameof(compartments), "compartment");

        Guard.Index(stimulatedCompartment, compartments, nameof(stimulatedCompartment), "compartment");

        Guard.PositiveFinite(length, nameof(length));
        Guard.PositiveFinite(diameter, nameof(diameter));
        Guard.PositiveFinite(axialResistivity, nameof(axialResistivity));

        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        Guard.PositiveFinite(timeStep, nameof(timeStep));
        Guard.Finite(initialPotential, nameof(initialPotential));
        if (membrane.Synapses.Count > 0 || membrane.ClampHolding is not null || membrane.Pools is not null || membrane.OutsideUptakes.Count > 0 || membrane.Transports.Count > 0 || membrane.FastBuffers.Count > 0 || membrane.Water is not null)
        {
            throw Guard.Invalid(nameof(membrane), $"a model with {Population.Unsimulated(membrane)}", "a model of ohmic channels and current steps only, what a cable simulates (per-segment synapses, clamps, pools, buffers, osmotic volume, pumps, transporters and uptake are not implemented)");
        }

        if (membrane.Channels.FirstOrDefault(c => c.Law != Channels.CurrentLaw.Ohmic) is { } ghk)
        {
            throw Guard.Invalid(nameof(membrane), $"a model whose channel '{ghk.Name}' is {ghk.Law}", "a model of ohmic channels only, what a cable simulates");
        }

        var set = constants ?? ConstantSet.Si2019;
        _n = compartments;
        _dt = timeStep.Seconds;
        var dx = length.Meters / compartments;
        var d = diameter.Meters;
        var axial = Math.PI * d * d / (4 * axialResistivity.OhmMeters * dx); // S, between neighbouring centres
        if (insideByCompartment is not null)
        {
            Guard.Count(compartments, insideByCompartment.Count, nameof(insideByCompartment), "one solution per compartment");
        }

        var quiet = membrane.WithoutCurrentSteps();
        var models = new CellModel[compartments];
        var parent = new int[compartments];
        var toParent = new double[compartments];
        var area = new double[compartments];
        for (var i = 0; i < compartments; i++)
        {
            var model = i == stimulatedCompartment ? membrane : quiet;
            if (insideByCompartment is not null)
            {
                ArgumentNullException.ThrowIfNull(insideByCompartment[i], nameof(insideByCompartment));
                model = model.WithConcentrations(insideByCompartment[i], membrane.Outside);
            }

            models[i] = model;
            parent[i] = i - 1;
            toParent[i] = i == 0 ? 0 : axial;
            area[i] = Math.PI * d * dx;
        }

        _k = new CompartmentKernel(models, temperature, _dt, initialPotential.Volts, set,
            new KernelOptions(Vectorise: true, SiteWord: "compartment", SpikeThreshold: double.PositiveInfinity, new CableCoupling(parent, toParent, [.. Enumerable.Range(0, compartments)], area), nameof(membrane)));
    }

    /// <summary>The number of compartments.</summary>
    public int Count => _n;

    /// <summary>The simulated time.</summary>
    public Duration Time => Duration.FromSeconds(_k.StepCount * _dt);

    /// <summary>The membrane potential of a compartment.</summary>
    /// <param name="compartment">0 … <see cref="Count"/> − 1.</param>
    /// <returns>V.</returns>
    public ElectricPotential Voltage(int compartment) =>
        ElectricPotential.FromVolts(_k.V[Guard.Index(compartment, _n, nameof(compartment), "compartment")]);

    /// <summary>Copies every compartment's V into <paramref name="destination"/> (allocation-free).</summary>
    /// <param name="destination">At least <see cref="Count"/> long.</param>
    /// <exception cref="ArgumentException">It is too short.</exception>
    public void CopyVoltages(Span<ElectricPotential> destination)
    {
        if (destination.Length < _n)
        {
            throw Guard.Invalid(nameof(destination), Guard.Format(destination.Length) + " long", $"a span of at least {Guard.Format(_n)} values");
        }

        for (var i = 0; i < _n; i++)
        {
            destination[i] = ElectricPotential.FromVolts(_k.V[i]);
        }
    }

    /// <summary>One step Δt: gates, then the tridiagonal solve for V. Allocation-free.</summary>
    /// <exception cref="NonFiniteStateException">A compartment's V became NaN or infinite.</exception>
    public void Step() => _k.Step();

    /// <summary>Advances by round(<paramref name="duration"/>/Δt) steps.</summary>
    /// <param name="duration">How long; finite and ≥ 0.</param>
    /// <exception cref="NonFiniteStateException">A compartment's V became NaN or infinite.</exception>
    public void Advance(Duration duration)
    {
        Guard.NonNegativeFinite(duration, nameof(duration));
        var steps = (long)Math.Round(duration.Seconds / _dt);
        for (long s = 0; s < steps; s++)
        {
            Step();
        }
    }
}
