#!/usr/bin/python3
"""Turns a C# Polyglot notebook into a file-based app (dotnet run app.cs) that CI runs against the packed package.

.NET Interactive cannot run here, so CI checks a notebook the nearest way it can: the notebook is validated against
the nbformat 4 schema (Debian's python3-nbformat), its first code cell must reference the package being released
(#r "nuget: Membrane.Biophysics, <version>"), and its code cells, in order, become the top-level statements of one C#
file: using directives hoisted to the top, each #r of one of this repository's packages (which must name the release)
turned into a #:package of the packed version, other #r and #! lines dropped, a cell's trailing expression (the line Polyglot
would display) wrapped in display(...). The few .NET Interactive members the notebooks use (display, HTML,
Formatter.Register) are supplied by small stand-ins appended to the file, which print what a notebook would show and
check that every HTML table it would render parses as XML and every figure is an inline PNG. A notebook that stops compiling or throws fails CI.

Usage: notebook-to-app.py NOTEBOOK.ipynb RELEASE_VERSION PACKAGE_VERSION > app.cs
  RELEASE_VERSION: the version the notebook must reference (the project's VersionPrefix)
  PACKAGE_VERSION: the version of the package CI packed, which the app references
"""
import json
import re
import sys

import nbformat

STAND_INS = r'''
namespace Microsoft.DotNet.Interactive
{
    /// <summary>Stand-in for the members of .NET Interactive's Kernel a notebook calls without a using directive.</summary>
    public static class Kernel
    {
        public static void display(object? value, params string[] mimeTypes) => Formatting.Formatter.Show(value);

        public static HtmlContent HTML(string content) => new(content);
    }

    /// <summary>Stand-in for the IHtmlContent that Kernel.HTML returns.</summary>
    public sealed record HtmlContent(string Html)
    {
        public override string ToString() => Html;
    }
}

namespace Microsoft.DotNet.Interactive.Formatting
{
    /// <summary>Stand-in for .NET Interactive's Formatter: keeps the registrations and uses them as display would.</summary>
    public static class Formatter
    {
        private static readonly System.Collections.Generic.List<(System.Type Type, System.Action<object, System.IO.TextWriter> Format, string MimeType)> Registered = [];

        public static void Register(System.Type type, System.Action<object, System.IO.TextWriter> formatter, string mimeType = "text/plain") =>
            Registered.Insert(0, (type, formatter, mimeType));

        public static void Register<T>(System.Action<T, System.IO.TextWriter> formatter, string mimeType = "text/plain") =>
            Register(typeof(T), (value, writer) => formatter((T)value, writer), mimeType);

        internal static void Show(object? value)
        {
            if (value is HtmlContent content)
            {
                System.Console.WriteLine(Checked(content.Html));
                return;
            }

            System.Console.WriteLine(value?.ToString()); // as .NET Interactive's plain-text formatter does
            foreach (var (type, format, mimeType) in Registered)
            {
                if (mimeType == "text/html" && value is not null && type.IsInstanceOfType(value))
                {
                    using var writer = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                    format(value, writer);
                    System.Console.WriteLine(Checked(writer.ToString()));
                    return;
                }
            }
        }

        private static string Checked(string html)
        {
            var table = System.Xml.Linq.XElement.Parse(html);
            if (table.Name.LocalName == "img")
            {
                // A figure: its source must be an inline PNG that decodes (the PNG signature, 8 bytes).
                var source = (string?)table.Attribute("src") ?? string.Empty;
                const string prefix = "data:image/png;base64,";
                var png = System.Convert.FromBase64String(source.StartsWith(prefix, System.StringComparison.Ordinal) ? source[prefix.Length..] : throw new System.FormatException($"not an inline PNG: {source[..System.Math.Min(40, source.Length)]}"));
                byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
                return System.Linq.Enumerable.SequenceEqual(png[..8], signature)
                    ? $"[HTML img: a {png.Length}-byte PNG, {table.Attribute("width")?.Value}×{table.Attribute("height")?.Value}]"
                    : throw new System.FormatException("the inline image is not a PNG");
            }

            return table.Name.LocalName == "table"
                ? $"[HTML table: {System.Linq.Enumerable.Count(table.Descendants("tr"))} rows, well-formed]"
                : $"[HTML {table.Name.LocalName}: {table.Value}]";
        }
    }
}
'''

# A reference to one of this repository's packages (the core, the plotting satellite, ...), packed together by CI.
PACKAGE = re.compile(r'^\s*#r\s+"nuget:\s*(Membrane\.Biophysics(?:\.[\w.]+)?)\s*,\s*([^"\s]+)\s*"\s*$')
USING = re.compile(r'^\s*using\s+(static\s+)?[\w.]+\s*(=\s*[\w.<>, ]+)?;\s*$')


def fail(message):
    sys.exit(f"{sys.argv[1]}: {message}")


def main():
    path, release, package = sys.argv[1:4]
    with open(path, encoding="utf-8") as f:
        notebook = nbformat.read(f, as_version=nbformat.NO_CONVERT)
    if notebook.nbformat != 4:
        fail(f"nbformat {notebook.nbformat}, expected 4")
    nbformat.validate(notebook)
    kernel = notebook.metadata.get("kernelspec", {}).get("name")
    if kernel != ".net-csharp":
        fail(f"kernelspec name {kernel!r}, expected '.net-csharp'")

    code = [c for c in notebook.cells if c.cell_type == "code"]
    if not code:
        fail("no code cells")
    reference = f'#r "nuget: Membrane.Biophysics, {release}"'
    if reference not in code[0].source.splitlines():
        fail(f"the first code cell must say {reference}")

    usings = ["using System;", "using static Microsoft.DotNet.Interactive.Kernel;"]
    packages = []
    body = []
    for number, cell in enumerate(code, 1):
        lines = []
        for line in cell.source.splitlines():
            reference = PACKAGE.match(line)
            if reference:
                if reference.group(2) != release:
                    fail(f"{line.strip()} names version {reference.group(2)}, not {release}")
                if reference.group(1) not in packages:
                    packages.append(reference.group(1))
                continue
            if line.lstrip().startswith(("#r ", "#i ", "#!")):
                continue
            if USING.match(line):
                if line.strip() not in usings:
                    usings.append(line.strip())
                continue
            lines.append(line.rstrip())
        while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("//")):
            lines.pop()
        if lines and not lines[-1].endswith((";", "}", "{")):
            # Polyglot displays a cell's trailing expression; the notebooks keep it to one line.
            indent = len(lines[-1]) - len(lines[-1].lstrip())
            lines[-1] = " " * indent + f"display({lines[-1].strip()});"
        body.append(f"// ---- code cell {number}")
        body.extend(lines)

    for name in packages:
        print(f"#:package {name}@{package}")
    print("#:property ImplicitUsings=disable")
    print("#:property TreatWarningsAsErrors=true")
    print(f"// Generated by .ci/notebook-to-app.py from {path}; edit the notebook, not this file.")
    print("\n".join(usings))
    print()
    print("\n".join(body))
    print(STAND_INS)


if __name__ == "__main__":
    main()
