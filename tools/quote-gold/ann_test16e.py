# Hand annotations for test16e (items 2481-2500 of the sampler's shuffled list,
# sample_part(2480, 2500)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 16490: "Governor-general Ratu Sir Penaia Ganilau" -> "Penaia Ganilau":
#    the Fijian chiefly title "Ratu" is dropped with the honorific "Sir" and
#    the office "Governor-general" (guideline 5; dev8a/dev8b drop "Sir").
#    `Ganilau said, "..."` and `Ganilau said, however, "..."` are bare frames:
#    direct.
#  * 4339: the same text as dev9a 4279; that precedent is followed: `They
#    said "double licensing" has been dropped` is a regulatory term: not_quote;
#    "a ministry official" / "he" -> "Finance Ministry" (the ministry named in
#    the lead): direct.
#  * 16592: `production targets for "strategic commodities" such as rice and
#    sugar` -- a policy category name (a defined term, like "double licensing"
#    or "megabank"), not Affandi's evaluation: not_quote (partial, "Achmad
#    Affandi", would be defensible). His written remarks -> the person;
#    `because of "over-production and price intervention ..."` -> partial.
#  * 5751: `may be a "nightmare" of practical application, banking sources
#    said` and `Bankers ... suggest it was a "sizable number."` -- words of the
#    unnamed sources' reported speech (not scare quotes; the attribution
#    covers them): partial, null/anonymous (as dev10b 7932 "foreign banking
#    sources").
#  * 369: `MCV called its previous offer ... the "final" proposed revision of
#    its agreement` -- only the modifier is quoted, an attributive label inside
#    the writer's noun phrase (guideline 6; as dev11a "material adverse",
#    "lose-lose"): not_quote; the article has no quotation.
#  * 15432: "a U.S. Delegate at the bank's annual meeting" / "the official" /
#    "the U.S. Official" / "the unidentified U.S. Official" / "he" -> "U.S."
#    (the country rule when only the country is named, dev15a 10500); the last
#    paragraph (pair 7) has no attribution of its own and follows "he added":
#    same speaker, direct. "chief U.S. Delegate Charles Dallara" -> "Charles
#    Dallara".
#  * 11713: "the corporation" / "South Africa's Electricity Supply Commission
#    (Escom)" -> "Electricity Supply Commission" (fullest name, statement at
#    the annual report's presentation): direct. "Escom chairman, John Maree"
#    -> "John Maree".
#  * 17288: "a spokesman told Reuters" of the article's company ->
#    "Archer-Daniels-Midland Co"; the second pair continues after the
#    attribution: direct.
#  * 13506: `"For political reasons, ... going to get" out of Congress at the
#    present time, said Touche Ross's Collander.` -- a clause beginning the
#    sentence, finished by the writer before the attribution: direct (as
#    dev10b 7149, dev11b 8809). "Stanley Collander"; "Federal Reserve Board
#    Chairman Paul Volcker" -> "Paul Volcker"; "Kemper Financial Services
#    economist John Silvia" -> "John Silvia".
#  * 5842: "one senior FRN trader" / "the senior trader", "another FRN market
#    source at a large Japanese house" (the house not named), "a sterling
#    analyst at a U.K. Merchant bank" / "he": null/anonymous.
#  * 3986: `the ball valves which, until recently, "demonstrated potential
#    ..."` -- a predicate in the company's reported speech: partial; both
#    quotes -> "Niagara Mohawk Power Co".
#  * 13055: `hold the surplus "at a proper level."` -> partial; all quotes
#    "Kim Mahn-je" ("Deputy Prime Minister" dropped).
#  * 10757: "B" shares (four times) are a share class: not_quote. "The
#    Exchange statement said:" -> "Hong Kong Stock Exchange": direct.
#  * 18991: `Baker said ... the West German rate rise was "not in keeping
#    ..."` -> partial, "James Baker"; `Balladur ... said "I firmly desire
#    ..."` -> bare frame: direct, "Edouard Balladur".
A = "anonymous"
TEST16E = {
 3563:  [("q",0,"direct","Elmano Barbosa")],
 17288: [("q",0,"direct","Archer-Daniels-Midland Co"), ("q",1,"direct","Archer-Daniels-Midland Co")],
 5751:  [("q",0,"partial",None,A), ("q",1,"partial",None,A)],
 14980: [("q",0,"partial","Japanese Embassy")],
 16490: [("q",0,"direct","Penaia Ganilau"), ("q",1,"direct","Penaia Ganilau")],
 642:   [("q",0,"direct","Sigi Ziering")],
 3986:  [("q",0,"partial","Niagara Mohawk Power Co"), ("q",1,"direct","Niagara Mohawk Power Co")],
 16592: [("q",0,"direct","Achmad Affandi"), ("n",1), ("q",2,"partial","Achmad Affandi")],
 4339:  [("n",0), ("q",1,"direct","Finance Ministry")],
 18991: [("q",0,"direct","Edouard Balladur"), ("q",1,"partial","James Baker"),
         ("q",2,"direct","James Baker")],
 11713: [("q",0,"direct","Electricity Supply Commission"), ("q",1,"direct","John Maree")],
 13055: [("q",0,"partial","Kim Mahn-je"), ("q",1,"direct","Kim Mahn-je"),
         ("q",2,"direct","Kim Mahn-je"), ("q",3,"direct","Kim Mahn-je"),
         ("q",4,"direct","Kim Mahn-je")],
 10757: [("n",0), ("q",1,"direct","Hong Kong Stock Exchange"), ("n",2), ("n",3), ("n",4)],
 5564:  [("q",0,"partial","George Fluegel"), ("q",1,"direct","George Fluegel")],
 10968: [("q",0,"direct","Peter Dugdale"), ("q",1,"direct","Peter Dugdale")],
 13506: [("q",0,"direct","Stanley Collander"), ("q",1,"direct","Stanley Collander"),
         ("q",2,"direct","Paul Volcker"), ("q",3,"direct","John Silvia"),
         ("q",4,"direct","Stanley Collander"), ("q",5,"direct","Stanley Collander"),
         ("q",6,"direct","Stanley Collander"), ("q",7,"direct","Stanley Collander")],
 369:   [("n",0)],
 8779:  [("q",0,"direct","Malcolm Baldrige"), ("q",1,"direct","Malcolm Baldrige")],
 5842:  [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A), ("q",3,"direct",None,A)],
 15432: [("q",0,"direct","U.S."), ("q",1,"direct","U.S."), ("q",2,"direct","U.S."),
         ("q",3,"direct","U.S."), ("q",4,"direct","Charles Dallara"),
         ("q",5,"direct","U.S."), ("q",6,"direct","U.S."), ("q",7,"direct","U.S.")],
}
