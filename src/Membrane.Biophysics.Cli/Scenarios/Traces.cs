using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// Recorded series as one table, for every scenario the tool runs. Series on one shared time axis (a simulation's
/// recording) give one row per sample with stable column names: <c>time_ms</c>, <c>V_mV</c>, one
/// <c>gate_CHANNEL_GATE</c> per gate, <c>clamp_current_uA_per_cm2</c> under a voltage clamp, <c>ION_in_mM</c> and
/// <c>ION_out_mM</c> for each ion, any other series by its name with its SI unit. Series on different axes (the
/// scenarios of a ready model) give one row per sample of each series: <c>series</c>, <c>time_s</c>, <c>value</c> (SI),
/// <c>unit</c>.
/// </summary>
internal static class Traces
{
    public static Table From(Recording recording) => From(recording.Series, recording);

    public static Table From(IReadOnlyList<ITimeSeries> series) => From(series, null);

    private static Table From(IReadOnlyList<ITimeSeries> series, Recording? recording)
    {
        if (series.Count == 0 || series.Any(s => !ReferenceEquals(s.Times, series[0].Times)))
        {
            return Long(series);
        }

        var columns = new List<string> { "time_ms" };
        var scales = new List<double>();
        foreach (var s in series)
        {
            var (name, scale) = Column(s, recording);
            columns.Add(name);
            scales.Add(scale);
        }

        var times = series[0].Times;
        var rows = new List<object?[]>(times.Count);
        for (var k = 0; k < times.Count; k++)
        {
            var row = new object?[series.Count + 1];
            row[0] = times[k].Milliseconds;
            for (var c = 0; c < series.Count; c++)
            {
                row[c + 1] = series[c].SiValue(k) / scales[c];
            }

            rows.Add(row);
        }

        return new Table("traces", columns, rows);
    }

    /// <summary>A series' column: its stable name and how many SI units one of its values is.</summary>
    private static (string Name, double SiPerValue) Column(ITimeSeries series, Recording? recording)
    {
        if (series.Name == Recording.VoltageName && series.SiUnit == "V")
        {
            return ("V_mV", 1e-3);
        }

        if (series.Name == Recording.ClampCurrentName)
        {
            return ("clamp_current_uA_per_cm2", 1e-2);
        }

        if (recording is not null)
        {
            if (recording.GateNames.Contains(series.Name))
            {
                return ("gate_" + series.Name.Replace('.', '_'), 1);
            }

            foreach (var ion in recording.Ions)
            {
                if (series.Name == Recording.InsideName(ion))
                {
                    return (IonNames.Key(ion) + "_in_mM", 1);
                }

                if (series.Name == Recording.OutsideName(ion))
                {
                    return (IonNames.Key(ion) + "_out_mM", 1);
                }
            }
        }

        return (ModelScenario.Key(series.Name) + ModelScenario.UnitSuffix(series.SiUnit == "1" ? string.Empty : series.SiUnit), 1);
    }

    private static Table Long(IReadOnlyList<ITimeSeries> series)
    {
        var rows = new List<object?[]>();
        foreach (var s in series)
        {
            for (var i = 0; i < s.Count; i++)
            {
                rows.Add([s.Name, s.Times[i].Seconds, s.SiValue(i), s.SiUnit]);
            }
        }

        return new Table("traces", ["series", "time_s", "value", "unit"], rows);
    }
}
