using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A <see cref="CardiacNcxModel"/> resolved once: its parameters validated, the myocyte's capacitive area and myoplasm
/// volume and the factor that turns I_NCX into d[Ca²⁺]free/dt computed; what every [Na⁺]ᵢ scenario is run from.
/// </summary>
internal sealed class CardiacNcxCell
{
    /// <summary>Validates <paramref name="model"/> and resolves it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public CardiacNcxCell(CardiacNcxModel model)
    {
        model.Validate();
        Model = model;
        Area = model.CapacitiveArea.SquareMeters;
        Volume = model.MyoplasmVolume.CubicMeters;
        DecayFactor = Area / Volume / (1 + model.CalciumBufferingRatio) / ConstantSet.Si2019.FaradayConstant;
    }

    /// <summary>The model.</summary>
    public CardiacNcxModel Model { get; }

    /// <summary>The capacitive area A, m².</summary>
    public double Area { get; }

    /// <summary>The myoplasm's volume V_myo, m³.</summary>
    public double Volume { get; }

    /// <summary>(A/V_myo)/(1 + κ)/F: d[Ca²⁺]free/dt per unit of I_NCX (A/m²).</summary>
    public double DecayFactor { get; }

    /// <summary>E_Na at <paramref name="sodiumInside"/>.</summary>
    public ElectricPotential SodiumReversalPotential(Concentration sodiumInside) => Nernst.Potential(1, sodiumInside, Model.SodiumOutside, Model.Temperature);

    /// <summary>d[Ca]free/dt = I_NCX/F · (A/V_myo)/(1 + κ) at one [Na⁺]ᵢ: an inward (negative) current removes Ca²⁺.</summary>
    public CalciumDecay Decay(Concentration sodiumInside) => new(this, sodiumInside);

    /// <summary>The diastolic decay's equation.</summary>
    internal readonly struct CalciumDecay(CardiacNcxCell cell, Concentration sodiumInside) : IOdeSystem
    {
        public int Dimension => 1;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            var m = cell.Model;
            var i = m.Exchanger.Current(sodiumInside, m.SodiumOutside, Concentration.FromMolesPerCubicMeter(state[0]), m.CalciumOutside, m.DiastolicPotential, m.Temperature);
            rates[0] = i.AmperesPerSquareMeter * cell.DecayFactor;
        }

        public string VariableName(int index) => "[Ca²⁺]i";
    }
}
