using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "Tokyo and Seoul signed a pact", "Washington denied the report": a capital that acts stands for its
/// country's government. Such a participant becomes the country when the article names that country too
/// (otherwise there is no country entity to point to, and the capital stays). Places are never changed,
/// nor the target of a physical act ("the attack on the capital's airport" hits the city).
/// </summary>
internal sealed class CapitalMetonymy
{
    // Capital -> the countries it has stood for, most recent first: "Moscow" in a 1987 report is the Soviet Union.
    private static readonly FrozenDictionary<string, string[]> Countries = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Washington"] = ["United States"], ["London"] = ["Britain"], ["Paris"] = ["France"], ["Berlin"] = ["Germany", "East Germany"],
        ["Bonn"] = ["West Germany", "Germany"], ["Moscow"] = ["Russia", "Soviet Union"], ["Beijing"] = ["China"], ["Peking"] = ["China"],
        ["Tokyo"] = ["Japan"], ["Seoul"] = ["South Korea"], ["Pyongyang"] = ["North Korea"], ["Kyiv"] = ["Ukraine"], ["Kiev"] = ["Ukraine"],
        ["Tehran"] = ["Iran"], ["Baghdad"] = ["Iraq"], ["Damascus"] = ["Syria"], ["Ankara"] = ["Turkey"], ["Jerusalem"] = ["Israel"],
        ["Cairo"] = ["Egypt"], ["Riyadh"] = ["Saudi Arabia"], ["New Delhi"] = ["India"], ["Islamabad"] = ["Pakistan"], ["Kabul"] = ["Afghanistan"],
        ["Havana"] = ["Cuba"], ["Caracas"] = ["Venezuela"], ["Brasilia"] = ["Brazil"], ["Buenos Aires"] = ["Argentina"], ["Mexico City"] = ["Mexico"],
        ["Ottawa"] = ["Canada"], ["Canberra"] = ["Australia"], ["Wellington"] = ["New Zealand"], ["Madrid"] = ["Spain"], ["Rome"] = ["Italy"],
        ["Lisbon"] = ["Portugal"], ["Athens"] = ["Greece"], ["Warsaw"] = ["Poland"], ["Budapest"] = ["Hungary"], ["Bucharest"] = ["Romania"],
        ["Sofia"] = ["Bulgaria"], ["Vienna"] = ["Austria"], ["Bern"] = ["Switzerland"], ["Stockholm"] = ["Sweden"], ["Oslo"] = ["Norway"],
        ["Copenhagen"] = ["Denmark"], ["Helsinki"] = ["Finland"], ["Dublin"] = ["Ireland"], ["The Hague"] = ["Netherlands"],
        ["Prague"] = ["Czech Republic", "Czechoslovakia"], ["Belgrade"] = ["Serbia", "Yugoslavia"], ["Minsk"] = ["Belarus"], ["Tbilisi"] = ["Georgia"],
        ["Yerevan"] = ["Armenia"], ["Baku"] = ["Azerbaijan"], ["Astana"] = ["Kazakhstan"], ["Tashkent"] = ["Uzbekistan"], ["Hanoi"] = ["Vietnam"],
        ["Bangkok"] = ["Thailand"], ["Jakarta"] = ["Indonesia"], ["Manila"] = ["Philippines"], ["Kuala Lumpur"] = ["Malaysia"], ["Taipei"] = ["Taiwan"],
        ["Beirut"] = ["Lebanon"], ["Amman"] = ["Jordan"], ["Doha"] = ["Qatar"], ["Abu Dhabi"] = ["United Arab Emirates"], ["Muscat"] = ["Oman"],
        ["Sanaa"] = ["Yemen"], ["Khartoum"] = ["Sudan"], ["Tripoli"] = ["Libya"], ["Tunis"] = ["Tunisia"], ["Algiers"] = ["Algeria"],
        ["Rabat"] = ["Morocco"], ["Nairobi"] = ["Kenya"], ["Addis Ababa"] = ["Ethiopia"], ["Abuja"] = ["Nigeria"], ["Pretoria"] = ["South Africa"],
        ["Harare"] = ["Zimbabwe"], ["Kinshasa"] = ["Democratic Republic of the Congo"], ["Bogota"] = ["Colombia"], ["Lima"] = ["Peru"],
        ["Santiago"] = ["Chile"], ["Quito"] = ["Ecuador"], ["La Paz"] = ["Bolivia"], ["Montevideo"] = ["Uruguay"], ["Asuncion"] = ["Paraguay"],
        ["Managua"] = ["Nicaragua"], ["Kigali"] = ["Rwanda"], ["Zagreb"] = ["Croatia"], ["Riga"] = ["Latvia"], ["Vilnius"] = ["Lithuania"],
        ["Tallinn"] = ["Estonia"], ["Chisinau"] = ["Moldova"], ["Dhaka"] = ["Bangladesh"], ["Colombo"] = ["Sri Lanka"], ["Kathmandu"] = ["Nepal"],
        ["Ulaanbaatar"] = ["Mongolia"], ["Naypyidaw"] = ["Myanmar"], ["Phnom Penh"] = ["Cambodia"], ["Vientiane"] = ["Laos"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _countryIdByCapitalId = new(StringComparer.Ordinal);

    /// <summary>Pairs each capital entity of the article with the country entity it stands for, when the article names both.</summary>
    public CapitalMetonymy(IReadOnlyDictionary<string, Entity> entities)
    {
        var countries = entities.Values.Where(e => e.Type == EntityType.Location).ToLookup(e => e.Name, e => e.Id, StringComparer.Ordinal);
        foreach (var e in entities.Values.Where(e => e.Type == EntityType.Location))
        {
            if (Countries.TryGetValue(e.Name, out var names) && names.Select(n => countries[n].FirstOrDefault()).FirstOrDefault(id => id is not null) is { } countryId)
            {
                _countryIdByCapitalId[e.Id] = countryId;
            }
        }
    }

    /// <summary>The participants with acting capitals replaced by their countries.</summary>
    public IReadOnlyList<FoundParticipant> Apply(EventType type, IReadOnlyList<FoundParticipant> participants)
    {
        if (_countryIdByCapitalId.Count == 0 || type == EventType.Visit)
        {
            return participants;
        }

        var physical = type is EventType.Attack or EventType.Launch or EventType.Arrest or EventType.Death;
        return [.. participants
            .Select(p => (!physical || p.Role == ParticipantRole.Agent) && _countryIdByCapitalId.TryGetValue(p.EntityId, out var country)
                ? p with { EntityId = country, Rule = p.Rule + "+capital-for-country" }
                : p)
            .DistinctBy(p => p.EntityId)];
    }
}
