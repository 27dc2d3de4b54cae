# Hand annotations for test13f (items 2141-2160 of the sampler's shuffled list,
# sample_part(2140, 2160)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 4476: `is "very cut and dried ...," ... Wilf Gobert said`, `Dome "is
#    saying, This is ... back,'" he added`, `The plan "strikes me as ...,"
#    ... Jim Doak commented`, `or "an agreed pecking order ..."`, `is "an
#    asset grab ...," ... Doak said` -- predicates / complements of the
#    writer's sentences: partial. `The plan "is not a solution. ..."` has no
#    attribution of its own and follows the Terry Shaunessy paragraph:
#    partial, "Terry Shaunessy". "he added"/"he said"/"Gobert remarked" ->
#    "Wilf Gobert"; "analyst Doak" -> "Jim Doak".
#  * 1885: "bubble boy disease" (a disease name) -> not_quote. "the study said"
#    (twice) -> the study "conducted by Doctors Michael Hershfield and Rebecca
#    Buckley": a document of two authors, recorded as the first-named
#    "Michael Hershfield" (as dev10b 1593 / dev6b 13498; "Duke University" or
#    null would be defensible); both direct.
#  * 2238: "a ministry spokesman" after "The Agriculture Ministry expects ..."
#    -> "Agriculture Ministry" (as dev9a 4279).
#  * 4679: lower-case article; "a company spokesman" / "he" of "la
#    electricidad de caracas" -> copied as written, "la electricidad de
#    caracas"; all direct (lower-case starts after/before bare frames).
#  * 4536: `would be positive for agriculture "as long as ..."` -> partial,
#    "Frank Naylor" (as dev11a 4460); "poolers" -> not_quote; "the Life
#    Insurers' study said" -> the commissioning issuer named in the article,
#    "American Council of Life Insurers", direct.
#  * 9916: `said Turkey's latest row ... showed the need for talks and "an
#    opportunity has emerged for this."` -- second conjunct of the writer's
#    that-clause: partial, "Turgut Ozal".
#  * 3731: `Tass said the latest explosion ... had "the aim of ..."` -> object
#    slot: partial, "Tass" (the agency's own report).
#  * 19010: Pravda's own words (the newspaper as speaker of its own text); the
#    second pair has no attribution and continues Pravda: direct, "Pravda".
#  * 13015: seven `"B" shares` share-class names -> not_quotes; no quotation.
#  * 17342: `was "surprising, much larger than expected," according to Kahan`
#    (predicate), `"Unless quickly reversed," such a trend "will ensure ...,"
#    Kahan said` (an adverbial fragment and a predicate, both of the writer's
#    sentence), `Kahan said have "slowed to a crawl ..."`, `September T-bonds
#    "are up ...," ... Jim Duggan noted` and `the U.S. budget deficit,
#    "although these will not be ...," Kahan said` (a subordinate clause
#    appended to the writer's sentence) -> all partial. "Samuel Kahan".
#  * 14884: "Capt. Henry A. Duffy" -> "Henry A. Duffy".
#  * 17079: "a spokesman for Abbey National Building Society" -> "Abbey
#    National Building Society"; "a spokesman for Midland Bank Plc" / "he" ->
#    "Midland Bank Plc"; `he said the bank is willing ... because, "It was
#    just another way ..."` -- fills the because-clause of the writer's
#    sentence: partial (direct would be defensible given the comma and
#    capital). "a spokeswoman" of "Trustee Savings Bank Plc (TSB)" -> "Trustee
#    Savings Bank Plc".
A = "anonymous"
TEST13F = {
 10125: [("q",0,"direct","Raymond Stone"), ("q",1,"direct","Robert Brusca"),
         ("q",2,"direct","Philip Braverman")],
 4476:  [("q",0,"partial","Wilf Gobert"), ("q",1,"partial","Wilf Gobert"),
         ("q",2,"partial","Jim Doak"), ("q",3,"partial","Wilf Gobert"),
         ("q",4,"direct","Wilf Gobert"), ("q",5,"direct","Wilf Gobert"),
         ("q",6,"direct","Wilf Gobert"), ("q",7,"partial","Jim Doak"),
         ("q",8,"partial","Terry Shaunessy"), ("q",9,"direct","Wilf Gobert"),
         ("q",10,"direct","Jim Doak")],
 18572: [("q",0,"direct","Ken Maxwell"), ("q",1,"direct","Ken Maxwell")],
 2238:  [("q",0,"direct","Agriculture Ministry")],
 1885:  [("n",0), ("q",1,"direct","Michael Hershfield"),
         ("q",2,"direct","Michael Hershfield")],
 811:   [("q",0,"direct","John Kerin"), ("q",1,"direct","John Kerin")],
 14416: [("q",0,"direct","NCR Corp")],
 16424: [("q",0,"direct","Stephen Briggs"), ("q",1,"direct","Stephen Briggs"),
         ("q",2,"direct","Stephen Briggs")],
 16394: [("q",0,"direct","Andres Bonino"), ("q",1,"direct","Andres Bonino"),
         ("q",2,"direct","Henry Wang"), ("q",3,"partial","Henry Wang")],
 4679:  [("q",0,"direct","la electricidad de caracas"),
         ("q",1,"direct","la electricidad de caracas"),
         ("q",2,"direct","la electricidad de caracas")],
 4536:  [("q",0,"partial","Frank Naylor"), ("n",1),
         ("q",2,"direct","American Council of Life Insurers")],
 9916:  [("q",0,"partial","Turgut Ozal")],
 3731:  [("q",0,"partial","Tass")],
 19010: [("q",0,"direct","Pravda"), ("q",1,"direct","Pravda")],
 6461:  [("q",0,"direct","American Express Co"), ("q",1,"direct","American Express Co")],
 18364: [("q",0,"direct","Lee Iacocca")],
 13015: [("n",0), ("n",1), ("n",2), ("n",3), ("n",4), ("n",5), ("n",6)],
 17342: [("q",0,"direct","Samuel Kahan"), ("q",1,"partial","Samuel Kahan"),
         ("q",2,"partial","Samuel Kahan"), ("q",3,"partial","Samuel Kahan"),
         ("q",4,"partial","Samuel Kahan"), ("q",5,"partial","Jim Duggan"),
         ("q",6,"direct","Brian Singer"), ("q",7,"direct","Samuel Kahan"),
         ("q",8,"partial","Samuel Kahan")],
 14884: [("q",0,"direct","Henry A. Duffy"), ("q",1,"direct","Henry A. Duffy"),
         ("q",2,"direct","Henry A. Duffy")],
 17079: [("q",0,"direct","Abbey National Building Society"),
         ("q",1,"direct","Midland Bank Plc"), ("q",2,"partial","Midland Bank Plc"),
         ("q",3,"direct","Trustee Savings Bank Plc")],
}
