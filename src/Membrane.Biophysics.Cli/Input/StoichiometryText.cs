using System;
using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Cli.Input;

/// <summary>
/// Reads a stoichiometry as written in papers: "3 Na in, 1 Ca out" or "3Na:in,1Ca:out"; "1 ATP" couples one ATP
/// hydrolysed per cycle ("-3 ATP": three made). The core's <see cref="Stoichiometry"/> checks the result.
/// </summary>
internal static class StoichiometryText
{
    public static Stoichiometry Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var moves = new List<Translocation>();
        var reactions = new List<ReactionTurnover>();
        foreach (var term in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = Tokens(term);
            if (parts.Count == 2 && parts[1].Equals("ATP", StringComparison.OrdinalIgnoreCase))
            {
                reactions.Add(new ReactionTurnover(AtpHydrolysis.Reaction, Count(parts[0], term, option)));
                continue;
            }

            if (parts.Count != 3 || !(parts[2] is "in" or "out"))
            {
                throw new UserInputException($"{option}: '{term}' must be COUNT ION in|out (e.g. 3 Na in) or COUNT ATP.");
            }

            var count = Count(parts[0], term, option);
            moves.Add(new Translocation(IonNames.Find(parts[1], option), parts[2] == "in" ? count : -count));
        }

        return new Stoichiometry(moves, reactions);
    }

    // "3Na:in" → ["3", "Na", "in"]; "3 Na in" → the same.
    private static List<string> Tokens(string term)
    {
        var spaced = term.Replace(':', ' ');
        var tokens = new List<string>(spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (tokens.Count > 0)
        {
            var first = tokens[0];
            var digits = 0;
            while (digits < first.Length && (char.IsDigit(first[digits]) || (digits == 0 && first[0] == '-')))
            {
                digits++;
            }

            if (digits > 0 && digits < first.Length)
            {
                tokens[0] = first[..digits];
                tokens.Insert(1, first[digits..]);
            }
        }

        return tokens;
    }

    private static int Count(string text, string term, string option) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n != 0
            ? n
            : throw new UserInputException($"{option}: '{term}' must start with a non-zero whole count, e.g. 3 Na in.");
}
