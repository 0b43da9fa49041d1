using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary><c>membrane transporter</c> and <c>membrane ljp</c> against values computed outside the library.</summary>
[Collection(ToolCollection.Name)]
public sealed class TransportCommandTests(InstalledTool tool)
{
    /// <summary>
    /// NCX reversal E_NCX = 3E_Na − 2E_Ca (Blaustein and Lederer 1999, eq. 1): Na 10/140 mM, Ca 100 nM/2 mM at 37 °C,
    /// E_Na = 70.53319 mV, E_Ca = 132.34357 mV by the Nernst formula by hand, so E_NCX = −53.08758 mV; at −80 mV the
    /// exchanger runs forward (as written: 3 Na⁺ in, 1 Ca²⁺ out) and ΔG = F(V − E) = −2.59665 kJ/mol.
    /// </summary>
    [Fact]
    public void Ncx_reversal_is_three_E_Na_minus_two_E_Ca()
    {
        var json = Json.Object(tool.Run("transporter", "ncx", "--ion", "Na=10mM/140mM", "--ion", "Ca=100nM/2mM", "-V", "-80mV", "-t", "37C", "-f", "json"));
        Assert.Equal(-53.087578960691246, json.GetProperty("reversal_mV").GetDouble(), 8);
        Assert.Equal(96485.33212331001 * (-0.080 + 0.053087578960691246) / 1000, json.GetProperty("free_energy_kJ_per_mol").GetDouble(), 8);
        Assert.Equal("as-written", json.GetProperty("direction").GetString());
        Assert.Equal(1, json.GetProperty("net_charge_inward").GetInt32());
        Assert.Equal(
            ["transporter", "stoichiometry", "net_charge_inward", "electrogenic", "temperature_K", "membrane_potential_mV",
             "free_energy_kJ_per_mol", "reversal_mV", "driving_force_mV", "direction"],
            Json.Keys(json));
    }

    [Fact]
    public void A_custom_stoichiometry_gives_the_same_answer_as_the_catalog_entry()
    {
        var custom = Json.Object(tool.Run("transporter", "--stoichiometry", "3 Na in, 1 Ca out", "--ion", "Na=10mM/140mM,Ca=100nM/2mM", "-V", "-80mV", "-t", "37C", "-f", "json"));
        Assert.Equal(-53.087578960691246, custom.GetProperty("reversal_mV").GetDouble(), 8);
        Assert.Equal("custom", custom.GetProperty("transporter").GetString());
    }

