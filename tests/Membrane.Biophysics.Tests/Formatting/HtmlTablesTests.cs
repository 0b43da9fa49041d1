using System.Collections.Generic;
using System.Xml.Linq;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Formatting;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Tests.Formatting;

/// <summary>
/// The HTML tables a notebook shows: well-formed (they parse as XML), escaped, units in every header, numbers in the
/// invariant culture although the suite runs under de-DE, long tables thinned and saying so.
/// </summary>
public class HtmlTablesTests
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private sealed record Parsed(string Caption, string[] Headers, string[][] Rows);

    private static Parsed Parse(string html)
    {
        var table = XElement.Parse(html); // throws unless well-formed: every text escaped, every tag closed
        Assert.Equal("table", table.Name.LocalName);
        return new Parsed(
            table.Element("caption")?.Value ?? string.Empty,
            table.Element("thead")!.Descendants("th").Select(th => th.Value).ToArray(),
            table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").Select(td => td.Value).ToArray()).ToArray());
    }

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Iv_points_have_units_in_the_headers_and_invariant_numbers_under_de_DE()
    {
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        ElectricPotential[] v = [Mv(-80.5), Mv(-60), Mv(12.25)];
        ElectricCurrent[] i = [ElectricCurrent.FromPicoamperes(-150.5), ElectricCurrent.FromNanoamperes(-0.0125), ElectricCurrent.FromPicoamperes(310)];

        var html = HtmlTables.IvTable(v, i);
        var table = Parse(html);

        Assert.Equal(["V (mV)", "I (pA)"], table.Headers);
        Assert.Equal(["-80.5", "-150.5"], table.Rows[0]);
        Assert.Equal(["-60", "-12.5"], table.Rows[1]); // 0.0125 nA = 12.5 pA
        Assert.Equal(["12.25", "310"], table.Rows[2]);
        Assert.DoesNotContain("12,25", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Iv_points_of_current_densities_are_in_microamperes_per_square_centimetre()
    {
        var table = Parse(HtmlTables.IvTable([Mv(-70)], [CurrentDensity.FromAmperesPerSquareMeter(0.5)]));

        Assert.Equal(["V (mV)", "I (µA/cm²)"], table.Headers);
        Assert.Equal(["-70", "50"], table.Rows[0]); // 1 A/m² = 100 µA/cm²
    }

    [Fact]
    public void Text_is_escaped_and_survives_the_round_trip()
    {
        const string name = "A<b>&\"'</td>";
        PnpSpecies[] species =
        [
            new(name, 1, Diffusivity.FromSquareCentimetersPerSecond(1e-5), Concentration.FromMillimolar(100), Concentration.FromMillimolar(10)),
            new("Cl⁻", -1, Diffusivity.FromSquareCentimetersPerSecond(2e-5), Concentration.FromMillimolar(100), Concentration.FromMillimolar(10)),
        ];
        var solution = PoissonNernstPlanck.SteadyState(species, Mv(0), Mv(0), Length.FromNanometers(20), 78, Temperature.Room, intervals: 40);

        var html = HtmlTables.Table(solution, species);
        var table = Parse(html);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("A&lt;b&gt;&amp;&quot;&#39;&lt;/td&gt;", html, StringComparison.Ordinal);
        Assert.Equal(["x (nm)", "φ (mV)", $"[{name}] (mM)", "[Cl⁻] (mM)"], table.Headers);
        Assert.Contains($"J_{name} = ", table.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Pnp_profiles_run_from_the_left_boundary_to_the_right_one()
    {
        PnpSpecies[] species =
        [
            new("K⁺", 1, Diffusivity.FromSquareCentimetersPerSecond(1.96e-5), Concentration.FromMillimolar(140), Concentration.FromMillimolar(5)),
            new("Cl⁻", -1, Diffusivity.FromSquareCentimetersPerSecond(2.03e-5), Concentration.FromMillimolar(140), Concentration.FromMillimolar(5)),
        ];
        var solution = PoissonNernstPlanck.SteadyState(species, Mv(-70), Mv(0), Length.FromMicrometers(2), 78, Temperature.Body, intervals: 400);

        var table = Parse(HtmlTables.Table(solution, species, maxRows: 50));

        Assert.Equal("x (µm)", table.Headers[0]);
        Assert.True(table.Rows.Length <= 50, $"{table.Rows.Length} rows");
        Assert.Equal(["0", "-70", "140", "140"], table.Rows[0]); // the boundary values the solver was given
        Assert.Equal(2, Number(table.Rows[^1][0]), 12);
        Assert.Equal(0, Number(table.Rows[^1][1]), 9);
        Assert.Equal(5, Number(table.Rows[^1][2]), 9);
        Assert.Contains($"of {solution.Positions.Count} rows shown", table.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recording_shows_time_voltage_gates_and_concentrations_with_units_thinned_to_max_rows()
    {
        var model = CellModel.HodgkinHuxley()
            .WithCurrentStep(new CurrentStep(Ms(5), Ms(20), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        var recording = new Simulation(model, Temperature.Squid, Ms(0.025), Mv(-65)).Run(Ms(30), Ms(0.025), Mv(0));
        Assert.Equal(1201, recording.Times.Count);

        var table = Parse(HtmlTables.Table(recording, maxRows: 100));

        Assert.Equal(["t (ms)", "V (mV)"], table.Headers[..2]);
        Assert.Equal(recording.GateNames, table.Headers[2..(2 + recording.GateNames.Count)]);
        foreach (var ion in recording.Ions)
        {
            Assert.Contains($"[{ion.Symbol}]ᵢ (mM)", table.Headers);
            Assert.Contains($"[{ion.Symbol}]ₒ (mM)", table.Headers);
        }

        Assert.InRange(table.Rows.Length, 90, 100);
        Assert.Equal(["0", "-65"], table.Rows[0][..2]);
        Assert.Equal(30, Number(table.Rows[^1][0]), 9);
        Assert.Equal(recording.Voltages[^1].Volts * 1000, Number(table.Rows[^1][1]), 3);
        Assert.Contains("of 1201 rows shown", table.Caption, StringComparison.Ordinal);
        Assert.Contains(recording.ToString(), table.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recording_prints_its_sampling_range_and_spikes_with_units()
    {
        var model = CellModel.HodgkinHuxley()
            .WithCurrentStep(new CurrentStep(Ms(5), Ms(20), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        var recording = new Simulation(model, Temperature.Squid, Ms(0.025), Mv(-65)).Run(Ms(30), Ms(0.025), Mv(0));

        var text = recording.ToString();

        Assert.StartsWith("1201 samples every 0.025 ms over 30 ms; V from -", text, StringComparison.Ordinal);
        Assert.Contains(" mV to ", text, StringComparison.Ordinal);
        Assert.Contains("gates Na.m, Na.h, K.n", text, StringComparison.Ordinal);
        Assert.EndsWith($"; {recording.SpikeTimes.Count} spikes", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voltage_clamp_recording_has_a_clamp_current_column()
    {
        var model = CellModel.HodgkinHuxley().WithVoltageClamp(Mv(-65), new ClampStep(Ms(1), Ms(2), Mv(0)));
        var recording = new Simulation(model, Temperature.Squid, Ms(0.01), Mv(-65)).Run(Ms(4), Ms(0.5), Mv(100));

        var table = Parse(HtmlTables.Table(recording));

        var column = Array.IndexOf(table.Headers, "I_clamp (µA/cm²)");
        Assert.True(column > 0, string.Join(" | ", table.Headers));
        Assert.Equal(recording.ClampCurrents[4].AmperesPerSquareMeter / 1e-2, Number(table.Rows[4][column]), 3);
        Assert.Contains("voltage clamp", recording.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_run_lists_its_headline_numbers_escaped_under_its_name()
    {
        var series = new TimeSeries<ElectricPotential>("V, <control>", [Duration.Zero, Ms(1)], [Mv(-65), Mv(-64)]);
        var run = new ModelRun("ischaemia", [series], [ModelOutcome.Quantity("NCX reverses, <ischaemia>", (Duration?)null, "F0", "never"), ModelOutcome.Quantity("final V", Mv(-32.2), "F1")]);
        var table = Parse(run.ToHtmlTable());
        Assert.Equal("ischaemia: headline numbers, 1 recorded series", table.Caption);
        Assert.Equal(["what", "value"], table.Headers);
        Assert.Equal([["NCX reverses, <ischaemia>", "never"], ["final V", "-32.2 mV"]], table.Rows);
    }

    [Fact]
    public void A_junction_potential_is_one_row_in_millivolts()
    {
        // K-gluconate pipette in a NaCl bath: JPCalc's published value is +15.6 mV (Axon Instruments, AxoBits 39), which
        // Henderson's equation (as JPCalc uses it) reproduces.
        var pipette = new Solution(
            (Ions.Potassium, Concentration.FromMillimolar(145)), (Ions.Sodium, Concentration.FromMillimolar(13)), (Ions.Chloride, Concentration.FromMillimolar(10)),
            (Ions.Gluconate, Concentration.FromMillimolar(145)), (Ions.Magnesium, Concentration.FromMillimolar(1)), (Ions.Hepes, Concentration.FromMillimolar(5)));
        var bath = new Solution(
            (Ions.Potassium, Concentration.FromMillimolar(2.8)), (Ions.Sodium, Concentration.FromMillimolar(145)), (Ions.Chloride, Concentration.FromMillimolar(148.8)),
            (Ions.Magnesium, Concentration.FromMillimolar(2)), (Ions.Calcium, Concentration.FromMillimolar(1)), (Ions.Hepes, Concentration.FromMillimolar(5)));
        var junction = JunctionPotential.Of(pipette, bath, Temperature.FromDegreesCelsius(20), JunctionMethod.Henderson);

        var table = Parse(HtmlTables.Table(junction));

        Assert.Equal("LJP (mV)", table.Headers[0]);
        var row = Assert.Single(table.Rows);
        Assert.Equal(15.6, Number(row[0]), 0.05);
        Assert.Equal("Henderson", row[1]);
        Assert.Contains("V_membrane = V_measured − LJP", table.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Transporter_states_show_a_dash_for_the_reversal_of_an_electroneutral_one()
    {
        var cell = TransportConditions.FromGradients(
            (Ions.Sodium, IonGradient.Millimolar(12, 145)),
            (Ions.Potassium, IonGradient.Millimolar(140, 4)),
            (Ions.Chloride, IonGradient.Millimolar(8, 120)),
            (Ions.Bicarbonate, IonGradient.Millimolar(15, 25)));
        var v = Mv(-70);
        TransporterState[] states = [Transporters.Nkcc1.At(cell, v, Temperature.Body), Transporters.Nbce1TwoBicarbonate.At(cell, v, Temperature.Body)];

        var html = HtmlTables.Table(states);
        var table = Parse(html);

        Assert.Equal(["transporter", "V (mV)", "ΔG (kJ/mol)", "E_rev (mV)", "V − E_rev (mV)", "z_net", "direction"], table.Headers);
        Assert.Equal("—", table.Rows[0][3]);
        Assert.Equal("—", table.Rows[0][4]);
        Assert.Equal("0", table.Rows[0][5]);
        Assert.Equal(states[1].ReversalPotential!.Value.Volts * 1000, Number(table.Rows[1][3]), 3);
        Assert.Equal("-1", table.Rows[1][5]); // 1 Na⁺ and 2 HCO₃⁻ inward: net −1 charge
        Assert.Contains("ΔG &lt; 0", html, StringComparison.Ordinal);
        Assert.Equal(Parse(HtmlTables.Table(states[0])).Rows[0], table.Rows[0]);
    }

    [Fact]
    public void Register_hands_a_notebook_a_renderer_for_every_tabular_result_type()
    {
        var registered = new Dictionary<Type, Func<object, string>>();

        HtmlTables.Register((type, html) => registered.Add(type, html));

        Assert.Superset(
            new[] { typeof(Recording), typeof(PnpSolution), typeof(LiquidJunction), typeof(TransporterState), typeof(IEnumerable<TransporterState>), typeof(IvPoints) }.ToHashSet(),
            registered.Keys.ToHashSet());
        var points = new IvPoints([Mv(-80), Mv(-60)], [ElectricCurrent.FromPicoamperes(-110.5), ElectricCurrent.FromNanoamperes(0.05)]);
        var iv = registered[typeof(IvPoints)](points);
        Assert.StartsWith("<table", iv, StringComparison.Ordinal);
        Assert.Contains("<td>-110.5</td>", iv, StringComparison.Ordinal);
        Assert.Contains("<td>50</td>", iv, StringComparison.Ordinal);
        var cell = TransportConditions.FromGradients((Ions.Potassium, IonGradient.Millimolar(140, 4)), (Ions.Chloride, IonGradient.Millimolar(8, 120)));
        var state = Transporters.Kcc2.At(cell, Mv(-70), Temperature.Body);
        Assert.StartsWith("<table", registered[typeof(TransporterState)](state), StringComparison.Ordinal);
        Assert.StartsWith("<table", registered[typeof(IEnumerable<TransporterState>)](new List<TransporterState> { state }), StringComparison.Ordinal);
    }

    [Fact]
    public void Register_shows_every_other_type_that_writes_its_own_text_as_that_text_escaped()
    {
        var registered = new Dictionary<Type, Func<object, string>>();

        HtmlTables.Register((type, html) => registered.Add(type, html));

        // Every quantity, so a notebook shows "-89.06 mV" rather than a table of Volts, Millivolts, SiValue, …
        var quantities = typeof(ElectricPotential).Assembly.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuantity<>))).ToArray();
        Assert.True(quantities.Length > 20, $"{quantities.Length} quantity types");
        Assert.Superset(quantities.ToHashSet(), registered.Keys.ToHashSet());
        Assert.Contains(typeof(Ion), registered.Keys);
        Assert.DoesNotContain(typeof(Simulation), registered.Keys); // no text of its own: the notebook's default applies
        Assert.DoesNotContain(typeof(HtmlTables), registered.Keys);
        Assert.Equal("<span class=\"membrane-biophysics\">-89.0587 mV</span>", registered[typeof(ElectricPotential)](Mv(-89.0586940367)));
        var species = new PnpSpecies("A<b>&", 1, Diffusivity.FromSquareCentimetersPerSecond(1e-5), Concentration.FromMillimolar(1), Concentration.FromMillimolar(1));
        Assert.Equal("<span class=\"membrane-biophysics\">A&lt;b&gt;&amp;</span>", registered[typeof(PnpSpecies)](species));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var tooFew = Assert.Throws<ArgumentOutOfRangeException>(() => HtmlTables.IvTable([Mv(1), Mv(2), Mv(3)], [ElectricCurrent.Zero, ElectricCurrent.Zero, ElectricCurrent.Zero], maxRows: 1));
        Assert.Equal("maxRows", tooFew.ParamName);
        var mismatch = Assert.Throws<ArgumentException>(() => HtmlTables.IvTable([Mv(1), Mv(2)], [ElectricCurrent.Zero]));
        Assert.Equal("currents", mismatch.ParamName);
        Assert.Throws<ArgumentNullException>(() => HtmlTables.Register(null!));
    }

    [Theory]
    [InlineData(10, 10, 10)]
    [InlineData(11, 10, 10)]
    [InlineData(1001, 2, 2)]
    [InlineData(1001, 3, 3)]
    [InlineData(1001, 200, 200)]
    [InlineData(4001, 200, 200)]
    public void A_thinned_table_keeps_the_first_and_last_row_and_at_most_max_rows(int count, int maxRows, int expectedAtMost)
    {
        var v = Enumerable.Range(0, count).Select(k => Mv(k)).ToArray();
        var i = new ElectricCurrent[count];

        var table = Parse(HtmlTables.IvTable(v, i, maxRows));

        Assert.InRange(table.Rows.Length, 2, expectedAtMost);
        Assert.Equal("0", table.Rows[0][0]);
        Assert.Equal((count - 1).ToString(CultureInfo.InvariantCulture), table.Rows[^1][0]);
    }
}
