namespace AutoTrack.Oem.Internal;

/// <summary>A phrase found in folded text: its value and its token and character spans.</summary>
internal sealed record PhraseMatch<T>(T Value, string Phrase, int FirstToken, int TokenCount, int Start, int End);

/// <summary>
/// Finds known phrases in folded OEM wording, token by token (so "tyres" matches "tire" and punctuation or
/// hyphens do not matter). Overlaps are resolved longest first, then leftmost: "cabin air filter" wins over
/// "air filter".
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Tokens, string Phrase, T Value)>> _byFirstToken = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var tokens = OemText.Tokenize(OemText.Fold(phrase)).Select(t => t.Text).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            if (!_byFirstToken.TryGetValue(tokens[0], out var list))
            {
                _byFirstToken[tokens[0]] = list = [];
            }

            list.Add((tokens, phrase, value));
        }
    }

    public List<PhraseMatch<T>> FindAll(string folded) => FindAll(OemText.Tokenize(folded));

    public List<PhraseMatch<T>> FindAll(List<Token> tokens)
    {
        var candidates = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstToken.TryGetValue(tokens[i].Text, out var entries))
            {
                continue;
            }

            foreach (var (phraseTokens, phrase, value) in entries)
            {
                if (i + phraseTokens.Length > tokens.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 1; k < phraseTokens.Length && matches; k++)
                {
                    matches = string.Equals(tokens[i + k].Text, phraseTokens[k], StringComparison.Ordinal);
                }

                if (matches)
                {
                    candidates.Add(new PhraseMatch<T>(value, phrase, i, phraseTokens.Length, tokens[i].Start, tokens[i + phraseTokens.Length - 1].End));
                }
            }
        }

        var taken = new bool[tokens.Count];
        var chosen = new List<PhraseMatch<T>>();
        foreach (var candidate in candidates.OrderByDescending(c => c.TokenCount).ThenBy(c => c.FirstToken))
        {
            var free = true;
            for (var k = candidate.FirstToken; k < candidate.FirstToken + candidate.TokenCount && free; k++)
            {
                free = !taken[k];
            }

            if (!free)
            {
                continue;
            }

            for (var k = candidate.FirstToken; k < candidate.FirstToken + candidate.TokenCount; k++)
            {
                taken[k] = true;
            }

            chosen.Add(candidate);
        }

        chosen.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return chosen;
    }
}
