using System;
using System.CommandLine;
using System.IO;
using Membrane.Biophysics.Cli.Commands;
using Membrane.Biophysics.Cli.Input;

namespace Membrane.Biophysics.Cli;

/// <summary>
/// The `membrane` command: builds the command tree, runs the chosen subcommand, and turns bad input into one line on
/// standard error and a non-zero exit code (2 for a command line that does not parse, 1 for values the library rejects).
/// </summary>
internal static class MembraneCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output);
        var root = new RootCommand(
            "Membrane biophysics from the command line: Nernst and GHK potentials, transporters, liquid junction potentials, " +
            "I–V analysis, simulation scenarios and plots. Units as you write them (140mM, -70mV, 37C); --format text|json|csv.")
        {
            context.Format,
            NernstCommand.Create(context),
            GhkCommand.Create(context),
            TransporterCommand.Create(context),
            LjpCommand.Create(context),
            IvCommand.Create(context),
            RunCommand.Create(context),
            PlotCommand.Create(context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"membrane: {OneLine(parse.Errors[0].Message)} (see 'membrane --help')");
            return 2;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is UserInputException or ArgumentException or FormatException or ConvergenceException
                                      or NonFiniteStateException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"membrane: {OneLine(e.Message)}");
            return 1;
        }
    }

    // One line, single-spaced: System.CommandLine's own messages carry tabs and line breaks.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