    /// <summary>
    /// NKCC1 is electroneutral: no reversal potential (null in JSON, empty in CSV). Its ΔG for Na 10/140, K 140/5,
    /// Cl 10/120 mM at 37 °C is RT[ln(10/140) + ln(140/5) + 2 ln(10/120)] = −11.0283 kJ/mol (by hand): it imports.
    /// </summary>
    [Fact]
    public void Nkcc1_is_electroneutral_and_imports_at_neuronal_gradients()
    {
        var json = Json.Object(tool.Run("transporter", "nkcc1", "--ion", "Na=10mM/140mM,K=140mM/5mM,Cl=10mM/120mM", "-V", "-70mV", "-t", "37C", "-f", "json"));
        var rt = 8.31446261815324 * 310.15;
        var expected = rt * (System.Math.Log(10.0 / 140) + System.Math.Log(140.0 / 5) + (2 * System.Math.Log(10.0 / 120))) / 1000;
        Assert.Equal(expected, json.GetProperty("free_energy_kJ_per_mol").GetDouble(), 8);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("reversal_mV").ValueKind);
        Assert.False(json.GetProperty("electrogenic").GetBoolean());
        var csv = tool.Run("transporter", "nkcc1", "--ion", "Na=10mM/140mM,K=140mM/5mM,Cl=10mM/120mM", "-V", "-70mV", "-t", "37C", "-f", "csv");
        Assert.Contains(",false,310.15,-70,", csv.Output, System.StringComparison.Ordinal);
        Assert.Contains(",,,as-written", csv.Output, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// One salt, NaCl 100 mM in the pipette against 10 mM in the bath at 25 °C: Henderson's LJP is the textbook
    /// (t₊ − t₋)(RT/F) ln(a±,p/a±,b) (Bard and Faulkner, eq. 2.3.39), t₊ = D_Na/(D_Na + D_Cl) with the CRC D values
    /// 1.334 and 2.032 × 10⁻⁹ m²/s. Ideal: −12.26774 mV by hand. With Davies's γ (A = 0.5091 at 25 °C, Robinson and
    /// Stokes 1959, Appendix 7.1): −11.5036 mV by hand; the library takes A from the permittivity of water, hence the 0.01 mV window.
    /// </summary>
    [Fact]
    public void Ljp_of_one_salt_in_concentrations_and_in_Davies_activities_matches_the_textbook()
    {
        string[] salt = ["ljp", "--pipette", "Na=100mM,Cl=100mM", "--bath", "Na=10mM,Cl=10mM", "-t", "25C", "-m", "henderson", "-f", "json"];
        var ideal = Json.Object(tool.Run(salt));
        var davies = Json.Object(tool.Run([.. salt, "--activities", "davies"]));
        Assert.Equal(-12.267743933445653, ideal.GetProperty("ljp_mV").GetDouble(), 9);
        Assert.InRange(davies.GetProperty("ljp_mV").GetDouble(), -11.5036 - 0.01, -11.5036 + 0.01);
        Assert.Equal("davies", davies.GetProperty("activities").GetString());
    }

    /// <summary>
    /// NHE1 (1 Na⁺ in, 1 H⁺ out) with Na 10/140 mM and pH 7.2 inside, 7.4 outside at 37 °C: electroneutral, ΔG =
    /// RT[ln(10/140) − ln(10^−7.2/10^−7.4)] = RT[ln(1/14) − 0.2 ln 10] by hand: negative, so it extrudes H⁺.
    /// </summary>
    [Fact]
    public void Nhe1_takes_the_proton_gradient_from_the_two_pH_values()
    {
        var json = Json.Object(tool.Run("transporter", "nhe1", "--ion", "Na=10mM/140mM", "--ph-in", "7.2", "--ph-out", "7.4", "-V", "-70mV", "-t", "37C", "-f", "json"));
        var expected = 8.31446261815324 * 310.15 * (System.Math.Log(1.0 / 14) - (0.2 * System.Math.Log(10))) / 1000;
        Assert.Equal(expected, json.GetProperty("free_energy_kJ_per_mol").GetDouble(), 8);
        Assert.Equal("as-written", json.GetProperty("direction").GetString());
    }

    /// <summary>
    /// JPCalcWin manual (Barry), p. 7: pipette 135 CsF + 10 NaCl against a 145 NaCl bath at 20 °C → +8.74 mV by
    /// JPCalc's Henderson equation; the measured −60 mV is then −68.74 mV (V_m = V_measured − LJP).
    /// </summary>
    [Fact]
    public void Ljp_of_a_CsF_pipette_matches_JPCalc()
    {
        var json = Json.Object(tool.Run("ljp", "--pipette", "Cs=135mM,F=135mM,Na=10mM,Cl=10mM", "--bath", "Na=145mM,Cl=145mM", "-t", "20C", "--method", "henderson", "--measured", "-60mV", "-f", "json"));
        Assert.InRange(json.GetProperty("ljp_mV").GetDouble(), 8.69, 8.79);
        Assert.Equal(-60 - json.GetProperty("ljp_mV").GetDouble(), json.GetProperty("corrected_mV").GetDouble(), 10);
        Assert.Equal(["method", "activities", "temperature_K", "ljp_mV", "measured_mV", "corrected_mV"], Json.Keys(json));
    }
}
