using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// A ready physiological model of <see cref="ReadyModels"/> as a scenario: it runs with its cited defaults (the command
/// line cannot override them; from .NET use the model type, e.g. <c>IschaemiaModel.Default with { … }</c>), prints its
/// headline numbers (in SI, the field name ending in the unit, for JSON and CSV; as the model formats them for text),
/// writes every recording as a long table (<c>series</c>, <c>time_s</c>, <c>value</c>, <c>unit</c>,
/// values in SI) and draws <see cref="Figures.Traces"/>.
/// </summary>
internal sealed class ModelScenario(ReadyModel model) : IScenario
{
    public string Name => model.Name;

    public string Description => $"{model.Title} ({model.Citation})";

    public Temperature? Temperature => null;

    public Duration? Duration => null;

    public ScenarioRun Run(RunOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Any)
        {
            throw new UserInputException($"--duration/--interval/--temperature: the ready model '{Name}' runs with its cited defaults, each run stating its own; change them from .NET (the model type's Default with {{ … }}).");
        }

        return new ModelRunResult(model, model.Run());
    }

    private sealed class ModelRunResult(ReadyModel model, ModelRun run) : ScenarioRun
    {
        public override Report Summary()
        {
            var report = new Report()
                .Add("scenario", "scenario", model.Name)
                .Add("description", "what", model.Title)
                .Add("source", "after", model.Citation)
                .Add("series", "recordings", run.Series.Count)
                .Add("samples", "samples", run.Series.Sum(s => s.Times.Count));
            var keys = new HashSet<string>(report.Fields.Select(f => f.Key), StringComparer.Ordinal);
            foreach (var outcome in run.Outcomes)
            {
                var stem = Key(outcome.Name) + UnitSuffix(outcome.SiUnit);
                var key = stem;
                for (var n = 2; !keys.Add(key); n++)
                {
                    key = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
                }

                // JSON and CSV get the number in SI (null when the run did not produce it) or the statement's words;
                // the text output, the outcome's own text in the unit it is read in.
                object? value = outcome.Kind == ModelOutcomeKind.Statement ? outcome.Text : outcome.SiValue;
                report.Add(key, outcome.Name, value, outcome.SiUnit, text: outcome.Text);
            }

            return report;
        }

        public override Table Traces() => Scenarios.Traces.From(run.Series);

        public override Figure Plot(string? traces, string title)
        {
            if (traces is not null)
            {
                throw new UserInputException($"--traces: applies to simulation scenarios; the figure of the ready model '{model.Name}' draws every recording.");
            }

            return Figures.Traces(run.Series, title);
        }
    }

    // The end of a field name that says the value's unit, as the other commands' fields do (potential_mV): "mol/m³" →
    // "_mol_per_m3", "mol/(m²·s)" → "_mol_per_m2_s", "V" → "_V"; nothing for a pure number or pH (dimensionless).
    internal static string UnitSuffix(string unit)
    {
        if (unit.Length == 0 || unit == "pH")
        {
            return "";
        }

        var key = new StringBuilder("_");
        foreach (var c in unit.Normalize(NormalizationForm.FormKC))
        {
            if (c == '/')
            {
                key.Append("_per_");
            }
            else if (c is '·' or ' ')
            {
                key.Append('_');
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    // A stable field name from an outcome's name: "peak [K⁺]o, weak buffering" → "peak_k_o_weak_buffering",
    // "Δp, NhaA" → "delta_p_nhaa" (compatibility forms fold ᵢ, ₒ, ² to i, o, 2; Greek letters are spelled out).
    internal static string Key(string name)
    {
        var key = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            var word = c switch
            {
                'Δ' => "delta",
                'ψ' => "psi",
                'φ' => "phi",
                'μ' or 'µ' => "u",
                _ when char.IsAsciiLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
                _ => null,
            };
            if (word is null)
            {
                if (key.Length > 0 && key[^1] != '_')
                {
                    key.Append('_');
                }
            }
            else
            {
                if (word.Length > 1 && key.Length > 0 && key[^1] != '_')
                {
                    key.Append('_');
                }

                key.Append(word);
                if (word.Length > 1)
                {
                    key.Append('_');
                }
            }
        }

        return key.ToString().Trim('_');
    }
}
