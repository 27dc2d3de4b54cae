# Hand annotations for dev15b (items 841-860 of the sampler's shuffled list,
# sample_part(840, 860)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 3577: "an Exchange spokesman" / "he" of "The London Stock Exchange" ->
#    "London Stock Exchange" (nearest named affiliation, as dev11a 3111 "CBT").
#  * 13693: `In a strongly worded statement terming the Japanese action
#    "extraordinary and urgent", the meeting reaffirmed ...` -- words of the
#    statement "by seven leading industrial powers" -> its issuer as the body
#    names it, "Group of Seven" (as dev11a 13610 "G-7"); complement of
#    "terming": partial. `A further sharp fall ... would "clearly pose ...,"
#    he said` -- predicate slot of the writer's sentence: partial, "Paul
#    Volcker". `ranges or "norms"` -- a policy term: not_quote.
#  * 17695: `would not comment further ... "while matters remain in an
#    unsettled state"` -- adverbial fragment of the writer's sentence:
#    partial, "Hugh Macaulay".
#  * 7425: "was quoted as saying" (no paper named) -> the person, "Mario Amato".
#  * 589: `He predicted that ... memory chips. "The rest of the industry just
#    won't be involved."` -- a whole sentence standing on its own after the
#    paraphrase: direct, "Robert Brodersen". `have become "a perfect commodity
#    market,"` -- predicate: partial.
#  * 17116: `consists of simultaneously "growing" metal
#    connections` -- a technical scare-quoted word: not_quote. `GTE
#    Laboratories created "an entirely new ...," said David Decker` -- the
#    quote is the object of the writer's clause: partial, "David Decker".
#  * 5608: Gleske's fragments filling slots of the writer's sentences
#    (`current exchange rates "can be viewed ..."`, `may herald "an era
#    ..."`, `policy conflicts, "both within ..."`, `would put "pressure ..."`,
#    `These chances "seem to me ..."` (writer supplies the subject), `had
#    learned "that markets ..."`, `He said this "would seem ..."`) are
#    partial; `But "a further dollar depreciation ...," he said` (a clause,
#    "But" the writer's connective, as dev10b 7149) and `Gleske added,
#    "targeting ..."` (bare frame, lower-case start) are direct. "Board member
#    Leonhard Gleske" -> "Leonhard Gleske".
#  * 3815: "A Fiat spokesman" -> "Fiat SpA" (the article's company, its
#    fullest name); predicate: partial.
#  * 12545: `Portugal's "flag carrier" airline` -- a label: not_quote.
#    16805: the community name "The Homes of Tapestry at Northampton":
#    not_quote. 14348: the `"one country, two systems" formula` -- a name of
#    a policy: not_quote. None of these three has a quotation.
#  * 10744: the article names the president only as "President Reagan" /
#    "Reagan": "President Reagan", following dev10a 1642. The words of NSDD
#    266 (`calls for a "small, ..."`, `should impose "clear vertical lines
#    ..."`, `would be "appropriately limited ..."`) -> the document's issuer,
#    the president who made the directive public (a document -> its issuer;
#    "NSDD 266" itself would be defensible); all partial. The message to
#    Congress (`Reagan said: "..."`) -> direct.
#  * 13258: `the company quoted chairman John R. Folkerth as saying` -> the
#    person quoted via the company statement, "John R. Folkerth" (as dev11b
#    13087 Robert Foster).
#  * 2752: "he" after "Allen Wallis told reporters" -> "Allen Wallis".
#  * 18110: "Wolfgang Roeller ... said in a statement" -> the person.
#  * 18545: "a Western diplomatic source", "a senior Yugoslav economist at a
#    leading Yugoslav research institute" (institute not named), "a leading
#    Belgrade economist" (both pairs around the attribution break), "one
#    diplomat" (both pairs): null/anonymous. `The state news agency Tanjug
#    ... It said the proposals indicated "real economic reforms" were coming`
#    -- the agency's own words: partial, "Tanjug".
#  * 3811: `The aim of the move ... was "to take up ...," Balladur announced`
#    -- predicate: partial, "Edouard Balladur". `He said that ... "But on the
#    whole expertise ..."` -- a whole sentence after the paraphrase: direct,
#    "Ben Williams". "a spokesman for Credit Lyonnais who declined to be
#    named" -> "Credit Lyonnais" (named affiliation, as dev9a 17348). `a
#    "dynamic and efficient organisation."` -> partial, "Xavier Dupont". `But
#    as both brokers and bankers commented, "let's wait and see."` -- bare
#    frame: direct; unnamed brokers and bankers -> null/anonymous.
A = "anonymous"
DEV15B = {
 3577:  [("q",0,"direct","London Stock Exchange")],
 13693: [("q",0,"direct","Kiichi Miyazawa"), ("q",1,"partial","Group of Seven"),
         ("q",2,"partial","Paul Volcker"), ("n",3)],
 17695: [("q",0,"direct","Hugh Macaulay"), ("q",1,"partial","Hugh Macaulay")],
 7425:  [("q",0,"direct","Mario Amato")],
 589:   [("q",0,"partial","Robert Brodersen"), ("q",1,"direct","Robert Brodersen"),
         ("q",2,"direct","Robert Brodersen")],
 17116: [("n",0), ("q",1,"partial","David Decker"), ("q",2,"direct","David Decker")],
 5608:  [("q",0,"partial","Leonhard Gleske"), ("q",1,"partial","Leonhard Gleske"),
         ("q",2,"direct","Leonhard Gleske"), ("q",3,"direct","Leonhard Gleske"),
         ("q",4,"partial","Leonhard Gleske"), ("q",5,"partial","Leonhard Gleske"),
         ("q",6,"direct","Leonhard Gleske"), ("q",7,"partial","Leonhard Gleske"),
         ("q",8,"partial","Leonhard Gleske"), ("q",9,"partial","Leonhard Gleske")],
 8862:  [("q",0,"direct","Carl Greenidge")],
 3815:  [("q",0,"partial","Fiat SpA")],
 12545: [("n",0)],
 16805: [("n",0)],
 10744: [("q",0,"direct","President Reagan"), ("q",1,"partial","President Reagan"),
         ("q",2,"partial","President Reagan"), ("q",3,"partial","President Reagan")],
 13258: [("q",0,"direct","John R. Folkerth")],
 7066:  [("q",0,"direct","James Baker"), ("q",1,"direct","James Baker")],
 2752:  [("q",0,"direct","Allen Wallis")],
 14348: [("n",0)],
 4217:  [("q",0,"direct","Paul Volcker"), ("q",1,"direct","Paul Volcker")],
 18110: [("q",0,"direct","Wolfgang Roeller"), ("q",1,"direct","Wolfgang Roeller")],
 18545: [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"partial","Tanjug"),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A),
         ("q",5,"direct","Zoran Popov"), ("q",6,"direct","Zoran Popov"),
         ("q",7,"direct",None,A), ("q",8,"direct",None,A)],
 3811:  [("q",0,"direct","Edouard Cointreau"), ("q",1,"partial","Edouard Balladur"),
         ("q",2,"direct","Edouard Cointreau"), ("q",3,"direct","Ben Williams"),
         ("q",4,"direct","Ben Williams"), ("q",5,"direct","Ben Williams"),
         ("q",6,"direct","Ben Williams"), ("q",7,"direct","Credit Lyonnais"),
         ("q",8,"partial","Xavier Dupont"), ("q",9,"direct",None,A)],
}
