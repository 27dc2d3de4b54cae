# Hand annotations for test10d (items 1741-1760 of the sampler's shuffled list,
# sample_part(1740, 1760)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 15276: `APS said the pricing formula will "preserve ..."` -- the official
#    agency's own report (no other source named): "APS" (as dev15b "Tanjug",
#    dev13b "Tass"); fills the slot of the writer's clause: partial.
#  * 7090: the committee's `a "dominant" holding` (twice) -- an attributive
#    modifier inside the writer's noun phrase (guideline 6, "material adverse"
#    dev11a 13480): not_quotes. `reflected the "need to safeguard ..."` ->
#    partial, issuer "Interministerial Committee on Credit and Savings"
#    ("The" dropped).
#  * 16896: `Cato chairman William Niskanen added "the two nations' ..."` -- a
#    clause after the bare frame "added": direct despite the lower-case start.
#  * 15569 "windowing" function, 15860 product name "clinalyzer", 10292 film
#    titles ("Platoon" etc., five pairs): not_quotes; no quotation.
#  * 643: "Montagu said" (the market report of "bullion bankers Samuel Montagu
#    and Co Ltd") -> "Samuel Montagu and Co Ltd", direct.
#  * 11627: the 13D filing's words `"in the ordinary course of business ..."`
#    -> the filer, written "The Gabelli Group Inc"; recorded without the
#    leading article, "Gabelli Group Inc"; partial.
#  * 11220: `to become "pure plays," the executives said` -- a fragment of the
#    reported speech of "Diamond Shamrock executives" (debatable as a market
#    jargon label; not_quote would be defensible): partial, the affiliation
#    as the attribution names it, "Diamond Shamrock". `He has set a goal of
#    ... and "we need to get ...," Blackburn said` -- the quote is joined to
#    the writer's clause by "and" (as dev10a 5112, words following the
#    writer's): partial. `would be willing to buy reserves, "if we can ..."`
#    and `search ... "almost exclusively ..."` partial; `Blackburn said that
#    "we are ..."` (that-clause) partial. Unattributed quote paragraphs
#    (`"I would rather ..."`, `"This will mean ..."`) continue the preceding
#    speaker's paragraph: direct, "Charles Blackburn"; `"We are taking on
#    ..."` after "Roger Hemminghaus ... told Reuters ..." -> direct, "Roger
#    Hemminghaus"; `which Hemminghaus said "is too much. ..."` and
#    `Hemminghhaus said that cash flow will be "plus or minus ..."` partial.
#  * 16926: `The company said ..., adding "Our strong ..."` -> bare frame:
#    direct, "National SemiConductor Corp" (spelling as written).
#  * 17363: `But Hormats said "there will be ..."` -> bare frame: direct
#    (lower-case start). "Treasury Secretary James Baker" -> "James Baker".
#  * 10369: `aimed at "international markets"` and `"was probably about
#    right."` (predicate) -> partial, "Raul Gardini".
#  * 15658: `IRNA said` -> the agency's own report, "IRNA" (direct). "An Iraqi
#    field commander" (to INA; only the country is named) -> "Iraq" (as
#    dev14b 6106), `He said "Our forces ..."` direct.
#  * 5299: "Richard von Weizsaecker" (title "West German President" dropped).
A = "anonymous"
TEST10D = {
 7325:  [("q",0,"direct","Jerry Gidel"), ("q",1,"direct","Chuck Levitt"),
         ("q",2,"direct","Glenn Grimes")],
 15276: [("q",0,"partial","APS")],
 15296: [("q",0,"direct","Malcolm Baldrige"), ("q",1,"direct","Malcolm Baldrige"),
         ("q",2,"direct","Malcolm Baldrige"), ("q",3,"direct","Malcolm Baldrige"),
         ("q",4,"direct","Malcolm Baldrige"), ("q",5,"direct","Malcolm Baldrige")],
 7090:  [("n",0), ("q",1,"partial","Interministerial Committee on Credit and Savings"),
         ("n",2)],
 16896: [("q",0,"direct","William Niskanen")],
 15569: [("n",0)],
 8606:  [("q",0,"partial","Donald Lennox"), ("q",1,"partial","Donald Lennox")],
 643:   [("q",0,"direct","Samuel Montagu and Co Ltd")],
 11627: [("q",0,"partial","Gabelli Group Inc")],
 15414: [("q",0,"direct","James Baker"), ("q",1,"direct","James Baker"),
         ("q",2,"direct","Charles Taylor"), ("q",3,"direct","Robert Hormats"),
         ("q",4,"direct","Robert Hormats"), ("q",5,"direct","Stephen Axilrod"),
         ("q",6,"direct","Robert Hormats"), ("q",7,"direct","Robert Hormats")],
 9717:  [("q",0,"direct","Muammar Gaddafi"), ("q",1,"direct","Muammar Gaddafi")],
 11220: [("q",0,"direct","Charles Blackburn"), ("q",1,"direct","Charles Blackburn"),
         ("q",2,"partial","Diamond Shamrock"), ("q",3,"partial","Charles Blackburn"),
         ("q",4,"partial","Charles Blackburn"), ("q",5,"direct","Charles Blackburn"),
         ("q",6,"direct","Charles Blackburn"), ("q",7,"direct","Charles Blackburn"),
         ("q",8,"direct","Charles Blackburn"), ("q",9,"partial","Charles Blackburn"),
         ("q",10,"direct","Charles Blackburn"), ("q",11,"partial","Charles Blackburn"),
         ("q",12,"direct","Roger Hemminghaus"), ("q",13,"partial","Roger Hemminghaus"),
         ("q",14,"partial","Roger Hemminghaus")],
 10292: [("n",0), ("n",1), ("n",2), ("n",3), ("n",4)],
 16926: [("q",0,"direct","National SemiConductor Corp")],
 7608:  [("q",0,"direct","James Baker")],
 10369: [("q",0,"partial","Raul Gardini"), ("q",1,"partial","Raul Gardini")],
 5299:  [("q",0,"direct","Richard von Weizsaecker"), ("q",1,"direct","Richard von Weizsaecker"),
         ("q",2,"direct","Richard von Weizsaecker")],
 13790: [("q",0,"direct","IRNA"), ("q",1,"direct","Iraq")],
 15860: [("n",0)],
 15446: [("q",0,"direct","Markus Lusser"), ("q",1,"direct","Markus Lusser")],
}
