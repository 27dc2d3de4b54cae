using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Words that sit around names next to speech verbs: titles, roles, organisation heads, non-names.</summary>
internal static class NameLexicon
{
    /// <summary>Capitalised titles before a name: the name starts after the last of them ("Foreign Minister Ana Ruiz").</summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Finance", "Interior", "Deputy",
        "Secretary", "General", "Gen", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir",
        "Senator", "Sen", "Governor", "Gov", "Mayor", "Judge", "Chief", "Director", "Chairman", "Chairwoman", "Chair",
        "Ambassador", "Envoy", "Commander", "Colonel", "Col", "Lieutenant", "Lt", "Captain", "Capt", "Admiral",
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Rev", "Leader", "Spokesman", "Spokeswoman",
        "Spokesperson", "Premier", "Sir", "Dame", "Lord", "Lady", "Representative", "Rep", "Congressman",
        "Congresswoman", "Sergeant", "Sgt", "Officer", "Inspector", "Superintendent", "Executive",
        "Democrat", "Republican", "Undersecretary", "Administrator", "Commissioner", "Speaker", "Adm", "Maj", "Cmdr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A capitalised title, also joined by a hyphen: "Vice-Chairman", "Deputy-Governor".</summary>
    public static bool IsTitle(string word) =>
        Titles.Contains(word) || word.IndexOf('-', StringComparison.Ordinal) is > 0 and var hyphen && Titles.Contains(word[..hyphen]) && Titles.Contains(word[(hyphen + 1)..]);

