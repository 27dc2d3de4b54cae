# Hand annotations for test14a (items 2161-2180 of the sampler's shuffled list,
# sample_part(2160, 2180)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 15060: `Fairchild management, however, warned that ... it could "impair"
#    the government security clearances` -- a word of the reported warning
#    filling a slot of the writer's sentence (as dev4 6059 "credit", dev11a
#    14500 "war"): partial; "Fairchild management" -> "Fairchild", the
#    affiliation as the attribution writes it (dev11a 7022 "American Motors";
#    "Fairchild Industries Inc" would be defensible). `Quantum said it told
#    Fairchild it will not make "significant additional purchases"` (its SEC
#    filing -> the issuer) -> partial, the fullest name "Quantum Fund N.V.".
#  * 12122: the only mark of the article (251) is an apostrophe typed as a
#    double mark (`week"s`); it pairs with nothing and there is no next mark,
#    so the stretch runs to the end of its sentence, a not_quote by explicit
#    offsets (252, 279) (as dev12b 17204). The article has no quotation.
#  * 1884: "A military spokesman" (Iraqi; only the country is named) -> "Iraq"
#    (as dev14b 6106). `said Iran launched its attack ... "to (turn) Iraqi
#    attention ..."` -- a purpose phrase in the writer's sentence: partial;
#    `He added, "Iraq knows ..."` bare frame: direct.
#  * 18598: "a Treasury spokesman" -> "Treasury" (as dev13b 15347).
#  * 6079: `It said "Lower than expected ..."` -- bare frame: direct, the
#    company's fullest name "Morrison Knudsen Corp".
#  * 11042: `But Holmes added "do not expect ..."` -- bare frame: direct despite
#    the lower-case start, "Gary Holmes" ("The spokesman, Gary Holmes").
#  * 4801: the `"interest" facility` -- a system feature name: not_quote. "a
#    securities dealer at a major Swiss bank" (bank not named) ->
#    null/anonymous, both pairs around the attribution break.
#  * 8998: the newspaper title "Today" -> not_quote.
#  * 5062: "one FRN market source at a leading U.S. House", "one dealer", "one
#    FRN trader ...", "one senior source at a leading U.K. Investment house",
#    "one trader" / "she added", "one sterling market source" (no firm named)
#    -> null/anonymous, all direct.
#  * 1701: "one arbitrager" (both pairs) and "one executive at another major
#    airline" -> null/anonymous.
#  * 18687: the first quote has no name in its own sentence ("he told
#    journalists") -> "Edouard Balladur" of the lead.
A = "anonymous"
TEST14A = {
 15060: [("q",0,"partial","Fairchild"), ("q",1,"partial","Quantum Fund N.V.")],
 4716:  [("q",0,"direct","Leon Febres Cordero"), ("q",1,"direct","Leon Febres Cordero")],
 18687: [("q",0,"direct","Edouard Balladur"), ("q",1,"direct","Edouard Balladur")],
 1159:  [("q",0,"direct","Edgar J. Greco"), ("q",1,"direct","Edgar J. Greco"),
         ("q",2,"direct","Michael Ellman"), ("q",3,"direct","Richard Schwarz")],
 18598: [("q",0,"direct","Treasury")],
 6079:  [("q",0,"direct","Morrison Knudsen Corp")],
 4801:  [("q",0,"direct","Rudolf Mueller"), ("q",1,"direct","Philippe Bollag"),
         ("n",2), ("q",3,"direct",None,A), ("q",4,"direct",None,A)],
 11042: [("q",0,"direct","Gary Holmes")],
 6273:  [("q",0,"direct","Brian Mulroney")],
 1701:  [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"direct","Timothy Pettee"), ("q",3,"direct","Timothy Pettee"),
         ("q",4,"direct","Andrew Kim"), ("q",5,"direct","Andrew Kim"),
         ("q",6,"direct",None,A)],
 8998:  [("q",0,"direct","Andrew Wroblewski"), ("n",1), ("q",2,"direct","Ian Harwood")],
 2064:  [("q",0,"direct","John Shad"), ("q",1,"direct","John Shad")],
 5062:  [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A), ("q",5,"direct",None,A),
         ("q",6,"direct",None,A)],
 9227:  [("q",0,"direct","Jorge Cardenas")],
 4798:  [("q",0,"direct","David Knox")],
 1115:  [("q",0,"direct","Howard Harlow"), ("q",1,"direct","Howard Harlow"),
         ("q",2,"direct","Howard Harlow")],
 2480:  [("q",0,"direct","James Baker"), ("q",1,"direct","James Baker")],
 9686:  [("q",0,"direct","Shoichi Saba"), ("q",1,"direct","Shoichi Saba"),
         ("q",2,"direct","Shoichi Saba")],
 1884:  [("q",0,"partial","Iraq"), ("q",1,"direct","Iraq")],
 12122: [("n",(252,279))],
}
