using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Formatting;

/// <summary>
/// HTML tables of the library's tabular results — I–V points, transporter states, simulation recordings, liquid
/// junction potentials, Poisson–Nernst–Planck profiles — for Polyglot (.NET Interactive) and Jupyter notebooks, with
/// no dependency on either. A notebook registers every table in one line:
/// <code>
/// HtmlTables.Register((type, html) => Formatter.Register(type, (value, writer) => writer.Write(html(value)), HtmlTables.MimeType));
/// </code>
/// </summary>
/// <remarks>
/// Every column header names its unit ("V (mV)", "[K⁺]ᵢ (mM)"); numbers are written with 6 significant digits in the
/// invariant culture whatever the current culture; every text is HTML-escaped. Tables longer than <c>maxRows</c> show
/// evenly spaced rows (the first and last among them) and say so in their caption. Thread-safe (no state).
/// The tables live here rather than as <c>ToHtml()</c> on each result type so that the physics layers hold no
/// presentation code, the escaping and number rules are in one place, and I–V points (plain spans) have a table too.
/// </remarks>
public static partial class HtmlTables
{
    /// <summary>The MIME type of what the methods return, as a notebook's formatter registration asks for it.</summary>
    public const string MimeType = "text/html";

    /// <summary>The most rows a table shows unless a caller asks for another number.</summary>
    public const int DefaultMaxRows = 200;

