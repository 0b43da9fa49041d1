using System;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A <see cref="BacterialEnergeticsModel"/> resolved once: its parameters validated, the cell's area per volume and
/// the medium's concentrations computed, each pathway's stoichiometry read into counts; what both runs (respiring and
/// with the H⁺ pump inhibited) are built from.
/// </summary>
internal sealed class BacterialCell
{
    /// <summary>Validates <paramref name="model"/> and resolves it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">A pathway moves an ion other than H⁺ or Na⁺, or has more than one reaction.</exception>
    public BacterialCell(BacterialEnergeticsModel model)
    {
        model.Validate();
        Model = model;
        AreaOverVolume = model.MembraneArea.SquareMeters / model.CellVolume.CubicMeters;
        MediumProtons = model.MediumPh.ProtonConcentration;
        Pathways = [new(model.SodiumPump), new(model.ProtonPump), new(model.Antiporter), new(model.AtpSynthase)];
    }

    private BacterialCell(BacterialCell cell, BacterialEnergeticsModel model, Pathway[] pathways)
    {
        Model = model;
        AreaOverVolume = cell.AreaOverVolume;
        MediumProtons = cell.MediumProtons;
        Pathways = pathways;
    }

    /// <summary>The index in <see cref="Pathways"/> of each pathway.</summary>
    public const int SodiumPump = 0, ProtonPump = 1, Antiporter = 2, AtpSynthase = 3;

    /// <summary>The model (with the H⁺ pump's j_max zero after <see cref="WithProtonPumpInhibited"/>).</summary>
    public BacterialEnergeticsModel Model { get; }

    /// <summary>A/V, m⁻¹.</summary>
    public double AreaOverVolume { get; }

    /// <summary>The medium's [H⁺].</summary>
    public Concentration MediumProtons { get; }

    /// <summary>The Na⁺ pump, the H⁺ pump, the antiporter and the ATP synthase, resolved.</summary>
    public Pathway[] Pathways { get; }

    /// <summary>The same cell with the H⁺ pump's j_max zero; nothing validated or resolved again.</summary>
    public BacterialCell WithProtonPumpInhibited()
    {
        var model = Model with { ProtonPump = Model.ProtonPump with { MaximalRate = MolarFlux.Zero } };
        Pathway[] pathways = [.. Pathways];
        pathways[ProtonPump] = new(model.ProtonPump);
        return new(this, model, pathways);
    }

    /// <summary>H⁺ inside (at <paramref name="inside"/>) and in the medium.</summary>
    public IonGradient Protons(Ph inside) => new(inside.ProtonConcentration, MediumProtons);

    /// <summary>Na⁺ inside and in the medium.</summary>
    public IonGradient Sodium(Concentration inside) => new(inside, Model.MediumSodium);

    /// <summary>Cycles per area per second of pathway <paramref name="index"/> (as <see cref="EnergyPathway.Rate"/>).</summary>
    public MolarFlux Rate(int index, IonGradient protons, IonGradient sodium, ElectricPotential v) =>
        MolarFlux.FromMolesPerSquareMeterSecond(Pathways[index].Rate(protons, sodium, v, Model.Temperature));

    /// <summary>One <see cref="EnergyPathway"/> with its stoichiometry read into counts.</summary>
    internal readonly struct Pathway
    {
        public Pathway(EnergyPathway p)
        {
            var s = p.Transporter.Stoichiometry;
            Protons = s.CountOf(Ions.Hydrogen);
            Sodium = s.CountOf(Ions.Sodium);
            ReactionPart = s.Reactions.Count == 1 ? s.Reactions[0].Count * p.ReactionFreeEnergy.JoulesPerMole : 0;
            MaximalRate = p.MaximalRate.MolesPerSquareMeterSecond;
        }

        public int Protons { get; }

        public int Sodium { get; }

        public double ReactionPart { get; }

        public double MaximalRate { get; }

        /// <summary>j_max tanh(−ΔG_cycle/2RT), mol/(m²·s).</summary>
        public double Rate(IonGradient protons, IonGradient sodium, ElectricPotential v, Temperature t) =>
            CycleKinetics.Rate(MaximalRate, EnergyPathway.CycleFreeEnergy(Protons, Sodium, ReactionPart, protons, sodium, v, t), t);
    }
}
