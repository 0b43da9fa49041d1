using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="SaltStressModel.RunWithVacuole"/>. Immutable and thread-safe.</summary>
/// <param name="Label">The run.</param>
/// <param name="CytosolSodium">Cytosolic [Na⁺].</param>
/// <param name="VacuoleSodium">Vacuolar [Na⁺].</param>
/// <param name="PotassiumToSodium">Cytosolic [K⁺]/[Na⁺] at each sample.</param>
/// <param name="Sos1Export">Na⁺ exported by SOS1 per plasma-membrane area per second.</param>
/// <param name="NhxTransport">Na⁺ moved into the vacuole by NHX per tonoplast area per second.</param>
/// <param name="NhxFreeEnergy">ΔG of one NHX cycle (Na⁺ into the vacuole, H⁺ out); negative while it can sequester.</param>
public sealed record SaltStressVacuoleScenario(
    string Label,
    TimeSeries<Concentration> CytosolSodium,
    TimeSeries<Concentration> VacuoleSodium,
    IReadOnlyList<double> PotassiumToSodium,
    TimeSeries<MolarFlux> Sos1Export,
    TimeSeries<MolarFlux> NhxTransport,
    TimeSeries<MolarEnergy> NhxFreeEnergy);
