using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary>
/// The ready physiological models through the installed tool: each runs by name, its summary names it and carries its
/// headline numbers, its traces are a long table in SI units with one row per sample the summary counts, and
/// <c>plot run</c> draws it.
/// </summary>
[Collection(ToolCollection.Name)]
public sealed partial class ModelCommandTests(InstalledTool tool)
{
    public static TheoryData<string> Models() =>
        new() { "potassium-buffering", "ischaemia", "chloride-gaba-switch", "endosome-acidification", "cardiac-ncx", "plant-salt-stress", "bacterial-energetics" };

    [Theory]
    [MemberData(nameof(Models))]
    public void A_model_runs_by_name_and_writes_its_recordings_in_SI_units(string name)
    {
        var path = Path.Combine(tool.Scratch, $"{name}-{Guid.NewGuid():N}.csv");
        var summary = Json.Object(tool.Run("run", name, "-o", path, "-f", "json"));
        Assert.Equal(name, summary.GetProperty("scenario").GetString());
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("source").GetString()));
        Assert.True(Json.Keys(summary).Length > 7, "a model has headline numbers beyond the five standard fields and output");
        var headline = summary.EnumerateObject().Where(p => p.Name is not ("scenario" or "description" or "source" or "series" or "samples" or "output")).ToArray();
        Assert.All(headline, p => Assert.True(
            p.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null || (p.Value.ValueKind == JsonValueKind.String && !FormattedNumber().IsMatch(p.Value.GetString()!)),
            $"{name}: {p.Name} = {p.Value} must be a number, null, or words that are not a formatted number"));
        Assert.True(headline.Count(p => p.Value.ValueKind == JsonValueKind.Number) * 2 > headline.Length, $"{name}: most headline results are numbers");
        var lines = File.ReadAllLines(path);
        Assert.Equal("series,time_s,value,unit", lines[0]);
        Assert.Equal(summary.GetProperty("samples").GetInt32(), lines.Length - 1);
        var series = lines.Skip(1).Select(Fields).GroupBy(f => f[0]).ToArray();
        Assert.Equal(summary.GetProperty("series").GetInt32(), series.Length);
        foreach (var s in series)
        {
            var times = s.Select(f => double.Parse(f[1], CultureInfo.InvariantCulture)).ToArray();
            Assert.True(times.Zip(times.Skip(1)).All(p => p.Second >= p.First), $"{name}, {s.Key}: times decrease");
            Assert.All(s, f => Assert.True(double.IsFinite(double.Parse(f[2], CultureInfo.InvariantCulture))));
            Assert.Single(s.Select(f => f[3]).Distinct());
            Assert.Contains(s.First()[3], new[] { "V", "mol/m³", "m³", "J/mol", "A/m²", "mol/(m²·s)", "pH" });
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Plot_run_draws_a_model(string name)
    {
        var path = Path.Combine(tool.Scratch, $"{name}-{Guid.NewGuid():N}.png");
        var result = tool.Run("plot", "run", name, "-o", path, "--width", "900", "--height", "1000");
        Assert.True(result.ExitCode == 0, result.ToString());
        var png = File.ReadAllBytes(path);
        Assert.True(png.Length > 20000, $"a {png.Length}-byte PNG is too small to hold a figure of several panels");
        Assert.Equal((900, 1000), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    /// <summary>
    /// The ischaemia summary says when NCX first reversed — in the control during the first evoked spike (the test pulse
    /// at 10 s), in ischaemia during the first spontaneous spike, within the first 50 ms (the intervals are checked
    /// against E_NCX by hand in the core's IschaemiaModelTests) — and when the cell stopped answering test pulses (the
    /// first, at 10 s; never in the control, which JSON carries as null under a key that still names the unit, seconds);
    /// the pump failure shows as [K⁺]ₒ up more than eightfold from 4 mM, a number in mol/m³ (= mM).
    /// </summary>
    [Fact]
    public void The_ischaemia_summary_says_when_NCX_reverses()
    {
        var summary = Json.Object(tool.Run("run", "ischaemia", "-f", "json", "-o", Path.Combine(tool.Scratch, "ischaemia.csv")));
        Assert.InRange(summary.GetProperty("ncx_reverses_ischaemia_s").GetDouble(), 0, 0.05);
        Assert.InRange(summary.GetProperty("ncx_reverses_control_s").GetDouble(), 10, 10.005);
        Assert.Equal(10, summary.GetProperty("excitability_lost_at_ischaemia_s").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("excitability_lost_at_control_s").ValueKind);
        Assert.True(summary.GetProperty("final_k_o_ischaemia_mol_per_m3").GetDouble() > 8 * 4);
    }

    // "41.3 mM", "-0.207 µA/cm²", "5.4 %": a number formatted with its unit, which JSON must carry as a number instead.
    [GeneratedRegex(@"^[-+]?[0-9][0-9.,]*(E[-+]?[0-9]+)? ?\S+$")]
    private static partial Regex FormattedNumber();

    // A CSV line whose first field may be quoted ("V, control").
    private static string[] Fields(string line)
    {
        if (!line.StartsWith('"'))
        {
            return line.Split(',');
        }

        var close = line.IndexOf('"', 1);
        return [line[1..close], .. line[(close + 2)..].Split(',')];
    }
}
