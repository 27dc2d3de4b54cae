# Hand annotations for dev9a (items 460-479 of the sampler's shuffled list,
# sample_part(460, 480)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond README.md:
#  * 4136: `Miller said ... but added, "the surest way to put us in a pickle"
#    would be to raise ...` -- although it comes right after the bare frame
#    "added,", the quoted material is a noun phrase (subject of the writer's
#    "would be ..."), not a clause standing as the utterance: partial (a
#    sub-clausal fragment, guideline 3), "James Miller" (title "Director of the
#    Office of Management and Budget" dropped).
#  * 10050: `Lawson said "I do not want to reveal ... so as not to make it easy
#    for" speculation against the accord.` -- a clause right after a bare frame:
#    direct, although the writer completes the sentence after the closing mark.
#    `what he termed "the grossly exaggerated claim"` -- complement of "termed"
#    (as "called"): partial. `adding that "It is an objective ..."`, `confirmed
#    that "over ..."`, `PSBR ... "is the modern equivalent ..."` (predicate) and
#    `added that "to allow ..."` fill slots of the writer's sentence: partial.
#    "U.K. Chancellor of the Exchequer Nigel Lawson" -> "Nigel Lawson".
#  * 4279: `They said "double licensing" has been dropped` -- the name of a
#    licensing requirement (a regulatory term, like "landed weight"): not_quote.
#    "a ministry official" / "he" -> "Finance Ministry" ("ministry" refers back
#    to "The Finance Ministry" of the first sentence, as dev8b 14263).
#  * 17348: "a broker at Daiwa Securities Co Ltd" -> "Daiwa Securities Co Ltd";
#    "a broker at Yamaichi Securities Co" -> "Yamaichi Securities Co" (both
#    pairs 2 and 3, the second continuing after the attribution): the nearest
#    named affiliation as the attribution names it (dev4 14339). "a broker at a
#    foreign securities house who declined to be identified" and "one foreign
#    broker": null/anonymous.
#  * 16804: `will cost ... "a couple of million" dollars, chairman Marshall
#    Cohen said` -- the amount in Cohen's reported speech, not an attributive
#    label of the writer: partial, "Marshall Cohen". 2040: `approve legislation
#    in "a week or so"` -- a fragment of Wright's reported speech: partial,
#    "Jim Wright" (title "House Speaker" dropped).
#  * 15089: `the feeling ... is "very severe"` (predicate), `showed "relative
#    understanding"` (object of the reported clause, as dev4 9699 "restricted
#    optimism") and `Abe said he was convinced "Congress and the administration
#    ..."` (slot of the writer's sentence, full sentence) are all partial,
#    "Shintaro Abe".
#  * 3783: `Australia was "now back in," Frawley said` -- predicate: partial,
#    "Peter Frawley".
#  * 6110: `An official at Colombia's National Association of Sugar Cane Growers
#    said ...` followed by a quote paragraph with no attribution of its own ->
#    "National Association of Sugar Cane Growers" (nearest named affiliation),
#    direct. `which, according to ... Eduardo Latorre, "grows like a weed"` --
#    predicate fragment: partial, "Eduardo Latorre"; the later "GEPLACEA's
#    Latorre" -> "Eduardo Latorre". Julian Mateo's second pair continues after
#    the attribution: direct, same speaker.
#  * 17291: the article is in lower case; the speaker is copied as written,
#    "jorge marcano" (as "arturo hernandez grisanti").
#  * 2716: "Malaysia's central bank" / "the central bank, Bank Negara" / "it"
#    -> "Bank Negara". 4523: "Cyclops said in a statement" -> "Cyclops Corp".
#  * 16544: `the meeting with Olson was "positive and friendly,"` -- predicate:
#    partial, "William Palmer".
#  * 4950 "one economist who has closely watched the system's development",
#    12218 "a dealer with a U.S. Bank" (as dev "one dealer at a major U.S.
#    Bank"), 8792 "an aide to a senior farm-state senator" (the senator is not
#    named): null/anonymous.
A = "anonymous"
DEV9A = {
 4136:  [("q",0,"direct","James Miller"), ("q",1,"partial","James Miller"),
         ("q",2,"direct","James Miller")],
 4279:  [("n",0), ("q",1,"direct","Finance Ministry")],
 4950:  [("q",0,"direct",None,A), ("q",1,"direct","Leo de Corel")],
 10050: [("q",0,"direct","Nigel Lawson"), ("q",1,"direct","Nigel Lawson"),
         ("q",2,"direct","Nigel Lawson"), ("q",3,"partial","Nigel Lawson"),
         ("q",4,"direct","Nigel Lawson"), ("q",5,"partial","Nigel Lawson"),
         ("q",6,"partial","Nigel Lawson"), ("q",7,"partial","Nigel Lawson"),
         ("q",8,"partial","Nigel Lawson")],
 17291: [("q",0,"direct","jorge marcano")],
 17348: [("q",0,"direct","Daiwa Securities Co Ltd"), ("q",1,"direct",None,A),
         ("q",2,"direct","Yamaichi Securities Co"), ("q",3,"direct","Yamaichi Securities Co"),
         ("q",4,"direct",None,A)],
 16804: [("q",0,"partial","Marshall Cohen"), ("q",1,"direct","Marshall Cohen"),
         ("q",2,"direct","Marshall Cohen"), ("q",3,"direct","Marshall Cohen"),
         ("q",4,"direct","Marshall Cohen")],
 18668: [("q",0,"direct","Milan Kerno")],
 16544: [("q",0,"partial","William Palmer")],
 2716:  [("q",0,"direct","Bank Negara")],
 4523:  [("q",0,"direct","Cyclops Corp")],
 2040:  [("q",0,"partial","Jim Wright")],
 8847:  [("q",0,"direct","Jose Luis Machinea"), ("q",1,"direct","Jose Luis Machinea")],
 12218: [("q",0,"direct",None,A)],
 8792:  [("q",0,"direct",None,A), ("q",1,"direct","Dave Haggard"),
         ("q",2,"direct","Bill O'Conner"), ("q",3,"direct","Bill O'Conner")],
 3783:  [("q",0,"direct","Peter Frawley"), ("q",1,"partial","Peter Frawley"),
         ("q",2,"direct","Peter Frawley")],
 3266:  [("q",0,"direct","Sergey Frolov")],
 3122:  [("q",0,"direct","Dale Gustafson")],
 15089: [("q",0,"partial","Shintaro Abe"), ("q",1,"partial","Shintaro Abe"),
         ("q",2,"partial","Shintaro Abe")],
 6110:  [("q",0,"direct","Manuel Rico"), ("q",1,"direct","Julian Mateo"),
         ("q",2,"direct","Julian Mateo"),
         ("q",3,"direct","National Association of Sugar Cane Growers"),
         ("q",4,"partial","Eduardo Latorre"),
         ("q",5,"direct","Jose Hugo Castelo Branco"),
         ("q",6,"direct","Eduardo Latorre")],
}
