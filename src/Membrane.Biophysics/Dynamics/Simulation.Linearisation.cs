using System;
using System.Linq;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Dynamics;

/// <summary>The membrane's linearisation, each branch's G and J, as the kernel steps it.</summary>
public sealed partial class Simulation
{
    /// <summary>
    /// The cell's membrane current linearised about the present V with the present gates, synaptic activations and
    /// concentrations: each branch's G and J as the next <see cref="Step"/> would use them. The simulation is unchanged.
    /// </summary>
    /// <returns>The linearisation, about <see cref="Voltage"/>.</returns>
    public MembraneLinearisation Linearisation() => Linearise(Voltage);

    /// <summary>
    /// The cell's membrane current linearised about <paramref name="potential"/> with every gate at its steady state
    /// there (x∞(V₀), as <see cref="AdvanceQuasiSteady(Duration, double)"/> holds them), the present synaptic
    /// activations and concentrations: the quasi-steady current balance at V₀. The simulation is unchanged.
    /// </summary>
    /// <param name="potential">V₀; finite.</param>
    /// <returns>The linearisation about V₀.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The potential is NaN or infinite.</exception>
    public MembraneLinearisation SteadyStateLinearisation(ElectricPotential potential)
    {
        Guard.Finite(potential, nameof(potential));
        var saved = _k.Gates.Select(block => ((double[])block.X.Clone(), (double[])block.Open.Clone())).ToArray();
        try
        {
            foreach (var block in _k.Gates)
            {
                for (var i = 0; i < block.Count; i++)
                {
                    block.SetSteadyState(i, potential.Volts);
                }
            }

            return Linearise(potential);
        }
        finally
        {
            for (var b = 0; b < saved.Length; b++)
            {
                saved[b].Item1.CopyTo(_k.Gates[b].X, 0);
                saved[b].Item2.CopyTo(_k.Gates[b].Open, 0);
            }
        }
    }

    /// <summary>
    /// The thermodynamic reversal potential of one of the cell's transporters at the present concentrations,
    /// E_rev = −Σ nᵢ RT ln(cᵢ,in/cᵢ,out)/(z_net F) (<see cref="Transport.Transporter.ReversalPotential"/>), e.g. NCX's
    /// 3E_Na − 2E_Ca; null for an electroneutral transporter. Allocation-free, so it may be asked after every step.
    /// </summary>
    /// <param name="transport">One of the model's transporters (<see cref="CellModel.WithTransport"/>), the same object.</param>
    /// <returns>E_rev, or null.</returns>
    /// <exception cref="ArgumentNullException">The transporter is null.</exception>
    /// <exception cref="ArgumentException">The cell has no such transporter, or it couples a chemical reaction (ATP), whose free energy the cell does not hold.</exception>
    public ElectricPotential? ReversalPotential(TransportKinetics transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        if (transport.Transporter.Stoichiometry.Reactions.Count > 0)
        {
            throw Guard.Invalid(nameof(transport), $"{transport.Transporter}, which couples {transport.Transporter.Stoichiometry.Reactions[0]}", "a transport that moves ions only, for the cell holds no free energy of a reaction");
        }

        foreach (var group in _k.Branches)
        {
            if (group is TransportBranches branches && branches.TryReversal(_k, 0, transport, out var volts))
            {
                return volts is { } e ? ElectricPotential.FromVolts(e) : null;
            }
        }

        throw Guard.Invalid(nameof(transport), $"{transport.Transporter.Name}, which the cell does not have", "one of the cell's transporters (the object given to WithTransport)");
    }

    private MembraneLinearisation Linearise(ElectricPotential potential) =>
        new(potential, [.. _k.LinearisedBranches(0, potential.Volts).Select(b =>
            new LinearisedBranch(b.Name, b.Ion, ConductanceDensity.FromSiemensPerSquareMeter(b.G), CurrentDensity.FromAmperesPerSquareMeter(b.J)))]);
}
