using System.Collections.Frozen;
using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem;

/// <summary>
/// The canonical service taxonomy: codes, the wording OEMs use for them, default actions, safety-critical
/// flags and plausible bounds. <see cref="Default"/> is the documented taxonomy (docs/taxonomy.md).
/// </summary>
public sealed class ServiceTaxonomy
{
    private readonly FrozenDictionary<string, ServiceDefinition> _byCode;

    /// <summary>Creates a taxonomy from definitions (codes must be unique).</summary>
    /// <param name="definitions">The services.</param>
    /// <param name="compounds">Phrases that name several services at once ("oil and filter").</param>
    /// <exception cref="ArgumentException">A code is defined twice, or a compound names an unknown code.</exception>
    public ServiceTaxonomy(IEnumerable<ServiceDefinition> definitions, IReadOnlyDictionary<string, string[]>? compounds = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = definitions.ToList();
        var duplicate = list.GroupBy(d => d.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Service code '{duplicate.Key}' is defined more than once.", nameof(definitions));
        }

        Definitions = list;
        _byCode = list.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        var phrases = new List<(string Phrase, string[] Codes)>();
        foreach (var definition in list)
        {
            phrases.Add((definition.DisplayName, [definition.Code]));
            phrases.AddRange(definition.Synonyms.Select(s => (s, new[] { definition.Code })));
        }

        foreach (var (phrase, codes) in compounds ?? new Dictionary<string, string[]>())
        {
            var unknown = codes.FirstOrDefault(c => !_byCode.ContainsKey(c));
            if (unknown is not null)
            {
                throw new ArgumentException($"Compound phrase '{phrase}' names unknown service code '{unknown}'.", nameof(compounds));
            }

            phrases.Add((phrase, codes));
        }

        Matcher = new PhraseMatcher<string[]>(phrases);
    }

    /// <summary>The documented default taxonomy.</summary>
    public static ServiceTaxonomy Default { get; } = DefaultTaxonomy.Create();

    /// <summary>Every service, in documentation order.</summary>
    public IReadOnlyList<ServiceDefinition> Definitions { get; }

    internal PhraseMatcher<string[]> Matcher { get; }

    /// <summary>The definition of a code.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the taxonomy.</exception>
    public ServiceDefinition this[string code] =>
        _byCode.TryGetValue(code, out var definition)
            ? definition
            : throw new KeyNotFoundException($"Service code '{code}' is not in the taxonomy.");

    /// <summary>Looks up a code.</summary>
    public bool TryGet(string code, out ServiceDefinition definition) => _byCode.TryGetValue(code, out definition!);

    /// <summary>The codes named by a piece of OEM wording, in order of appearance ("Replace engine oil and
    /// oil filter" names <c>oil_change</c> and <c>oil_filter</c>). Empty when nothing is recognised.</summary>
    public IReadOnlyList<string> Recognize(string wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var folded = OemText.Fold(wording);
        return Matcher.FindAll(folded).SelectMany(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
    }
}
