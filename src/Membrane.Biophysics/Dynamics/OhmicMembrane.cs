using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// The ohmic channels of a <see cref="CellModel"/> compiled for many sites (the cells of a <see cref="Population"/>,
/// the compartments of a <see cref="Cable"/>): gate state x[gate·sites + site], each gate's Δt·φ and power, each
/// channel's ḡ and reversal. One site's step is the scheme of <see cref="Simulation"/>: Rush–Larsen gates at the old V,
/// x′ = x∞ + (x − x∞) e^(−Δt φ/τ), then the linearisation G = Σ ḡ·open, offset = −Σ ḡ·open·E that the backward-Euler
/// V update divides by. Not thread-safe (the gate state is mutable).
/// </summary>
internal sealed class OhmicMembrane
{
    private readonly double[] _reversal;   // [channel * _channelStride + site * _siteStride]
    private readonly int _channelStride;
    private readonly int _siteStride;

    /// <summary>Compiles the channels; the gates start at their steady state at <paramref name="initialVolts"/>.</summary>
    /// <param name="model">The model; every channel ohmic.</param>
    /// <param name="sites">How many sites, ≥ 1.</param>
    /// <param name="insideBySite">Each site's inside solution (for Nernst reversals), or null for the model's everywhere.</param>
    /// <param name="temperature">The temperature (Q10 factors, Nernst).</param>
    /// <param name="constants">F and R.</param>
    /// <param name="timeStep">Δt in seconds.</param>
    /// <param name="initialVolts">V at t = 0.</param>
    /// <param name="owner">"A population", "A cable": how the refusal of a non-ohmic channel starts.</param>
    /// <param name="names">The caller's names for the model parameter, the per-site parameter and a site, for messages.</param>
    /// <exception cref="NotSupportedException">A channel is not ohmic.</exception>
    /// <exception cref="ArgumentException">A channel needs concentrations that are missing.</exception>
    public OhmicMembrane(CellModel model, int sites, IReadOnlyList<Solution>? insideBySite, Temperature temperature, ConstantSet constants, double timeStep, double initialVolts, string owner, (string Model, string Inside, string Site) names)
    {
        var channels = model.Channels;
        var gates = 0;
        var nernst = false;
        foreach (var c in channels)
        {
            if (c.Law != CurrentLaw.Ohmic)
            {
                throw new NotSupportedException($"{owner} handles ohmic channels only; channel '{c.Name}' is {c.Law}.");
            }

            gates += c.Gates.Count;
            nernst |= c.FixedReversal is null;
        }

        Sites = sites;
        Kinetics = new GateKinetics[gates];
        Rate = new double[gates];
        Power = new int[gates];
        FirstGate = new int[channels.Count + 1];
        Maximal = new double[channels.Count];
        X = new double[gates * sites];
        var perSite = insideBySite is not null && nernst;
        (_channelStride, _siteStride) = perSite ? (sites, 1) : (1, 0);
        _reversal = new double[channels.Count * _channelStride];
        var g = 0;
        for (var c = 0; c < channels.Count; c++)
        {
            var channel = channels[c];
            FirstGate[c] = g;
            Maximal[c] = channel.MaximalConductance.SiemensPerSquareMeter;
            var reversal = _reversal.AsSpan(c * _channelStride, _channelStride);
            if (channel.FixedReversal is { } e)
            {
                reversal.Fill(e.Volts);
            }
            else
            {
                for (var i = 0; i < reversal.Length; i++)
                {
                    var inside = insideBySite?[i] ?? model.Inside;
                    ArgumentNullException.ThrowIfNull(inside, names.Inside);
                    var ion = channel.Ion!;
                    if (!inside.TryGetConcentration(ion, out var cin) || !model.Outside.TryGetConcentration(ion, out var cout))
                    {
                        var where = perSite ? string.Create(CultureInfo.InvariantCulture, $" (and {names.Inside}); {names.Site} {i} was missing one") : "; was missing one";
                        throw new ArgumentException($"{names.Model} must hold inside and outside concentrations of {ion.Name} for channel '{channel.Name}'{where}.", names.Model);
                    }

                    reversal[i] = Equilibrium.Nernst.Potential(ion, new IonGradient(cin, cout), temperature, constants).Volts;
                }
            }

            foreach (var gate in channel.Gates)
            {
                Kinetics[g] = gate.Kinetics;
                Rate[g] = timeStep * gate.Kinetics.TemperatureFactor(temperature);
                Power[g] = gate.Power;
                gate.Kinetics.Evaluate(initialVolts, out var inf, out _);
                X.AsSpan(g * sites, sites).Fill(inf);
                g++;
            }
        }

        FirstGate[channels.Count] = g;
    }

    /// <summary>The number of sites.</summary>
    public int Sites { get; }

    /// <summary>The gate state, x[gate·<see cref="Sites"/> + site].</summary>
    public double[] X { get; }

    /// <summary>Each gate's kinetics.</summary>
    public GateKinetics[] Kinetics { get; }

    /// <summary>Each gate's Δt·φ(T).</summary>
    public double[] Rate { get; }

    /// <summary>Each gate's power in its channel's open probability.</summary>
    public int[] Power { get; }

    /// <summary>Channel c's gates are FirstGate[c] … FirstGate[c + 1] − 1.</summary>
    public int[] FirstGate { get; }

    /// <summary>Each channel's ḡ in S/m².</summary>
    public double[] Maximal { get; }

    /// <summary>The number of channels.</summary>
    public int Channels => Maximal.Length;

    /// <summary>Channel <paramref name="channel"/>'s reversal at <paramref name="site"/>, in volts.</summary>
    public double Reversal(int channel, int site) => _reversal[(channel * _channelStride) + (site * _siteStride)];

    /// <summary>The Rush–Larsen update of every gate at one site from the potential there (the arithmetic of <see cref="Simulation"/>).</summary>
    public void StepGates(int site, double volts)
    {
        for (var g = 0; g < Kinetics.Length; g++)
        {
            ref var x = ref X[(g * Sites) + site];
            Kinetics[g].Evaluate(volts, out var inf, out var tau);
            x = inf + ((x - inf) * Math.Exp(-Rate[g] / tau));
        }
    }

    /// <summary>The ohmic linearisation at one site: I_ion = G·V + offset, G = Σ ḡ·open (S/m²), offset = −Σ ḡ·open·E (A/m²).</summary>
    public void Linearise(int site, out double conductance, out double offset)
    {
        conductance = 0.0;
        offset = 0.0;
        for (var c = 0; c < Maximal.Length; c++)
        {
            var open = 1.0;
            for (var g = FirstGate[c]; g < FirstGate[c + 1]; g++)
            {
                open *= Channel.IntegerPower(X[(g * Sites) + site], Power[g]);
            }

            var gc = Maximal[c] * open;
            conductance += gc;
            offset += -gc * Reversal(c, site);
        }
    }

    /// <summary>The first gate at <paramref name="site"/> that is not finite, or −1.</summary>
    public int FirstNonFiniteGate(int site)
    {
        for (var g = 0; g < Kinetics.Length; g++)
        {
            if (!double.IsFinite(X[(g * Sites) + site]))
            {
                return g;
            }
        }

        return -1;
    }
}
