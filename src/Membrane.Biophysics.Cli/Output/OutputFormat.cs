namespace Membrane.Biophysics.Cli.Output;

/// <summary>How results are written to standard output.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned "label  value unit" lines for people.</summary>
    Text,

    /// <summary>One JSON object whose keys are the fields' stable names.</summary>
    Json,

    /// <summary>A header of the fields' stable names and one row of values (or the table, when there is one).</summary>
    Csv,
}