    /// <summary>
    /// Passes each type this class renders, with a function that renders a value of it, to <paramref name="register"/>:
    /// a notebook's formatter registration (see the class remarks).
    /// </summary>
    /// <param name="register">
    /// Called once per type: the tables — <see cref="Recording"/>, <see cref="PnpSolution"/>,
    /// <see cref="LiquidJunction"/>, <see cref="TransporterState"/> and <see cref="IEnumerable{T}"/> of it, <see cref="IvPoints"/>, and every
    /// <see cref="IHtmlTable"/> (a satellite package's results, such as a ready model's run) — and every other
    /// public type of the library that writes its own <c>ToString()</c> (the quantities, ions, solutions, results such as
    /// <c>DonnanEquilibrium</c> or <c>MotiveForce</c>), rendered as that text, so that a notebook shows "-89.06 mV"
    /// where it would otherwise show a table of the value's properties.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public static void Register(Action<Type, Func<object, string>> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        List<Type> tables = [typeof(Recording), typeof(PnpSolution), typeof(LiquidJunction), typeof(TransporterState), typeof(IEnumerable<TransporterState>), typeof(IvPoints)];
        register(tables[0], value => Table((Recording)value));
        register(tables[1], value => Table((PnpSolution)value));
        register(tables[2], value => Table((LiquidJunction)value));
        register(tables[3], value => Table((TransporterState)value));
        register(tables[4], value => Table((IEnumerable<TransporterState>)value));
        register(tables[5], value => Table((IvPoints)value));
        register(typeof(IHtmlTable), value => ((IHtmlTable)value).ToHtmlTable());
        tables.Add(typeof(IHtmlTable));
        foreach (var type in typeof(HtmlTables).Assembly.GetExportedTypes())
        {
            if (!tables.Contains(type) && WritesItsOwnText(type))
            {
                register(type, value => Text(value));
            }
        }
    }

    /// <summary>A concrete, non-exception type whose public <c>ToString()</c> is its own (written or record-generated).</summary>
    private static bool WritesItsOwnText(Type type) =>
        !type.IsAbstract && !type.IsInterface && !type.IsEnum && !type.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(type) &&
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType == type;

    /// <summary>A value's own text, escaped, in a span the notebook's stylesheet can find.</summary>
    private static string Text(object value) =>
        "<span class=\"membrane-biophysics\">" + HtmlTableBuilder.Escape(value.ToString() ?? string.Empty) + "</span>";

    /// <summary>A table of measured I–V points (as a file is read): V (mV) and I (pA), in recorded order.</summary>
    /// <param name="points">The points.</param>
    /// <param name="maxRows">The most rows to show; ≥ 2.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> &lt; 2.</exception>
    public static string Table(IvPoints points, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(points);
        var (voltages, currents) = points;
        return IvTable(voltages, currents, maxRows);
    }

    /// <summary>A table of measured or model I–V points: V (mV) and I (pA), in the given order.</summary>
    /// <param name="voltages">The membrane potentials.</param>
    /// <param name="currents">The currents at them, outward positive; the same length.</param>
    /// <param name="maxRows">The most rows to show; ≥ 2.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> &lt; 2.</exception>
    public static string IvTable(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<ElectricCurrent> currents, int maxRows = DefaultMaxRows) =>
        Iv(voltages, MemoryMarshal.Cast<ElectricCurrent, double>(currents), 1e12, "I (pA)", maxRows);

    /// <summary>A table of I–V points of current densities: V (mV) and I (µA/cm²), in the given order.</summary>
    /// <param name="voltages">The membrane potentials.</param>
    /// <param name="currents">The current densities at them, outward positive; the same length.</param>
    /// <param name="maxRows">The most rows to show; ≥ 2.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> &lt; 2.</exception>
    public static string IvTable(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<CurrentDensity> currents, int maxRows = DefaultMaxRows) =>
        Iv(voltages, MemoryMarshal.Cast<CurrentDensity, double>(currents), 1e2, "I (µA/cm²)", maxRows);

    /// <summary>
    /// A recording as a table: time (ms), V (mV), every gate, the clamp current (µA/cm², under a voltage clamp) and the
    /// inside and outside concentration of every recorded ion (mM). The caption gives the sampling and the spike count.
    /// </summary>
    /// <param name="recording">What a simulation recorded.</param>
    /// <param name="maxRows">The most rows to show; ≥ 2.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> &lt; 2.</exception>
    public static string Table(Recording recording, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var headers = new List<string> { "t (ms)", "V (mV)" };
        headers.AddRange(recording.GateNames);
        var clamped = recording.ClampCurrents.Count > 0;
        if (clamped)
        {
            headers.Add("I_clamp (µA/cm²)");
        }

        foreach (var ion in recording.Ions)
        {
            headers.Add($"[{ion.Symbol}]ᵢ (mM)");
            headers.Add($"[{ion.Symbol}]ₒ (mM)");
        }

        var gates = recording.GateNames.Select(recording.Gate).ToArray();
        var inside = recording.Ions.Select(recording.InsideConcentrations).ToArray();
        var outside = recording.Ions.Select(recording.OutsideConcentrations).ToArray();
        var table = HtmlTableBuilder.Start(recording.ToString(), headers, recording.Times.Count, maxRows, out var shown);
        var cells = new string[headers.Count];
        foreach (var k in shown)
        {
            var c = 0;
            cells[c++] = HtmlTableBuilder.Number(recording.Times[k].Milliseconds);
            cells[c++] = HtmlTableBuilder.Number(recording.Voltages[k].Millivolts);
            foreach (var gate in gates)
            {
                cells[c++] = HtmlTableBuilder.Number(gate[k]);
            }

            if (clamped)
            {
                cells[c++] = HtmlTableBuilder.Number(recording.ClampCurrents[k].MicroamperesPerSquareCentimeter);
            }

            for (var i = 0; i < inside.Length; i++)
            {
                cells[c++] = HtmlTableBuilder.Number(inside[i][k].Millimolar);
                cells[c++] = HtmlTableBuilder.Number(outside[i][k].Millimolar);
            }

            table.Row(cells);
        }

        return table.ToString();
    }

    /// <summary>
    /// A Poisson–Nernst–Planck steady state as a table of profiles: position (nm, µm or mm, whichever suits the domain),
    /// φ (mV) and each species' concentration (mM). The caption gives the current and each species' flux.
    /// </summary>
    /// <param name="solution">The steady state.</param>
    /// <param name="species">The species as passed to the solver, to name the columns; null names them c₁, c₂, ….</param>
    /// <param name="maxRows">The most rows to show; ≥ 2.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="species"/> does not have one entry per profile.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> &lt; 2.</exception>
    public static string Table(PnpSolution solution, IReadOnlyList<PnpSpecies>? species = null, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var count = solution.Concentrations.Count;
        if (species is not null)
        {
            Guard.Count(count, species.Count, nameof(species), "one entry per concentration profile");
        }

        var names = Enumerable.Range(0, count).Select(i => species?[i].Name ?? string.Create(CultureInfo.InvariantCulture, $"c{i + 1}")).ToArray();
        var length = solution.Positions[^1].Meters;
        var (unit, scale) = length < 1e-6 ? ("nm", 1e9) : length < 1e-3 ? ("µm", 1e6) : ("mm", 1e3);
        var headers = new List<string> { $"x ({unit})", "φ (mV)" };
        headers.AddRange(names.Select(n => $"[{n}] (mM)"));
        var fluxes = string.Join(", ", names.Select((n, i) => $"J_{n} = {solution.Fluxes[i]}"));
        var table = HtmlTableBuilder.Start($"{solution}; {fluxes}", headers, solution.Positions.Count, maxRows, out var shown);
        var cells = new string[headers.Count];
        foreach (var k in shown)
        {
            cells[0] = HtmlTableBuilder.Number(solution.Positions[k].Meters * scale);
            cells[1] = HtmlTableBuilder.Number(solution.Potential[k].Millivolts);
            for (var i = 0; i < count; i++)
            {
                cells[2 + i] = HtmlTableBuilder.Number(solution.Concentrations[i][k].Millimolar);
            }

            table.Row(cells);
        }

        return table.ToString();
    }

    /// <summary>A liquid junction potential as a one-row table: LJP (mV), the method, each solution's electroneutrality and the iterations.</summary>
    /// <param name="junction">The junction potential.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="junction"/> is null.</exception>
    public static string Table(LiquidJunction junction)
    {
        ArgumentNullException.ThrowIfNull(junction);
        return HtmlTableBuilder.Start(
                "Liquid junction potential, φ_bath − φ_pipette; V_membrane = V_measured − LJP",
                ["LJP (mV)", "method", "pipette: net charge (mM)", "bath: net charge (mM)", "Newton iterations"])
            .Row(
                HtmlTableBuilder.Number(junction.Potential.Millivolts),
                junction.Method.ToString(),
                HtmlTableBuilder.Number(junction.Pipette.NetCharge.Millimolar),
                HtmlTableBuilder.Number(junction.Bath.NetCharge.Millimolar),
                junction.Iterations.ToString(CultureInfo.InvariantCulture))
            .ToString();
    }

    /// <summary>One transporter's state as a one-row table (see <see cref="Table(IEnumerable{TransporterState})"/>).</summary>
    /// <param name="state">The state.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static string Table(TransporterState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Table([state]);
    }

    /// <summary>
    /// Transporter states side by side, one row each: the transporter, V (mV), ΔG per cycle (kJ/mol), E_rev and
    /// V − E_rev (mV; "—" for an electroneutral transporter), z_net and the direction the cycle turns.
    /// </summary>
    /// <param name="states">The states, e.g. one transporter at several potentials or several transporters at one.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> or one of them is null.</exception>
    public static string Table(IEnumerable<TransporterState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var table = HtmlTableBuilder.Start(
            "Transporters: ΔG < 0 turns the cycle forward (as written)",
            ["transporter", "V (mV)", "ΔG (kJ/mol)", "E_rev (mV)", "V − E_rev (mV)", "z_net", "direction"]);
        foreach (var state in states)
        {
            ArgumentNullException.ThrowIfNull(state, nameof(states));
            table.Row(
                state.Transporter.ToString(),
                HtmlTableBuilder.Number(state.MembranePotential.Millivolts),
                HtmlTableBuilder.Number(state.FreeEnergy.KilojoulesPerMole),
                state.ReversalPotential is { } e ? HtmlTableBuilder.Number(e.Millivolts) : "—",
                state.DrivingForce is { } d ? HtmlTableBuilder.Number(d.Millivolts) : "—",
                state.NetChargeInward.ToString("+0;-0;0", CultureInfo.InvariantCulture),
                state.Direction switch
                {
                    TransportDirection.Forward => "forward (as written)",
                    TransportDirection.Reverse => "reverse",
                    _ => "equilibrium",
                });
        }

        return table.ToString();
    }

    private static string Iv(ReadOnlySpan<ElectricPotential> voltages, ReadOnlySpan<double> currentsSi, double scale, string currentHeader, int maxRows)
    {
        Guard.Count(voltages.Length, currentsSi.Length, "currents", "one value per voltage");

        var table = HtmlTableBuilder.Start("I–V points, outward current positive", ["V (mV)", currentHeader], voltages.Length, maxRows, out var shown);
        foreach (var k in shown)
        {
            table.Row(HtmlTableBuilder.Number(voltages[k].Millivolts), HtmlTableBuilder.Number(currentsSi[k] * scale));
        }

        return table.ToString();
    }
}
