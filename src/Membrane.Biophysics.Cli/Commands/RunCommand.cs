using System.CommandLine;
namespace Membrane.Biophysics.Cli.Commands;
internal static class RunCommand
{
    public static Command Create(CliContext context) => new("run", "todo");
}
