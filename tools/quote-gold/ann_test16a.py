# Hand annotations for test16a (items 2401-2420 of the sampler's shuffled list,
# sample_part(2400, 2420)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 16609: `Lynch said ... because it believes Becor's management "needs more
#    guidance in terms of financial structuring.` -- the mark at 979 is never
#    closed; the quote ends at the end of its sentence, before the " Reuter"
#    sign-off (guideline 7): explicit offsets (980, 1034). Predicate slot of
#    the writer's sentence: partial. "Lynch" -> "Lynch Corp" (fullest name).
#  * 17270: `She emphasized, however, that "if some charter ..."` fills the
#    that-clause: partial (dev9a 10050 `adding that "..."`). Gaughan's words
#    as quoted by the Washington Post (`vessels ... "would be protected," the
#    newspaper reported`) -> the person, "John Gaughan" (guideline 5,
#    newspapers), partial. `Oakley said "we are moving ..."` is a bare frame:
#    direct despite the lower-case start.
#  * 7789: `Martin said. "The major story ..."` -- a quote sentence with no
#    attribution of its own following Martin's reported speech: direct, "Rick
#    Martin". The code name "Fort Knox": not_quote.
#  * 11145: "A bank spokesman" of the article's bank -> its fullest name
#    "Canadian Imperial Bank of Commerce" (as dev11b 4640 "the bank holding
#    company"); "The Canadian Imperial Bank spokesman" -> the affiliation as
#    that attribution writes it, "Canadian Imperial Bank" (dev11a 7022
#    "American Motors"). "Canada's minister of state for finance Thomas
#    Hockin" / "Tom Hockin" / "Hockin" -> the fullest form "Thomas Hockin";
#    `he was "delighted"` partial.
#  * 10984: "One dollar straight dealer at a U.S. Securities house", "One
#    source at a house involved in the deal", "One syndicate official at a
#    firm not involved in the deal" -- no firm named: null/anonymous. "A BOTI
#    official" -> "BOTI", the affiliation as the attribution names it (as
#    dev4 14339 "CBT"; the fullest name is "Bank of Tokyo International").
#  * 557: `Lukman accused "oil market manipulators" of drawing down ...` --
#    his words as the object of the writer's verb, not a writer's label:
#    partial (guideline 3, as dev11a 14500 "war"); `despite probable "minor
#    deviations" by ...` partial; `said that despite ..., "basically OPEC is
#    producing ..."` fills the that-clause: partial. All "Rilwanu Lukman".
#  * 2608: the official is named only "Ammerman": speaker "Ammerman". `If
#    negotiations fail, "We will not hesitate ...," he added.` -- the quoted
#    clause stands as the utterance before a bare frame, after a fronted
#    adverbial of the writer: direct. `hopes "any discrimination ..."` and
#    `will "press vigorously for liberalization"` are partial.
#  * 9098: `He said that for ..., "We need more policy actions" across the
#    entire front ...` -- that-clause slot continued by the writer: partial,
#    "David Mulford".
#  * 12123: "a White House spokesman" -> "White House" (direct). `shipments
#    labelled "machine parts"` -- a label: not_quote. `told the Senate ...
#    there would be "no more transfers ..."` partial, "George Shultz".
#  * 15485: `consumer goods declared to be "of primary necessity."` -- the
#    decree's legal category of goods (a defined term, guideline 6, as dev9a
#    4279 "double licensing"): not_quote (partial, "Jaime Lusinchi", as the
#    decree's words would be defensible). The article has no quotation.
#  * 15156: "Philips said" -> fullest name "NV Philips Gloeilampenfabrieken".
#  * 622 butter "mountain" (scare quote) and 568 the consumer
#    "do-it-yourself" market (a market label): not_quotes.
#  * 3171: "one source" of the "trade sources": null/anonymous.
A = "anonymous"
TEST16A = {
 17270: [("q",0,"direct","Phyllis Oakley"), ("q",1,"partial","Phyllis Oakley"),
         ("q",2,"partial","John Gaughan"), ("q",3,"direct","Phyllis Oakley")],
 16609: [("q",(980,1034),"partial","Lynch Corp")],
 7789:  [("q",0,"direct","Rick Martin"), ("q",1,"direct","Rick Martin"),
         ("n",2), ("q",3,"direct","Rick Martin")],
 15132: [("q",0,"partial","Shell Canada Ltd")],
 17295: [("q",0,"direct","Clayton Yeutter")],
 7058:  [("q",0,"partial","Cooper Canada Ltd"), ("q",1,"partial","Cooper Canada Ltd")],
 16037: [("q",0,"direct","Willy de Clercq")],
 3171:  [("q",0,"direct",None,A)],
 3559:  [("q",0,"partial","Software AG Systems Inc")],
 2608:  [("q",0,"direct","Ammerman"), ("q",1,"partial","Ammerman"),
         ("q",2,"partial","Ammerman"), ("q",3,"direct","Ammerman")],
 622:   [("n",0)],
 10984: [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"direct","BOTI"), ("q",3,"direct",None,A)],
 11145: [("q",0,"partial","Canadian Imperial Bank of Commerce"),
         ("q",1,"direct","Canadian Imperial Bank"),
         ("q",2,"partial","Thomas Hockin"), ("q",3,"direct","Thomas Hockin")],
 12123: [("q",0,"direct","White House"), ("q",1,"partial","George Shultz"),
         ("n",2), ("q",3,"direct","Sondra McCarty"),
         ("q",4,"partial","Sondra McCarty")],
 557:   [("q",0,"partial","Rilwanu Lukman"), ("q",1,"direct","Rilwanu Lukman"),
         ("q",2,"partial","Rilwanu Lukman"), ("q",3,"partial","Rilwanu Lukman"),
         ("q",4,"direct","Rilwanu Lukman")],
 9098:  [("q",0,"direct","David Mulford"), ("q",1,"partial","David Mulford")],
 13574: [("q",0,"direct","Jose Concepcion")],
 15485: [("n",0)],
 15156: [("q",0,"direct","NV Philips Gloeilampenfabrieken")],
 568:   [("n",0)],
}
