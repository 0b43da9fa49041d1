using System;
using Membrane.Biophysics.Cli;

return MembraneCli.Run(args, Console.Out, Console.Error);
