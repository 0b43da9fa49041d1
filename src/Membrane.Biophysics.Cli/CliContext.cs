using System.CommandLine;
using System.IO;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli;

/// <summary>What every subcommand shares: where output goes, the --format option, and the temperature option's shape.</summary>
internal sealed class CliContext(TextWriter output)
{
    public TextWriter Output { get; } = output;

    public Option<string> Format { get; } = Choice(
        new Option<string>("--format", "-f")
        {
            Description = "Output: text (default, for people), json or csv (stable field names, for scripts).",
            DefaultValueFactory = _ => "text",
            Recursive = true,
        },
        "text", "json", "csv");

    /// <summary>A required --temperature: the library has no default temperature and neither has the tool.</summary>
    public static Option<string> TemperatureOption() => new("--temperature", "-t")
    {
        Description = "Temperature, e.g. 37C, 310.15K, or a preset: body (37 °C), room (22 °C), squid (6.3 °C).",
        Required = true,
    };

    public static Temperature Temperature(ParseResult parse, Option<string> option) =>
        Units.ParseTemperature(parse.GetRequiredValue(option), option.Name);

    public void Write(ParseResult parse, Report report) =>
        ReportWriter.Write(report, System.Enum.Parse<OutputFormat>(parse.GetRequiredValue(Format), ignoreCase: true), Output);

    /// <summary>An option that takes one of a few words, listed in its help and in the error for any other.</summary>
    public static Option<string> Choice(Option<string> option, params string[] words)
    {
        System.ArgumentNullException.ThrowIfNull(option);
        option.AcceptOnlyFromAmong(System.StringComparer.OrdinalIgnoreCase, words);
        return option;
    }
}
