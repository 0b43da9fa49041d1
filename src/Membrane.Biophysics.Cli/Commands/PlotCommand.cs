using System.CommandLine;
namespace Membrane.Biophysics.Cli.Commands;
internal static class PlotCommand
{
    public static Command Create(CliContext context) => new("plot", "todo");
}
