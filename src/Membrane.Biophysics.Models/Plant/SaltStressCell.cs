using System;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A <see cref="SaltStressModel"/>'s root cell without its vacuole, resolved once: the plasma membrane's and the
/// decoder's parameters validated, and what is fixed over a run computed — the cytosol's volume per area, the H⁺ term of
/// SOS1's ΔG (V and both pHs are held), the decoder's Kⁿ; what every run of the cell is built from.
/// </summary>
internal sealed class SaltStressCell
{
    /// <summary>Validates <paramref name="model"/>'s cell and resolves it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public SaltStressCell(SaltStressModel model)
    {
        model.Validate();
        Model = model;
        PerVolume = 1 / model.CytosolThickness.Meters;
        var hIn = model.CytosolPh.ProtonConcentration.MolesPerCubicMeter;
        var hOut = model.ApoplastPh.ProtonConcentration.MolesPerCubicMeter;
        ProtonDifference = ElectrochemicalPotential.Difference(Ions.Hydrogen, new IonGradient(Concentration.FromMolesPerCubicMeter(hIn), Concentration.FromMolesPerCubicMeter(hOut)), model.MembranePotential, model.Temperature);
        DecoderHalfActivationPower = Math.Pow(model.DecoderHalfActivation.MolesPerCubicMeter, model.DecoderHillCoefficient);
    }

    /// <summary>The model.</summary>
    public SaltStressModel Model { get; }

    /// <summary>Plasma-membrane area per cytosol volume, m⁻¹.</summary>
    public double PerVolume { get; }

    /// <summary>Δμ̃_H across the plasma membrane (cytosol inside), fixed: SOS1's H⁺ term.</summary>
    public MolarEnergy ProtonDifference { get; }

    /// <summary>Kⁿ of the decoder's Hill function, K in mol/m³.</summary>
    public double DecoderHalfActivationPower { get; }
}
