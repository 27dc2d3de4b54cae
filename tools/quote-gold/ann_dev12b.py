# Hand annotations for dev12b (items 721-740 of the sampler's shuffled list,
# 1-based; sample_part(720, 740)). Same item format as ann_dev11a.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 6938: `nations must be educated in how best to "farm" them, said Peter
#    Kramer` -- a word of Kramer's reported speech (object slot of the
#    writer's sentence, his figurative use), not an attributive label of the
#    writer: partial, "Peter Kramer" (as dev11a 14500 "war"; a scare-quote
#    not_quote reading would be defensible). "a Philippine government
#    consultant" Delfin Ganapin / "he" -> "Delfin Ganapin"; Almy Hafild ->
#    "Almy Hafild" (all direct).
#  * 15650: "An economist at ABN Bank" / "the ABN economist" -> "ABN Bank",
#    the nearest named affiliation as the attribution names it (dev9a 17348,
#    dev11a 3111 "MidAm"); direct.
#  * 9596: `may reclassify as "nonperforming"` -- a banking classification
#    term (as dev9a 4279 "double licensing"): not_quote; `based on
#    "preliminary" 1987 data` -- an attributive modifier inside the writer's
#    noun phrase (guideline 6, dev11a 13480 "material adverse"): not_quote.
#    `earnings to be "down moderately"`, `it was "premature to decide ..."`
#    and `because the money market cost of funds had increased, "narrowing net
#    interest spreads somewhat."` (a participial fragment completing the
#    writer's sentence) are partial; `"Continued suspension ...," it said` is
#    direct. All from the SEC filing -> its issuer "Marine Midland Banks Inc".
#  * 15466: "Ronald L. Geer" (split across a line in the text; whitespace is
#    normalised by the check). `there was a "reluctance ..."` -> partial;
#    `"They're in the ballpark," he said, of the numbers` -> direct.
#  * 8718: `Baker said, "throwing money ..."` -- bare frame, lower-case
#    start: direct (as dev11b 8809); `could "worsen ..."` and `further
#    progress "will be gradual ..."` fill slots: partial. "James Baker".
#  * 1119: the speaker is named only "Cardenas" (no first name or affiliation
#    in the article): "Cardenas", direct.
#  * 17143: `there is "absotluely nothing to say or report beyond" its
#    statement` -> partial, "First City Bancorp of Texas Inc" (the typo
#    is inside the quote; the span is copied as the marks give it).
#  * 13568: "Another OECF official told Reuters Japan is likely to approve
#    the loan because "it is ..."" -> the affiliation as that sentence names
#    it, "OECF" (guideline 5, "the USDA official" -> "USDA"); the quote fills
#    the because-clause of the writer's sentence: partial.
#  * 426: `told a news conference the miners were "very angry ..."` ->
#    partial, "Cyril Ramaphosa" (title "NUM General Secretary" dropped).
#  * 874: "one dealer" / "he added" -> null/anonymous, both direct.
#  * 7072: `the Japanese government is "going to lift the curtain on their
#    community of users" of futures markets` -> partial, "Leo Melamed".
#  * 17204: the only mark of the article (62) is an apostrophe typed as a
#    double mark (`yesterday"s`); it pairs with nothing and there is no next
#    mark, so the stretch it opens runs to the end of its sentence, recorded
#    as a not_quote by explicit offsets (63, 159) (guideline 7; as dev11a
#    15773's stray mark). The article has no quotation.
#  * 13406: the marks are 925 (open), 976 (a stray mark inside the quote,
#    after "secondary stocks") and 1080 (the real closing mark before
#    "Salomon said."). The words are ONE quote `"A sharp run-up ... would be
#    a warning sign, as would ... offering market," Salomon said`, given by
#    explicit offsets (926, 1080) containing the stray mark (guideline 7:
#    a stray double mark inside a quote stays inside it). Direct. "Salomon"
#    here is the firm whose report is quoted ("Analysts at Salomon Brothers
#    Inc", "The report by Robert Salomon Jr and Caroline Davenport", "The
#    firm expects ...") -> the document's issuer "Salomon Brothers Inc"
#    (guideline 5; "Robert Salomon Jr" would be defensible).
#  * 1588: "Pacific Telesis Group chairman Donald Guinn" -> "Donald Guinn";
#    the quote opening with the bracketed "(Long distance services)" and the
#    next sentence's quote after "he said." are two direct quotes.
#  * 7606: `Takako Doi ... said in a speech ... where shop-owners are opposing
#    the tax "The elections are ..."` -- bare frame "said" (with its
#    adverbials) followed by full sentences: direct, "Takako Doi".
#  * 4198: `Jonathan Mason, Japan Fund's chairman, said "open-ending, ..."`
#    (his prepared statement -> the person) is a bare frame with a lower-case
#    start: direct. `a Japan Fund spokeswoman said, "The board decided ..."`
#    -- the spokeswoman is named in the next sentence ("The spokeswoman,
#    Davia B. Temin, said ..."): the named person, "Davia B. Temin" (as
#    dev10a 7853 "spokesman Michael Perley"; "Japan Fund Inc" would be
#    defensible since the first attribution names only the company).
A = "anonymous"
DEV12B = {
 6938:  [("q",0,"direct","Delfin Ganapin"), ("q",1,"direct","Delfin Ganapin"),
         ("q",2,"direct","Almy Hafild"), ("q",3,"partial","Peter Kramer")],
 15650: [("q",0,"direct","ABN Bank")],
 9596:  [("n",0), ("q",1,"partial","Marine Midland Banks Inc"),
         ("q",2,"direct","Marine Midland Banks Inc"),
         ("q",3,"partial","Marine Midland Banks Inc"),
         ("q",4,"partial","Marine Midland Banks Inc"), ("n",5)],
 15466: [("q",0,"partial","Ronald L. Geer"), ("q",1,"direct","Ronald L. Geer")],
 12557: [("q",0,"direct","Paul Volcker"), ("q",1,"direct","Paul Volcker"),
         ("q",2,"direct","Paul Volcker")],
 8718:  [("q",0,"direct","James Baker"), ("q",1,"partial","James Baker"),
         ("q",2,"partial","James Baker")],
 11761: [("q",0,"direct","Michel Lefebvre")],
 1119:  [("q",0,"direct","Cardenas")],
 17143: [("q",0,"partial","First City Bancorp of Texas Inc")],
 1586:  [("q",0,"direct","Cesar Gaviria")],
 13568: [("q",0,"partial","OECF")],
 18932: [("q",0,"direct","Nikolai Talyzin"), ("q",1,"direct","Nikolai Talyzin")],
 426:   [("q",0,"partial","Cyril Ramaphosa")],
 874:   [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 7072:  [("q",0,"partial","Leo Melamed"), ("q",1,"direct","Leo Melamed"),
         ("q",2,"direct","Leo Melamed")],
 15256: [("n",(63,159))],
 13406: [("q",(926,1080),"direct","Salomon Brothers Inc")],
 1588:  [("q",0,"direct","Donald Guinn"), ("q",1,"direct","Donald Guinn"),
         ("q",2,"direct","Donald Guinn"), ("q",3,"direct","Donald Guinn")],
 7606:  [("q",0,"direct","Yasuhiro Nakasone"), ("q",1,"direct","Takako Doi")],
 4198:  [("q",0,"direct","Jonathan Mason"), ("q",1,"direct","Davia B. Temin")],
}
