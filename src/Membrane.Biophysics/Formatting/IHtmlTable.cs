namespace Membrane.Biophysics.Formatting;

/// <summary>
/// A result that renders itself as an HTML table in the library's style (units in the headers, the invariant culture,
/// every text escaped): the results of the satellite packages, such as a ready model's run, which
/// <see cref="HtmlTables.Register"/> registers with the core's own tables without the core knowing them.
/// </summary>
public interface IHtmlTable
{
    /// <summary>The table.</summary>
    /// <returns>An HTML <c>table</c> element.</returns>
    string ToHtmlTable();
}
