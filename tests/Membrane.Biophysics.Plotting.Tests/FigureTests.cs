using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Xunit;

namespace Membrane.Biophysics.Plotting.Tests;

/// <summary>
/// Every figure renders headless (SkiaSharp's Linux native assets) to a PNG and an SVG of the size asked for. What
/// the figures show was checked by eye when they were written (docs/figures); these tests hold the files' form.
/// </summary>
public sealed class FigureTests
{
    private static readonly ElectricPotential[] Voltages = IvCurve.Grid(ElectricPotential.FromMillivolts(-100), ElectricPotential.FromMillivolts(0), 6);

    private static readonly ElectricCurrent[] Currents = Voltages.Select(v => ElectricCurrent.FromPicoamperes(4 * (v.Millivolts + 55))).ToArray();

    public static TheoryData<string> FigureNames => new() { "iv", "iv-density", "nernst", "voltage", "concentrations", "pnp", "model-run" };

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void A_figure_renders_to_a_png_of_the_asked_size(string name)
    {
        var png = Make(name).ToPng(640, 400);
        Assert.True(png.Length > 5000, $"{name}: a {png.Length}-byte PNG is too small to hold a figure");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(400, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void A_figure_renders_to_an_svg_of_the_asked_size(string name)
    {
        var svg = Make(name).ToSvg(500, 300);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"500\" height=\"300\"", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_iv_figure_labels_its_axes_in_units_and_marks_the_reversal()
    {
        var svg = Figures.IvCurve(Voltages, Currents, ElectricPotential.FromMillivolts(-55)).ToSvg(600, 400);
        Assert.Contains("V (mV)", svg, StringComparison.Ordinal);
        Assert.Contains("I (pA, outward +)", svg, StringComparison.Ordinal);
        Assert.Contains("E_rev = -55.0 mV", svg, StringComparison.Ordinal);
    }

    /// <summary>
    /// A model run is drawn in panels by quantity: potentials in mV; [Na⁺]ᵢ and [K⁺]ₒ of similar size together in mM;
    /// [Ca²⁺]ᵢ of a few µM on its own in µM; a volume in pL; the time axis in minutes for a ten-minute run; every
    /// series in a legend.
    /// </summary>
    [Fact]
    public void A_model_run_gets_a_panel_per_kind_of_quantity_with_units()
    {
        var figure = Figures.Traces(SmallModelRun().Series, SmallModelRun().ModelName);
        Assert.Equal(4, figure.Panels.Count);
        var svg = figure.ToSvg(900, 1000);
        foreach (var label in new[] { "V, E_NCX (mV)", "[Na⁺]i, [K⁺]o (mM)", "[Ca²⁺]i (µM)", "cell volume (pL)", "t (min)", "E_NCX, ischaemia" })
        {
            Assert.Contains(label, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_model_run_without_recordings_is_refused()
    {
        var empty = new ModelRun("empty", [], []);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => Figures.Traces(empty.Series, empty.ModelName)).Message, StringComparison.Ordinal);
    }

    // Ten minutes of made-up ischaemia-like traces (shapes only; the figure draws what it is given).
    private static ModelRun SmallModelRun()
    {
        var t = Enumerable.Range(0, 11).Select(k => Duration.FromMinutes(k)).ToArray();
        TimeSeries<TQ> Series<TQ>(string name, Func<int, TQ> value) where TQ : struct, IQuantity<TQ> => new(name, t, t.Select((_, k) => value(k)).ToArray());
        return new ModelRun(
            "ischaemia",
            [
                Series("V, ischaemia", k => ElectricPotential.FromMillivolts(-65 + (3 * k))),
                Series("E_NCX, ischaemia", k => ElectricPotential.FromMillivolts(-57 + (2.5 * k))),
                Series("[Na⁺]i, ischaemia", k => Concentration.FromMillimolar(12 + k)),
                Series("[K⁺]o, ischaemia", k => Concentration.FromMillimolar(4 + (3.6 * k))),
                Series("[Ca²⁺]i, ischaemia", k => Concentration.FromMicromolar(0.1 + (0.5 * k))),
                Series("cell volume, ischaemia", k => Volume.FromPicoliters(4.19 + (0.02 * k))),
            ],
            [ModelOutcome.Quantity("NCX reverses, ischaemia", (Duration?)null, "F0", "never")]);
    }

    [Fact]
    public void Save_picks_the_format_from_the_extension()
    {
        var folder = Directory.CreateTempSubdirectory("membrane-plot-tests");
        try
        {
            var figure = Make("nernst");
            figure.Save(Path.Combine(folder.FullName, "e.png"), 320, 200);
            figure.Save(Path.Combine(folder.FullName, "e.svg"), 320, 200);
            Assert.Equal(0x89, File.ReadAllBytes(Path.Combine(folder.FullName, "e.png"))[0]);
            Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(folder.FullName, "e.svg")), StringComparison.Ordinal);
            var e = Assert.Throws<ArgumentException>(() => figure.Save(Path.Combine(folder.FullName, "e.jpg"), 320, 200));
            Assert.Contains(".png or .svg", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ToHtml_inlines_the_png_for_a_notebook()
    {
        var html = Make("iv").ToHtml(300, 200);
        Assert.StartsWith("<img src=\"data:image/png;base64,iVBORw0KGgo", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 400, "width")]
    [InlineData(640, -1, "height")]
    public void A_size_of_zero_or_less_is_rejected_with_its_name(int width, int height, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Make("iv").ToPng(width, height));
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void Mismatched_or_missing_data_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Figures.IvCurve(Voltages, Currents[..3], null));
        Assert.Throws<ArgumentException>(() => Figures.NernstPotential(Ions.Potassium, Concentration.FromMillimolar(140), [Concentration.FromMillimolar(5)], Temperature.Body));
        Assert.Throws<ArgumentOutOfRangeException>(() => Figures.NernstPotential(Ions.Potassium, Concentration.FromMillimolar(140), [Concentration.FromMillimolar(5), Concentration.FromMillimolar(-1)], Temperature.Body));
        var noPools = new Simulation(CellModel.HodgkinHuxley(), Temperature.Squid, Duration.FromMilliseconds(0.01), ElectricPotential.FromMillivolts(-65))
            .Run(Duration.FromMilliseconds(1), Duration.FromMilliseconds(0.1), ElectricPotential.Zero);
        Assert.Throws<ArgumentException>(() => Figures.ConcentrationTraces(noPools));
    }

    private static Figure Make(string name) => name switch
    {
        "iv" => Figures.IvCurve(Voltages, Currents, IvCurve.ReversalPotential(Voltages, Currents), "ohmic"),
        "iv-density" => Figures.IvCurve(Voltages, Currents.Select(c => CurrentDensity.FromMicroamperesPerSquareCentimeter(c.Picoamperes)).ToArray(), null),
        "nernst" => Figures.NernstPotential(Ions.Potassium, Concentration.FromMillimolar(140), Enumerable.Range(0, 20).Select(k => Concentration.FromMillimolar(Math.Pow(10, k / 10.0))).ToArray(), Temperature.Body),
        "voltage" => Figures.VoltageTrace(HodgkinHuxley(), "HH"),
        "concentrations" => Figures.ConcentrationTraces(WithPools()),
        "pnp" => Figures.PnpProfile(Pnp(), ["K⁺", "Cl⁻"]),
        "model-run" => Figures.Traces(SmallModelRun().Series, SmallModelRun().ModelName),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static Recording HodgkinHuxley() =>
        new Simulation(CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Duration.FromMilliseconds(1), Duration.FromMilliseconds(20), CurrentDensity.FromMicroamperesPerSquareCentimeter(10))),
                Temperature.Squid, Duration.FromMilliseconds(0.01), ElectricPotential.FromMillivolts(-65))
            .Run(Duration.FromMilliseconds(20), Duration.FromMilliseconds(0.1), ElectricPotential.Zero);

    private static Recording WithPools()
    {
        var k = Channels.Channel.Ohmic("K", ConductanceDensity.FromMillisiemensPerSquareCentimeter(1), Ions.Potassium);
        var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [k])
            .WithConcentrations(new Solution((Ions.Potassium, Concentration.FromMillimolar(140))), new Solution((Ions.Potassium, Concentration.FromMillimolar(5))))
            .WithPools(Area.FromSquareMeters(1e-8), Volume.FromCubicMeters(1e-14), Volume.FromCubicMeters(1e-15));
        return new Simulation(model, Temperature.Body, Duration.FromMilliseconds(0.01), ElectricPotential.FromMillivolts(-60))
            .Run(Duration.FromMilliseconds(5), Duration.FromMilliseconds(0.1), ElectricPotential.Zero);
    }

    private static PnpSolution Pnp() => PoissonNernstPlanck.SteadyState(
        [
            new PnpSpecies("K⁺", 1, Ions.Potassium.DiffusionCoefficient!.Value, Concentration.FromMillimolar(100), Concentration.FromMillimolar(10)),
            new PnpSpecies("Cl⁻", -1, Ions.Chloride.DiffusionCoefficient!.Value, Concentration.FromMillimolar(100), Concentration.FromMillimolar(10)),
        ],
        ElectricPotential.FromMillivolts(-20), ElectricPotential.Zero, Length.FromNanometers(10), 78, Temperature.Body, intervals: 50);
}
