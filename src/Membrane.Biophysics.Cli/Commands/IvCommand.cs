using System.CommandLine;
namespace Membrane.Biophysics.Cli.Commands;
internal static class IvCommand
{
    public static Command Create(CliContext context) => new("iv", "todo");
}
