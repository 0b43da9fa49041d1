using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary><c>membrane iv</c> and <c>membrane run</c>.</summary>
[Collection(ToolCollection.Name)]
public sealed class AnalysisCommandTests(InstalledTool tool)
{
    // An ohmic sweep I = 4 nS × (V + 55 mV), written by hand: the reversal is −55 mV and the slope 4 nS exactly.
    private const string Sweep = "V_mV,I_pA\n-100,-180\n-80,-100\n-60,-20\n-40,60\n-20,140\n0,220\n";

    [Fact]
    public void Iv_reads_the_reversal_and_slope_of_a_sweep_file()
    {
        var path = Path.Combine(tool.Scratch, "ohmic.csv");
        File.WriteAllText(path, Sweep);
        var json = Json.Object(tool.Run("iv", path, "-f", "json"));
        Assert.Equal(-55, json.GetProperty("reversal_mV").GetDouble(), 9);
        Assert.Equal(4, json.GetProperty("slope_conductance_nS").GetDouble(), 9);
        Assert.Equal(6, json.GetProperty("points").GetInt32());
        Assert.Equal(["points", "fit", "reversal_mV", "slope_conductance_nS"], Json.Keys(json));
    }

    [Fact]
    public void Iv_reads_standard_input_in_other_units()
    {
        // The same sweep in volts and nanoamperes.
        var json = Json.Object(tool.RunWithInput("-0.1,-0.18\n-0.08,-0.1\n-0.06,-0.02\n-0.04,0.06\n", "iv", "-", "--voltage-unit", "V", "--current-unit", "nA", "--degree", "1", "--points", "4", "-f", "json"));
        Assert.Equal(-55, json.GetProperty("reversal_mV").GetDouble(), 9);
        Assert.Equal(4, json.GetProperty("slope_conductance_nS").GetDouble(), 9);
    }

    [Fact]
    public void Iv_with_no_crossing_fails_with_the_librarys_message()
    {
        var path = Path.Combine(tool.Scratch, "outward.csv");
        File.WriteAllText(path, "-80,10\n-60,20\n");
        var result = tool.Run("iv", path);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("membrane: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Empty(result.Output);
    }

    /// <summary>
    /// hh-spike sampled every time step (5 µs): the first action potential peaks at 40.233 mV in NEURON 8.2 (hh.mod,
    /// CVODE at 10⁻⁹ tolerances; tests/reference/hh_reference.json, the same 10 µA/cm² step from 10 ms); the
    /// first-order step error at 5 µs is ≈ 0.05 mV.
    /// </summary>
    [Fact]
    public void Run_hh_spike_writes_traces_whose_first_peak_matches_NEURON()
    {
        var neuron = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reference", "hh_reference.json")))
            .RootElement.GetProperty("first_spike").GetProperty("peak_mV").GetDouble();
        var path = Path.Combine(tool.Scratch, "spike.csv");
        var summary = Json.Object(tool.Run("run", "hh-spike", "--duration", "20ms", "--interval", "0.005ms", "-o", path, "-f", "json"));
        Assert.Equal(4001, summary.GetProperty("samples").GetInt32());
        var lines = File.ReadAllLines(path);
        Assert.Equal("time_ms,V_mV,gate_Na_m,gate_Na_h,gate_K_n", lines[0]);
        Assert.Equal(4002, lines.Length);
        var peak = lines.Skip(1).Max(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(peak, neuron - 0.15, neuron + 0.15);
    }

    [Fact]
    public void Run_k_accumulation_records_concentrations_and_k_clamp_the_clamp_current()
    {
        var accumulation = tool.Run("run", "k-accumulation", "--duration", "20ms", "-f", "csv");
        Assert.Equal(0, accumulation.ExitCode);
        Assert.StartsWith("time_ms,V_mV,gate_Na_m,gate_Na_h,gate_K_n,Na_in_mM,Na_out_mM,K_in_mM,K_out_mM\n", accumulation.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var clamp = tool.Run("run", "k-clamp", "-f", "csv");
        Assert.StartsWith("time_ms,V_mV,gate_K_n,clamp_current_uA_per_cm2,K_in_mM,K_out_mM\n", clamp.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_list_names_every_scenario()
    {
        var json = Json.Object(tool.Run("run", "list", "-f", "json"));
        var names = json.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(
            ["hh-spike", "k-clamp", "k-accumulation", "ncx-clamp", "potassium-buffering", "ischaemia", "chloride-gaba-switch", "endosome-acidification", "cardiac-ncx", "plant-salt-stress", "bacterial-energetics"],
            names);
    }

    /// <summary>
    /// ncx-clamp ends where NCX is at equilibrium with the −40 mV clamp: from the last row, E_NCX = 3E_Na − 2E_Ca with
    /// E = (RT/zF) ln(c_out/c_in) evaluated here by hand (Blaustein and Lederer 1999, eq. 1) is −40 mV, the clamp current
    /// is gone, and three Na⁺ left the cell for every Ca²⁺ that entered (3:1 exchange, equal volumes inside and out).
    /// </summary>
    [Fact]
    public void Run_ncx_clamp_ends_where_E_NCX_equals_the_clamp_potential()
    {
        var result = tool.Run("run", "ncx-clamp", "-f", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("time_ms,V_mV,clamp_current_uA_per_cm2,Na_in_mM,Na_out_mM,Ca_in_mM,Ca_out_mM", lines[0]);
        var last = lines[^1].Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (naIn, naOut, caIn, caOut) = (last[3], last[4], last[5], last[6]);
        var rtOverF = 8.31446261815324 * 310.15 / 96485.33212331001 * 1000;
        var eNcx = (3 * rtOverF * Math.Log(naOut / naIn)) - (2 * rtOverF / 2 * Math.Log(caOut / caIn));
        Assert.InRange(eNcx, -40.01, -39.99);
        Assert.InRange(Math.Abs(last[2]), 0, 1e-6);
        Assert.Equal(-3 * (caIn - 1e-4), naIn - 12, 9);
    }
}