    /// <summary>Lower-case roles written before a name: "said pollster Jean Dupont".</summary>
    /// <summary>
    /// "the automaker said", "the refiner said": what a company makes or does, standing for the company the story is about;
    /// with an origin ("a Japanese refiner") it is any company, no body of that place.
    /// </summary>
    public static readonly FrozenSet<string> TradeNouns = new[]
    {
        "automaker", "carmaker", "steelmaker", "chipmaker", "maker", "brewer", "refiner", "producer", "exporter", "importer",
        "distributor", "supplier", "conglomerate", "concern", "consortium",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Roles = new[]
    {
        "pollster", "analyst", "historian", "economist", "spokesman", "spokeswoman", "spokesperson", "minister",
        "president", "professor", "lawyer", "attorney", "official", "researcher", "scientist", "leader", "chief",
        "director", "expert", "author", "activist", "ambassador", "envoy", "commander", "governor", "mayor",
        "senator", "secretary", "chairman", "chairwoman", "executive", "founder", "head", "adviser", "advisor",
        "strategist", "analyst", "candidate", "lawmaker", "legislator", "prosecutor", "judge", "general",
        "colonel", "commentator", "columnist", "journalist", "correspondent", "editor", "manager", "coach",
        "negotiator", "diplomat", "politician", "campaigner", "organiser", "organizer", "resident", "witness",
        "deputy", "premier", "chancellor", "opposition", "party", "former", "veteran", "senior", "foreign",
        "defence", "defense", "finance", "interior", "prime", "vice", "treasurer", "assistant", "vice-president", "counsel",
        "officer", "consultant", "partner", "trader", "dealer", "broker", "banker", "representative",
        "member", "auditor", "auditors", "commissioner", "administrator", "controller", "trustee", "inspector", "owner", "publisher",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns for unnamed sources: "the source said", "one banker said", "another trader added".</summary>
    public static readonly FrozenSet<string> AnonymousSources = new[]
    {
        "source", "banker", "dealer", "trader", "broker", "aide", "insider", "observer", "investor", "worker",
        "employee", "member", "participant", "delegate", "officer", "man", "woman", "person", "resident", "driver",
        "farmer", "soldier", "student", "teacher", "doctor", "nurse", "engineer", "consultant", "representative",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns for a public body: "the agency said" is the last such body that spoke ("the Commerce Department said ...").</summary>
    public static readonly FrozenSet<string> PublicBodyHeads = new[]
    {
        "agency", "department", "ministry", "office", "bureau", "commission", "administration", "service", "authority",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"the company said": nouns for a business, resolved to the last business that spoke.</summary>
    public static readonly FrozenSet<string> BusinessHeads = new[]
    {
        "company", "firm", "group", "bank", "board", "corporation", "carrier", "airline", "insurer", "lender",
        "retailer", "manufacturer", "utility", "subsidiary", "partnership",
    }.Concat(TradeNouns).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words that make a capitalised run an organisation ("Royal Statistics Office").</summary>
    public static readonly FrozenSet<string> OrganisationHeads = new[]
    {
        "Party", "Bank", "Council", "University", "Ministry", "Agency", "College", "Department", "Company", "Corp",
        "Inc", "Group", "Committee", "Commission", "Office", "Union", "Association", "Institute", "Court", "Kremlin",
        "Government", "Army", "Police", "Service", "Foundation", "Fund", "Organization", "Organisation", "Times",
        "Post", "News", "Press", "Network", "Authority", "Board", "Bureau", "Centre", "Center", "Federation",
        "League", "Parliament", "Senate", "Congress", "Assembly", "Secretariat", "Forces", "Ltd", "Corporation", "Treasury",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of a definite description that refers back to an organisation: "the ministry said".</summary>
    public static readonly FrozenSet<string> DefiniteOrganisationHeads = new[]
    {
        "ministry", "government", "company", "agency", "party", "council", "committee", "commission", "bank",
        "court", "department", "office", "police", "army", "military", "union", "embassy", "group", "firm",
        "organisation", "organization", "university", "institute", "foundation", "board", "authority",
        "regulator", "parliament", "kremlin", "federation", "league", "bureau", "club", "team", "association",
        "newspaper", "paper", "daily", "magazine", "broadcaster", "network", "channel", "station", "agency",
        "corporation", "carrier", "airline", "insurer", "lender", "retailer", "manufacturer", "utility", "subsidiary", "partnership",
        "exchange", "secretariat",
    }.Concat(TradeNouns).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are never a name or a part of one.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "In", "On", "At", "After", "Before", "When", "As", "But", "And", "Or", "Amid", "Asked",
        "Ahead", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "For", "With",
        "While", "If", "Most", "Both", "His", "Her", "Their", "Our", "Its", "There", "Some", "Many", "Experts",
        "Officials", "Analysts", "Critics", "Today", "Yesterday", "Meanwhile", "However", "Still", "Also", "So",
        "Then", "Now", "Later", "Earlier", "According", "Although", "Though", "Since", "Until", "During", "From",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Yes", "No", "Not", "What", "Why", "How", "Who", "Where", "My", "Your", "Each", "Every", "All",
        "Brokers", "Dealers", "Traders", "Economists", "Sources", "Diplomats", "Bankers", "Residents", "Witnesses",
        "Investors", "Observers", "Executives", "Lawyers", "Doctors", "Researchers", "Scientists", "Experts",
        "Authorities", "Organisers", "Organizers", "Protesters", "Activists", "Rebels", "Troops", "Voters", "Polls",
        "Reports", "Documents", "Data", "Figures", "Others", "One", "Another", "Several", "Few", "Such",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that join the parts of one name: "Bank of England", "Charles de Gaulle".</summary>
    public static readonly FrozenSet<string> Connectors = new[]
    {
        "of", "the", "de", "da", "du", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "del", "for",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between a speaker and the speech verb: "Smith has also said".</summary>
    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "has", "have", "had", "also", "later", "then", "again", "once", "previously", "reportedly", "would",
        "will", "had", "earlier", "today", "yesterday", "repeatedly", "recently", "often", "has", "always",
        "publicly", "privately", "separately", "further", "just", "last", "week", "this", "month", "year", "night",
        "morning", "evening", "afternoon",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that put a name in a modifier, not in the subject: "a trader in London said".</summary>
    public static readonly FrozenSet<string> NotBeforeSubject = new[]
    {
        "in", "at", "from", "of", "for", "with", "on", "near", "by", "to", "and", "or", "between", "among", "than", "about",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may follow a speaker's name after the verb: "said Ruiz on Monday", "told AFP that ...".</summary>
    public static readonly FrozenSet<string> FollowsName = new[]
    {
        "on", "in", "at", "after", "before", "during", "when", "while", "as", "that", "and", "but", "who", "which",
        "last", "this", "earlier", "later", "yesterday", "today", "to", "of", "for", "with", "from", "by", "via",
        "outside", "late", "early", "recently", "also", "said", "told", "added", "says", "was", "is", "had", "has",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of newspaper names, for "the newspaper said" / "the paper said".</summary>
    public static readonly FrozenSet<string> NewspaperHeads = new[]
    {
        "Times", "Post", "News", "Daily", "Journal", "Herald", "Gazette", "Tribune", "Telegraph", "Guardian",
        "Shimbun", "Observer", "Mail", "Star", "Standard", "Independent", "Chronicle", "Globe", "Monde", "Zeitung",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCapitalised(string? word) => !string.IsNullOrEmpty(word) && char.IsUpper(word[0]);

    /// <summary>"AFP", "NATO": an all-capitals short word, an organisation when it speaks.</summary>
    public static bool IsAcronym(string word) => Entities.AcronymIndex.LooksLikeAcronym(word);

    public static bool IsRole(string word) =>
        Roles.Contains(word) || (word.Length > 5 && word.All(char.IsLower) && (word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)));

    /// <summary>A noun that can stand for a speaker the article does not name: a role ("spokesman") or a source ("banker").</summary>
    public static bool IsSourceNoun(string word) => IsRole(word) || AnonymousSources.Contains(word);

    public static bool IsDeterminer(string word) => word.ToLowerInvariant() is "the" or "a" or "an" or "one" or "another";

    // "European", "Japanese", "British", "Saudi": a capitalised adjective of origin inside a description.
    public static bool IsOriginAdjective(string word) =>
        word.Length > 3 && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal));
}
