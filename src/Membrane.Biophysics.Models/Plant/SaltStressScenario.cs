using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="SaltStressModel"/>. Immutable and thread-safe.</summary>
/// <param name="Label">The run.</param>
/// <param name="CytosolSodium">Cytosolic [Na⁺].</param>
/// <param name="PotassiumToSodium">Cytosolic [K⁺]/[Na⁺] at each sample.</param>
/// <param name="CytosolCalcium">The Ca²⁺ signature at each sample.</param>
/// <param name="DecoderActivity">The active fraction A of the SOS3–SOS2 decoder at each sample (0 … 1).</param>
/// <param name="Sos1Export">Na⁺ exported by SOS1 per area per second.</param>
/// <param name="Sos1FreeEnergy">ΔG of one SOS1 cycle (Na⁺ out, H⁺ in); negative while it can export.</param>
public sealed record SaltStressScenario(
    string Label,
    TimeSeries<Concentration> CytosolSodium,
    IReadOnlyList<double> PotassiumToSodium,
    TimeSeries<Concentration> CytosolCalcium,
    IReadOnlyList<double> DecoderActivity,
    TimeSeries<MolarFlux> Sos1Export,
    TimeSeries<MolarEnergy> Sos1FreeEnergy);
