using System;
using System.Collections.Generic;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Neuron – extracellular space – astrocyte K⁺ handling: an axon fires a train of impulses into a thin closed
/// extracellular space; the K⁺ it loses accumulates there, E_K and the membrane depolarise (the positive feedback of
/// seizures), and a saturable (Michaelis–Menten) glial uptake clears the excess. The model runs the same train twice,
/// with weak and with strong glial buffering, and reports the [K⁺]o peak and how long E_K stays depolarised.
/// </summary>
/// <remarks>
/// <para>
/// Structure: a Hodgkin–Huxley membrane (Hodgkin, A. L. and Huxley, A. F. (1952) <i>J. Physiol.</i> 117, 500–544)
/// whose Na⁺ and K⁺ channels take E_Na and E_K from the live concentrations; the axoplasm (volume/area = radius/2 of a
/// cylinder) and a periaxonal space of thickness θ as closed pools (Frankenhaeuser, B. and Hodgkin, A. L. (1956) The
/// after-effects of impulses in the giant nerve fibres of <i>Loligo</i>. <i>J. Physiol.</i> 131, 341–376, who
/// inferred θ ≈ 30 nm from the K⁺ accumulation); glial clearance as the saturable uptake of
/// <see cref="CellModel.WithOutsideUptake"/> after Kager, H., Wadman, W. J. and Somjen, G. G. (2000)
/// <i>J. Neurophysiol.</i> 84, 495–512. Every piece is a parameter: change the space, the uptake, the channels'
/// conductances, the concentrations, or add a Na⁺/K⁺ pump (<see cref="Pump"/>).
/// </para>
/// <para>
/// Defaults: squid axoplasm and sea water (Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed.,
/// Table 1-1: K⁺ 400/20 mM, Na⁺ 50/440 mM), the HH conductances at 6.3 °C, a 500 µm axon, θ = 30 nm, a 50 ms
/// step of 20 µA/cm² (a train of about five impulses). The two uptake capacities are illustrative, not measured
/// (J_max 10⁻⁴ and 5 × 10⁻⁴ mol/(m²·s), K_d = 5 mM): near the starting [K⁺]o each mM of excess is cleared at
/// J_max K_d/(c₀ + K_d)², 0.8 and 4 µmol/(m²·s) per mM, against a resting K⁺ efflux of about 0.27 µmol/(m²·s)
/// (g_K n∞⁴ (V − E_K)/F at −65 mV). Without a pump the glia alone clear the K⁺ the axon loses; after the train the
/// weak uptake leaves the axon depolarised and firing on, sustaining its own K⁺ loss (the positive feedback), while
/// the strong one brings it back to rest (see the tour). Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed record PotassiumBufferingModel
{
    /// <summary>The model with its cited defaults.</summary>
    public static PotassiumBufferingModel Default { get; } = new();

    /// <summary>The temperature; default 6.3 °C (Hodgkin and Huxley 1952).</summary>
    public Temperature Temperature { get; init; } = Temperature.Squid;

    /// <summary>The axoplasm's Na⁺ and K⁺; default 50 and 400 mM (Hille 2001 Table 1-1).</summary>
    public Solution Axoplasm { get; init; } = new((Ions.Sodium, Concentration.FromMillimolar(50)), (Ions.Potassium, Concentration.FromMillimolar(400)));

    /// <summary>The extracellular space's Na⁺ and K⁺ at the start; default sea water, 440 and 20 mM (Hille 2001 Table 1-1).</summary>
    public Solution ExtracellularSpace { get; init; } = new((Ions.Sodium, Concentration.FromMillimolar(440)), (Ions.Potassium, Concentration.FromMillimolar(20)));

    /// <summary>The maximal Na⁺ conductance; default 120 mS/cm² (HH 1952).</summary>
    public ConductanceDensity SodiumConductance { get; init; } = HodgkinHuxley1952.SodiumConductance;

    /// <summary>The maximal K⁺ conductance; default 36 mS/cm² (HH 1952).</summary>
    public ConductanceDensity PotassiumConductance { get; init; } = HodgkinHuxley1952.PotassiumConductance;

    /// <summary>The leak, which carries no tracked ion; default HH 1952's 0.3 mS/cm² at −54.3 mV.</summary>
    public Channel Leak { get; init; } = HodgkinHuxley1952.Leak;

    /// <summary>The axon's radius; default 250 µm (a 500 µm squid giant axon).</summary>
    public Length AxonRadius { get; init; } = Length.FromMicrometers(250);

    /// <summary>The thickness θ of the extracellular space around the axon; default 30 nm (Frankenhaeuser and Hodgkin 1956).</summary>
    public Length ExtracellularThickness { get; init; } = Length.FromNanometers(30);

    /// <summary>The weak glial K⁺ uptake; default J_max 10⁻⁴ mol/(m²·s), K_d 5 mM (illustrative).</summary>
    public OutsideUptake WeakBuffering { get; init; } = new(Ions.Potassium, MolarFlux.FromMolesPerSquareMeterSecond(1e-4), Concentration.FromMillimolar(5));

    /// <summary>The strong glial K⁺ uptake; default J_max 5 × 10⁻⁴ mol/(m²·s), K_d 5 mM (illustrative).</summary>
    public OutsideUptake StrongBuffering { get; init; } = new(Ions.Potassium, MolarFlux.FromMolesPerSquareMeterSecond(5e-4), Concentration.FromMillimolar(5));

    /// <summary>
    /// A Na⁺/K⁺-ATPase in the axon membrane (e.g. <see cref="SodiumPotassiumAtpaseKinetics.LuoRudy1994"/>); default none
    /// (the squid axon's pump is slow on this time scale). Its voltage factor f_NaK was fitted at mammalian [Na⁺]ₒ: in
    /// sea water (440 mM) it is about 0.02 at −65 mV and 6.3 °C, so the pump is nearly off near rest.
    /// </summary>
    public SodiumPotassiumAtpaseKinetics? Pump { get; init; }

    /// <summary>The injected current that drives the train; default 20 µA/cm² from 10 ms for 50 ms.</summary>
    public CurrentStep Stimulus { get; init; } = new(Duration.FromMilliseconds(10), Duration.FromMilliseconds(50), CurrentDensity.FromMicroamperesPerSquareCentimeter(20));

    /// <summary>The starting membrane potential; default −65 mV (HH 1952's rest).</summary>
    public ElectricPotential InitialPotential { get; init; } = HodgkinHuxley1952.NominalRest;

    /// <summary>How long to run; default 400 ms.</summary>
    public Duration Duration { get; init; } = Duration.FromMilliseconds(400);

    /// <summary>The integration step; default 10 µs.</summary>
    public Duration TimeStep { get; init; } = Duration.FromMicroseconds(10);

    /// <summary>The sampling interval of the recordings; default 0.1 ms.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromMilliseconds(0.1);

    /// <summary>E_K counts as depolarised while it lies more than this above its starting value; default 2 mV.</summary>
    public ElectricPotential DepolarisationMargin { get; init; } = ElectricPotential.FromMillivolts(2);

    /// <summary>Runs the train with weak and with strong buffering.</summary>
    /// <returns>Both scenarios' recordings and headline numbers.</returns>
    /// <exception cref="ArgumentNullException">A solution, channel or uptake is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size, time or concentration is out of range (the message names it).</exception>
    /// <exception cref="ArgumentException">A solution lacks Na⁺ or K⁺, or an uptake is not of K⁺.</exception>
    public PotassiumBufferingResult Run()
    {
        Validate();
        return new PotassiumBufferingResult(RunScenario("weak buffering", WeakBuffering), RunScenario("strong buffering", StrongBuffering));
    }

    /// <summary>Runs the train with one glial uptake (or none).</summary>
    /// <param name="label">The scenario's name, used in the series' names.</param>
    /// <param name="uptake">The uptake; null for no glial clearance.</param>
    /// <returns>The scenario.</returns>
    public PotassiumBufferingScenario RunScenario(string label, OutsideUptake? uptake)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Validate();
        if (uptake is not null)
        {
            ValidateUptake(uptake, nameof(uptake));
        }

        var area = Area.FromSquareMeters(1e-8); // any area: every pool scales with it
        var model = CellModel.Create(HodgkinHuxley1952.Capacitance,
            [
                Channel.Ohmic("Na", SodiumConductance, Ions.Sodium, [.. HodgkinHuxley1952.Sodium.Gates]),
                Channel.Ohmic("K", PotassiumConductance, Ions.Potassium, [.. HodgkinHuxley1952.Potassium.Gates]),
                Leak,
            ])
            .WithConcentrations(Axoplasm, ExtracellularSpace)
            .WithPools(area, Volume.FromCubicMeters(area.SquareMeters * AxonRadius.Meters / 2), Volume.FromCubicMeters(area.SquareMeters * ExtracellularThickness.Meters))
            .WithCurrentStep(Stimulus);
        if (uptake is not null)
        {
            model = model.WithOutsideUptake(uptake.Ion, uptake.MaximalFlux, uptake.HalfSaturation);
        }

        if (Pump is { } pump)
        {
            model = model.WithTransport(pump);
        }

        var run = new Simulation(model, Temperature, TimeStep, InitialPotential).Run(Duration, SamplingInterval, ElectricPotential.Zero);
        var n = run.Times.Count;
        var times = new Duration[n];
        var eK = new ElectricPotential[n];
        var ko = run.OutsideConcentrations(Ions.Potassium);
        var ki = run.InsideConcentrations(Ions.Potassium);
        for (int i = 0; i < n; i++)
        {
            times[i] = run.Times[i];
            eK[i] = Nernst.Potential(1, ki[i], ko[i], Temperature);
        }

        var stimulusEnd = Stimulus.Start + Stimulus.Length;
        Duration? depolarised = null;
        for (int i = 0; i < n; i++)
        {
            if (times[i] >= stimulusEnd && eK[i] - eK[0] <= DepolarisationMargin)
            {
                depolarised = times[i] - stimulusEnd;
                break;
            }
        }

        return new PotassiumBufferingScenario(
            label,
            uptake,
            new TimeSeries<ElectricPotential>($"V, {label}", times, ToArray(run.Voltages)),
            new TimeSeries<Concentration>($"[K⁺]o, {label}", times, ToArray(ko)),
            new TimeSeries<Concentration>($"[K⁺]i, {label}", times, ToArray(ki)),
            new TimeSeries<Concentration>($"[Na⁺]i, {label}", times, ToArray(run.InsideConcentrations(Ions.Sodium))),
            new TimeSeries<Concentration>($"[Na⁺]o, {label}", times, ToArray(run.OutsideConcentrations(Ions.Sodium))),
            new TimeSeries<ElectricPotential>($"E_K, {label}", times, eK),
            run.SpikeTimes,
            depolarised);
    }

    private static T[] ToArray<T>(IReadOnlyList<T> list)
    {
        var a = new T[list.Count];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = list[i];
        }

        return a;
    }

    private void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        ArgumentNullException.ThrowIfNull(Axoplasm, nameof(Axoplasm));
        ArgumentNullException.ThrowIfNull(ExtracellularSpace, nameof(ExtracellularSpace));
        ArgumentNullException.ThrowIfNull(Leak, nameof(Leak));
        ArgumentNullException.ThrowIfNull(Stimulus, nameof(Stimulus));
        foreach (var (solution, name) in new[] { (Axoplasm, nameof(Axoplasm)), (ExtracellularSpace, nameof(ExtracellularSpace)) })
        {
            foreach (var ion in new[] { Ions.Sodium, Ions.Potassium })
            {
                if (!solution.TryGetConcentration(ion, out var c))
                {
                    throw new ArgumentException($"{name} must contain {ion.Name}; it holds {solution}.", name);
                }

                Guard.PositiveFinite(c, $"{name}[{ion.Name}]");
            }
        }

        Guard.NonNegativeFinite(SodiumConductance, nameof(SodiumConductance));
        Guard.NonNegativeFinite(PotassiumConductance, nameof(PotassiumConductance));
        Guard.PositiveFinite(AxonRadius, nameof(AxonRadius));
        Guard.PositiveFinite(ExtracellularThickness, nameof(ExtracellularThickness));
        ValidateUptake(WeakBuffering, nameof(WeakBuffering));
        ValidateUptake(StrongBuffering, nameof(StrongBuffering));
        Guard.Finite(InitialPotential, nameof(InitialPotential));
        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(TimeStep, nameof(TimeStep));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
        Guard.NonNegativeFinite(DepolarisationMargin, nameof(DepolarisationMargin));
    }

    private static void ValidateUptake(OutsideUptake uptake, string name)
    {
        ArgumentNullException.ThrowIfNull(uptake, name);
        if (uptake.Ion != Ions.Potassium)
        {
            throw new ArgumentException($"{name} must take up K⁺; it takes up {uptake.Ion?.Name ?? "null"}.", name);
        }

        Guard.NonNegativeFinite(uptake.MaximalFlux, $"{name}.{nameof(OutsideUptake.MaximalFlux)}");
        Guard.PositiveFinite(uptake.HalfSaturation, $"{name}.{nameof(OutsideUptake.HalfSaturation)}");
    }
}
