using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="BacterialEnergeticsModel"/>, and each pathway's rate at its end (cycles per area per second, positive as the transporter is written). Immutable and thread-safe.</summary>
/// <param name="Label">The run.</param>
/// <param name="MembranePotential">Δψ = φ_in − φ_out.</param>
/// <param name="CytoplasmicPh">The cytoplasm's pH.</param>
/// <param name="CytoplasmicSodium">The cytoplasm's [Na⁺].</param>
/// <param name="ProtonMotiveForce">Δp = Δψ − (2.303RT/F)ΔpH (negative: drives H⁺ in).</param>
/// <param name="SodiumMotiveForce">The SMF, Δψ + (RT/F) ln([Na⁺]i/[Na⁺]o) (negative: drives Na⁺ in).</param>
/// <param name="AtpSynthaseRate">The ATP synthase's cycles per area per second (each makes 3 ATP for the default synthase).</param>
/// <param name="SodiumPumpRate">The Na⁺ pump's rate at the end.</param>
/// <param name="ProtonPumpRate">The H⁺ pump's rate at the end.</param>
/// <param name="AntiporterRate">The antiporter's rate at the end.</param>
/// <param name="FinalAtpSynthaseRate">The ATP synthase's rate at the end.</param>
public sealed record BacterialScenario(
    string Label,
    TimeSeries<ElectricPotential> MembranePotential,
    TimeSeries<Ph> CytoplasmicPh,
    TimeSeries<Concentration> CytoplasmicSodium,
    TimeSeries<ElectricPotential> ProtonMotiveForce,
    TimeSeries<ElectricPotential> SodiumMotiveForce,
    TimeSeries<MolarFlux> AtpSynthaseRate,
    MolarFlux SodiumPumpRate,
    MolarFlux ProtonPumpRate,
    MolarFlux AntiporterRate,
    MolarFlux FinalAtpSynthaseRate);
