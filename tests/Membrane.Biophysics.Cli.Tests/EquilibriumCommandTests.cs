using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary><c>membrane nernst</c> and <c>membrane ghk</c> against values computed outside the library.</summary>
[Collection(ToolCollection.Name)]
public sealed class EquilibriumCommandTests(InstalledTool tool)
{
    /// <summary>
    /// E_K for 140 mM inside, 5 mM outside at 37 °C, from E = (RT/F) ln(c_out/c_in) evaluated by hand in Python with the
    /// exact SI 2019 R = 8.31446261815324 J/(mol·K) and F = 96485.33212331001 C/mol: −89.05869403673188 mV.
    /// </summary>
    [Fact]
    public void Nernst_for_K_140_over_5_mM_at_37_C_matches_the_formula_by_hand()
    {
        var json = Json.Object(tool.Run("nernst", "K", "--inside", "140mM", "--outside", "5mM", "-t", "37C", "--format", "json"));
        Assert.Equal(-89.05869403673188, json.GetProperty("potential_mV").GetDouble(), 9);
        Assert.Equal(310.15, json.GetProperty("temperature_K").GetDouble(), 9);
    }

    [Fact]
    public void Nernst_text_output_reads_with_units()
    {
        var result = tool.Run("nernst", "K+", "-i", "140 mM", "-o", "5 mM", "-t", "body");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("E_K          -89.06 mV", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("temperature  310.15 K", result.Output, System.StringComparison.Ordinal);
    }

    /// <summary>NEURON 8.2's h.nernst(10, 140, 1) at its default celsius 6.3 (tests/reference/neuron_nernst.json, modern units).</summary>
    [Fact]
    public void Nernst_for_Na_10_over_140_mM_at_the_squid_preset_matches_NEURON()
    {
        var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "reference", "neuron_nernst.json")))
            .RootElement.GetProperty("modes").GetProperty("modern").GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("label").GetString() == "Na_10_140_NEURON_default" && r.GetProperty("celsius").GetDouble() == 6.3);
        var json = Json.Object(tool.Run("nernst", "sodium", "-i", "10mM", "-o", "140mM", "-t", "squid", "-f", "json"));
        Assert.Equal(reference.GetProperty("E_mV").GetDouble(), json.GetProperty("potential_mV").GetDouble(), 9);
    }

    /// <summary>Δμ̃ = zF(V − E): at V = −70 mV, V − E_K = 19.0587 mV and 96485.332 × 0.0190587 J/mol = 1.83888 kJ/mol (by hand).</summary>
    [Fact]
    public void Nernst_with_a_voltage_gives_the_driving_force_and_its_free_energy()
    {
        var json = Json.Object(tool.Run("nernst", "K", "-i", "140mM", "-o", "5mM", "-t", "37C", "--voltage", "-70mV", "-f", "json"));
        Assert.Equal(19.05869403673188, json.GetProperty("driving_force_mV").GetDouble(), 9);
        Assert.Equal(96485.33212331001 * 0.01905869403673188 / 1000, json.GetProperty("delta_mu_kJ_per_mol").GetDouble(), 9);
    }

    /// <summary>Units as users type them: "u" for "µ", a space or none, °C, K and the presets give the same answer.</summary>
    [Theory]
    [InlineData("0.1uM", "2mM", "37C")]
    [InlineData("100 nM", "2 mM", "37 °C")]
    [InlineData("0.0001mM", "0.002M", "310.15K")]
    [InlineData("100nM", "2mM", "body")]
    public void Units_as_typed_give_the_same_answer(string inside, string outside, string temperature)
    {
        var json = Json.Object(tool.Run("nernst", "Ca2+", "-i", inside, "-o", outside, "-t", temperature, "-f", "json"));
        var expected = 8.31446261815324 * 310.15 / (2 * 96485.33212331001) * System.Math.Log(2 / 1e-4) * 1000; // 132.3436 mV by hand
        Assert.Equal(expected, json.GetProperty("potential_mV").GetDouble(), 9);
    }

    /// <summary>A German locale (decimal comma) changes neither what the tool reads nor what it writes.</summary>
    [Fact]
    public void A_comma_decimal_locale_changes_nothing()
    {
        var result = tool.RunWithEnvironment("LC_ALL", "de_DE.UTF-8", "nernst", "K", "-i", "140.5mM", "-o", "5mM", "-t", "36.5C", "-f", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("K,1,140.5,5,309.65,", result.Output.Split('\n')[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nernst_json_and_csv_field_names_are_the_documented_ones()
    {
        var json = Json.Object(tool.Run("nernst", "Ca", "-i", "100nM", "-o", "2mM", "-t", "37C", "-f", "json"));
        Assert.Equal(["ion", "valence", "inside_mM", "outside_mM", "temperature_K", "potential_mV"], Json.Keys(json));
        var csv = tool.Run("nernst", "Ca", "-i", "100nM", "-o", "2mM", "-t", "37C", "-f", "csv");
        var lines = csv.Output.TrimEnd().Split('\n');
        Assert.Equal("ion,valence,inside_mM,outside_mM,temperature_K,potential_mV", lines[0]);
        Assert.StartsWith("Ca,2,0.0001,2,310.15,", lines[1], System.StringComparison.Ordinal);
    }

    /// <summary>
    /// Hodgkin and Katz (1949) squid axon at rest, P_K : P_Na : P_Cl = 1 : 0.04 : 0.45, K 400/20, Na 50/440, Cl 40/560 mM
    /// at 6.3 °C: −59.358178130154435 mV from the GHK closed form evaluated separately in Python (SI 2019 R, F), as
    /// in the core's GhkVoltageTests; Hille (2001) quotes about −60 mV.
    /// </summary>
    [Fact]
    public void Ghk_with_permeability_ratios_gives_the_squid_resting_potential()
    {
        var json = Json.Object(tool.Run(
            "ghk", "--ion", "K=400mM/20mM", "--ion", "Na=50mM/440mM", "--ion", "Cl=40mM/560mM",
            "-p", "K=1", "-p", "Na=0.04", "-p", "Cl=0.45", "-t", "6.3C", "-f", "json"));
        Assert.Equal(-59.358178130154435, json.GetProperty("reversal_mV").GetDouble(), 8);
        Assert.Equal("relative", json.GetProperty("permeabilities").GetString());
        Assert.Equal(["permeant_ions", "permeabilities", "temperature_K", "reversal_mV"], Json.Keys(json));
    }

    /// <summary>
    /// A cation channel with P_Na = P_K (AMPA-like), Na 15/145 and K 140/5 mM at 37 °C: E = (RT/F) ln(150/155)
    /// = −0.87636 mV by hand (Mayer and Westbrook 1987 for the near-zero reversal). Absolute permeabilities with a unit.
    /// </summary>
    [Fact]
    public void Ghk_with_absolute_permeabilities_gives_the_AMPA_reversal()
    {
        var json = Json.Object(tool.Run("ghk", "--ion", "Na=15mM/145mM,K=140mM/5mM", "-p", "Na=1e-6cm/s,K=1e-6cm/s", "-t", "37C", "-f", "json"));
        var expected = 8.31446261815324 * 310.15 / 96485.33212331001 * System.Math.Log(150.0 / 155.0) * 1000;
        Assert.Equal(expected, json.GetProperty("reversal_mV").GetDouble(), 8);
        Assert.Equal("absolute", json.GetProperty("permeabilities").GetString());
    }
}
