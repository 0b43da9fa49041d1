using System.Collections.Generic;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// A recording as a table with stable column names: <c>time_ms</c>, <c>V_mV</c>, one <c>gate_CHANNEL_GATE</c> per gate,
/// <c>clamp_current_uA_per_cm2</c> under a voltage clamp, and <c>ION_in_mM</c>, <c>ION_out_mM</c> for each ion whose
/// concentrations were recorded.
/// </summary>
internal static class Traces
{
    public static Table From(Recording recording)
    {
        var columns = new List<string> { "time_ms", "V_mV" };
        foreach (var gate in recording.GateNames)
        {
            columns.Add("gate_" + gate.Replace('.', '_'));
        }

        var clamped = recording.ClampCurrents.Count > 0;
        if (clamped)
        {
            columns.Add("clamp_current_uA_per_cm2");
        }

        foreach (var ion in recording.Ions)
        {
            columns.Add(IonNames.Key(ion) + "_in_mM");
            columns.Add(IonNames.Key(ion) + "_out_mM");
        }

        var gates = new List<IReadOnlyList<double>>();
        foreach (var gate in recording.GateNames)
        {
            gates.Add(recording.Gate(gate));
        }

        var rows = new List<object?[]>(recording.Times.Count);
        for (var k = 0; k < recording.Times.Count; k++)
        {
            var row = new List<object?> { recording.Times[k].Milliseconds, recording.Voltages[k].Millivolts };
            foreach (var g in gates)
            {
                row.Add(g[k]);
            }

            if (clamped)
            {
                row.Add(recording.ClampCurrents[k].MicroamperesPerSquareCentimeter);
            }

            foreach (var ion in recording.Ions)
            {
                row.Add(recording.InsideConcentrations(ion)[k].Millimolar);
                row.Add(recording.OutsideConcentrations(ion)[k].Millimolar);
            }

            rows.Add(row.ToArray());
        }

        return new Table("traces", columns, rows);
    }
}
