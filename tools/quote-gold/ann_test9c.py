# Hand annotations for test9c (items 1601-1620 of the sampler's shuffled list,
# sample_part(1600, 1620)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 1498: "The government daily Izvestia said" -> the newspaper's own words
#    (no person quoted): "Izvestia", both direct.
#  * 11536: "the central bank said" / "the bank said in a statement" (Denmark's
#    bank, not named) -> the issuer as the article names it, "central bank"
#    (as dev12a 8027; "Denmark" by the country rule would be defensible).
#  * 11358: `The People's Daily said ... trading shares is "not compatible
#    ..."` -> the paper's own words (predicate): partial, "People's Daily".
#    "One Western diplomat" / "the diplomat" / "He said ...: "..."" and "One
#    Chinese journalist" / "the journalist" (pair 9, no attribution of its
#    own, continues the journalist): null/anonymous, direct. `Liu Hongru ...
#    told ... that a long-term funds market should be built up, "with stocks
#    ..."` -> partial, "Liu Hongru". `The China Daily quoted one official as
#    saying ...` (of "officials of the new Tianjin market") then `"..." he
#    said` -> the person via the paper; he is unnamed, so the nearest named
#    affiliation as the text names it, "Tianjin market" (as dev10a 3248
#    "Reagan administration"; null/anonymous would be defensible); direct.
#  * 11387: `said it expected a "clear loss"` -- a whole noun phrase of the
#    company's statement (object of "expected"): partial (as dev5a 9057), the
#    company name as written, "Koninklijke Nederlandsche Hoogovens en
#    Staalfabrieken NV".
#  * 12431: the coffee grade "AB" -> not_quote; no quotation.
#  * 14280: `had been trading "basis only"` -- a market term, explained by
#    the writer ("This means ...") -> not_quote. "One head trader at a U.S.
#    Securities house" (house not named), "One convertible dealer" ->
#    null/anonymous.
#  * 4102: `Rep. Ed Jones, (D-Tenn.) said today "the time has arrived ..."`
#    and `Billington said "its not really that simple ..."` -> bare frames:
#    direct despite the lower-case starts. `might avoid the need to provide
#    "hard capital"` -> Naylor's words as the object of the writer's verb:
#    partial, "Frank Naylor" (as dev4 6059 "credit"; a not_quote reading as a
#    finance term would be defensible).
#  * 14502: `developed new software packages to "extend ..."` -> partial,
#    "Mitel Corp".
#  * 19028: Tehran Radio quoting Khamenei -> the person (guideline 5). `The
#    U.S. Government "is in a very difficult situation ..."` (predicate) and
#    `Khamenei said the U.S. Government had to take some action ...,
#    "but on the other hand ..."` (continuing the writer's sentence, as dev10a
#    5112) -> partial; `Khamenei said: "..."` direct. All "Ali Khamenei".
#  * 17891: `The brief statement by Greenspan issued by the Fed said, "the
#    Federal Reserve ..."` -> bare frame: direct; the statement is Greenspan's
#    ("Fed Chairman Alan Greenspan said in a statement"): "Alan Greenspan"
#    ("Federal Reserve" as issuer would be defensible).
#  * 3833: `Position limits were supposed to prevent market manipulation, but
#    "I would submit ...," the CBT chairman said` -- a clause continuing the
#    writer's sentence after "but": partial (as dev10a 5112), "Karsten
#    Mahlmann". `a name such as "non-speculative hedging,"` (a named
#    category) and `the establishment of "prudence guidelines"` (a coined
#    label of the committee's proposal) -> not_quotes.
#  * 4416: "one economist who has closely watched the system's development"
#    -> null/anonymous (as dev9a 4950). "Leo de Corel of Kredietbank's
#    economic research department" -> "Leo de Corel".
#  * 9206: "he" of pairs 0-3 is "BP Managing Director David Simon" (the
#    analyst he quoted is only paraphrased): "David Simon".
#  * 849 "one dollar straight trader" / "he", "one FRN specialist"; 13672 "One
#    diplomat" / "he", "Another" / "he": null/anonymous.
#  * 10854: "Sir Nicholas Goodison" -> "Nicholas Goodison"; 6219 "FDIC
#    Chairman William Seidman" -> "William Seidman"; 18740 "the Texas
#    Democrat" -> "Jim Wright".
A = "anonymous"
TEST9C = {
 1498:  [("q",0,"direct","Izvestia"), ("q",1,"direct","Izvestia")],
 11536: [("q",0,"direct","central bank")],
 11358: [("q",0,"partial","People's Daily"), ("q",1,"direct",None,A),
         ("q",2,"partial","Liu Hongru"), ("q",3,"direct","Liu Hongru"),
         ("q",4,"direct",None,A), ("q",5,"direct",None,A),
         ("q",6,"direct",None,A), ("q",7,"direct",None,A),
         ("q",8,"direct",None,A), ("q",9,"direct",None,A),
         ("q",10,"direct","Tianjin market")],
 11387: [("q",0,"partial","Koninklijke Nederlandsche Hoogovens en Staalfabrieken NV")],
 13188: [("q",0,"direct","Key Tronic corp")],
 14280: [("q",0,"direct",None,A), ("n",1), ("q",2,"direct",None,A)],
 12431: [("n",0)],
 9206: [("q",0,"direct","David Simon"), ("q",1,"direct","David Simon"),
         ("q",2,"direct","David Simon"), ("q",3,"direct","David Simon"),
         ("q",4,"direct","David Simon"), ("q",5,"direct","David Simon")],
 4416:  [("q",0,"direct",None,A), ("q",1,"direct","Leo de Corel")],
 10854: [("q",0,"direct","Nicholas Goodison"), ("q",1,"direct","Nicholas Goodison")],
 18740: [("q",0,"direct","Jim Wright")],
 794:   [("q",0,"direct","Roman Gralewicz")],
 4102:  [("q",0,"direct","Jim Billington"), ("q",1,"direct","Ed Jones"),
         ("q",2,"partial","Frank Naylor"), ("q",3,"direct","Jim Billington")],
 14502: [("q",0,"partial","Mitel Corp")],
 19028: [("q",0,"partial","Ali Khamenei"), ("q",1,"partial","Ali Khamenei"),
         ("q",2,"direct","Ali Khamenei")],
 849:   [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 17891: [("q",0,"direct","Alan Greenspan")],
 3833:  [("q",0,"direct","Karsten Mahlmann"), ("q",1,"partial","Karsten Mahlmann"),
         ("n",2), ("n",3)],
 13672: [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A)],
 6219:  [("q",0,"direct","William Seidman")],
}
