using System;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A <see cref="SaltStressModel"/>'s root cell with its vacuole, resolved once: the cell (<see cref="SaltStressCell"/>,
/// composed) and the tonoplast's parameters validated, the vacuole's volume per area and the H⁺ term of NHX's ΔG (the
/// tonoplast potential and both pHs are held) computed.
/// </summary>
internal sealed class SaltStressCellWithVacuole
{
    /// <summary>Validates <paramref name="model"/>'s cell and vacuole and resolves them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public SaltStressCellWithVacuole(SaltStressModel model)
    {
        Cell = new SaltStressCell(model);
        model.ValidateVacuole();
        PerVacuole = 1 / model.VacuoleDepth.Meters;
        TonoplastProtonDifference = ElectrochemicalPotential.Difference(Ions.Hydrogen, new IonGradient(model.VacuolePh.ProtonConcentration, model.CytosolPh.ProtonConcentration), model.TonoplastPotential, model.Temperature);
    }

    /// <summary>The cell the vacuole sits in.</summary>
    public SaltStressCell Cell { get; }

    /// <summary>The model.</summary>
    public SaltStressModel Model => Cell.Model;

    /// <summary>Tonoplast area per vacuole volume, m⁻¹.</summary>
    public double PerVacuole { get; }

    /// <summary>Δμ̃_H across the tonoplast (vacuole inside), fixed: NHX's H⁺ term.</summary>
    public MolarEnergy TonoplastProtonDifference { get; }
}
