# Hand annotations for dev13b (items 761-780 of the sampler's shuffled list,
# sample_part(760, 780)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 7804: `Amstutz suggested that one way out of the current soybean program
#    "dilemma" would be ...` and `the U.S. loan rate provides an "umbrella" to
#    foreign production` -- single words of Amstutz's reported speech (the head
#    noun, not an attributive modifier; his metaphor), as dev11a 14500 "war":
#    partial. `"no resolution" has yet been found` (subject NP): partial.
#    `Amstutz said "the competitive problem ..."` is a bare frame: direct
#    despite the lower-case start. "USDA undersecretary Dan Amstutz" -> "Dan
#    Amstutz".
#  * 13516: `but added, "At the same time ..."` bare frame: direct.
#    `According to Funaro, the creditor banks "agreed on ..."` (predicate) and
#    `adding that "it is very different ..."` (that-clause slot, as dev9a 10050)
#    are partial. "Dilson Funaro"; "Lewis Preston".
#  * 3351: `It was "business as usual" ..., according to company spokesman Edd
#    Snyder` -- predicate: partial; the named spokesman -> the person (as dev10a
#    7853 "Michael Perley"). `Both plants are far from "state of the art"` has
#    no attribution and is a set industry label: not_quote (a reading as the
#    analysts' words would be defensible). "he" after Ronald Glantz's paragraph
#    -> "Ronald Glantz".
#  * 1954: the closing quote paragraph has no attribution of its own and follows
#    paragraphs about Burry's forecast: direct, "Roy Burry".
#  * 16999: `A Moulinex spokesman said a "mutilated" copy of the report` -- only
#    an attributive modifier inside the writer's noun phrase is quoted: not_quote
#    (as dev11a 13480 "material adverse", 2198 "lose-lose"; partial, "Moulinex",
#    would be defensible). "A Syndex spokesman" -> "Syndex" (nearest named
#    affiliation, dev7a 8101): `the auditors were "shocked"` (predicate) and
#    `attributed it to "malicious intentions."` (object) are partial. Corporate
#    "raiders" (brokers' speculation, a market label) -> not_quote.
#  * 1390: `the company said it believes "the concept may well ..."` -- the quote
#    fills the complement of "believes" in the writer's indirect speech (as dev9a
#    15089 "he was convinced"): partial, "Public Service Co of New Mexico". The
#    contract name "power security agreement" -> not_quote. `the governor said
#    "I have outlined ..."` bare frame: direct, "Garrey Carruthers".
#  * 15347: "a Treasury spokesman" / "The spokesman, who asked not to be
#    identified" / "he" -> "Treasury" (named affiliation). `was "part of the
#    press of business."` (predicate) and `described the trip as "purely
#    ceremonial."` are partial; `replied: "I would think so."` direct.
#  * 11073: `There was now a "reasonable alignment of currencies" ..., he said`
#    -- a noun phrase, object in the writer's paraphrase: partial, "Nigel Lawson".
#  * 9720: "a Ministry of International Trade and Industry (MITI) official" ->
#    "Ministry of International Trade and Industry". "one official told Reuters"
#    (both pairs around the attribution break) names no affiliation (context:
#    "Foreign Ministry officials") -> null/anonymous (as dev11a 13610 "one
#    dealer"; "Foreign Ministry" would be defensible). `accused the U.S. Of being
#    "irrational."` and `made the bilateral chip pact "meaningless."` are
#    partial, "Shoichi Saba".
#  * 16088: "the statement added" (the Central Bank's statement) -> "Central
#    Bank", direct.
#  * 15222: `"The Council of Ministers (government) emphasised that ...," Tass
#    said.` -- the agency's own words: "Tass" (guideline 5), both direct.
#  * 12769 Lebanon's "camps war" (a name), 17290 the so-called "Euromissiles",
#    2859 Treasury Loan 1997 "B." (a designation, like a share class):
#    not_quotes; these articles have no quotation.
#  * 943: `acquisitions taking place "from time to time," he said` -- an
#    adverbial fragment of the writer's sentence: partial, "Michael Angus".
A = "anonymous"
DEV13B = {
 7804:  [("q",0,"partial","Dan Amstutz"), ("q",1,"partial","Dan Amstutz"),
         ("q",2,"direct","Dan Amstutz"), ("q",3,"partial","Dan Amstutz")],
 1625:  [("q",0,"direct","Duff and Phelps")],
 5544:  [("q",0,"direct","Ulrich Wagner"), ("q",1,"direct","Ulrich Wagner")],
 13516: [("q",0,"direct","Dilson Funaro"), ("q",1,"direct","Dilson Funaro"),
         ("q",2,"partial","Dilson Funaro"), ("q",3,"direct","Lewis Preston"),
         ("q",4,"partial","Dilson Funaro")],
 3351:  [("q",0,"partial","Edd Snyder"), ("n",1),
         ("q",2,"direct","Michael Luckey"), ("q",3,"direct","Michael Luckey"),
         ("q",4,"direct","Ronald Glantz")],
 1954:  [("q",0,"direct","Roy Burry")],
 16999: [("n",0), ("q",1,"partial","Syndex"), ("q",2,"partial","Syndex"), ("n",3)],
 1390:  [("q",0,"partial","Public Service Co of New Mexico"), ("n",1),
         ("q",2,"direct","Garrey Carruthers")],
 15347: [("q",0,"direct","Treasury"), ("q",1,"partial","Treasury"),
         ("q",2,"direct","Treasury"), ("q",3,"partial","Treasury")],
 11073: [("q",0,"partial","Nigel Lawson")],
 9720:  [("q",0,"direct","Ministry of International Trade and Industry"),
         ("q",1,"direct",None,A), ("q",2,"direct",None,A),
         ("q",3,"direct","Shoichi Saba"), ("q",4,"partial","Shoichi Saba"),
         ("q",5,"partial","Shoichi Saba")],
 5238:  [("q",0,"direct","James Ritterbusch"), ("q",1,"direct","Richard Redoglia")],
 12769: [("n",0)],
 16088: [("q",0,"direct","Central Bank"), ("q",1,"direct","Central Bank")],
 6458:  [("q",0,"direct","Jack Reed")],
 15341: [("n",0)],
 2859:  [("n",0)],
 15222: [("q",0,"direct","Tass"), ("q",1,"direct","Tass")],
 6320:  [("q",0,"direct","George Shultz"), ("q",1,"direct","George Shultz"),
         ("q",2,"direct","George Shultz")],
 943:   [("q",0,"partial","Michael Angus")],
}
