# Hand annotations for dev13a (items 741-760 of the sampler's shuffled list,
# sample_part(740, 760)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 10207: `attacked the "profit before everything" mentality` -- only the
#    modifier of the writer's noun phrase is quoted, an attributive label
#    (guideline 6; as dev11a 13480 "material adverse", 2198 "lose-lose"):
#    not_quote, although it is Rong Yiren's phrase (partial would be
#    defensible). "One" of the "Deputies from three provinces" / "he",
#    "another congress member ... quoted by the agency" (the agency quotes a
#    person: the person, here unnamed), "One member, described as a person
#    with no party affiliation" / "he" and "a western diplomat" ->
#    null/anonymous. `as saying Zhao's opening speech ... was "discreet, ..."`
#    (predicate) -> partial.
#  * 3003: `the U.S. should be understanding of the "economic pain" our
#    trading partners experience` -- the quoted words are the whole head noun
#    phrase of Roderick's reported speech, not an attributive modifier:
#    partial (as dev5a 9057 "substantial waiting list"). `But it is wrong, he
#    said, "to attribute ..."` -- a fragment completing the writer's clause
#    after "he said,": partial (as dev10a 7853). `discourage "fair price to
#    all" takeovers` -- attributive modifier (guideline 6): not_quote. "USX
#    Corp chairman David Roderick" -> "David Roderick".
#  * 11561: `had agreed "tentative" fluctuation ranges` -- attributive modifier
#    inside the writer's noun phrase: not_quote (as 10207 above; partial would
#    be defensible). `was proving "more or less workable"` and `said he was
#    "very agreeably surprised"` (predicates) -> partial, "Mark Eyskens".
#  * 2038: `"Mr. Landes has requested ...," he said in a filing with the
#    Securities and Exchange Commission` -- the person's filing -> the person
#    (dev10a 3496, dev5a 1956), although the filing speaks of him in the third
#    person: direct, "Michael Landes".
#  * 9114: "One money market dealer for a major foreign bank" (bank not named)
#    and "The money market head" / "he" -> null/anonymous.
#  * 7581: "the report said" (the bank's annual report) -> its issuer, "Inter-American
#    Development Bank": direct.
#  * 17607: `"It's unusual," one official said` -- the attribution names no
#    organisation (the article's sources are "CIPEC sources"): null/anonymous
#    (as dev11a 13610 "one dealer" of the "Milan dealers"; "CIPEC" would be
#    defensible, as dev9a 4279 "a ministry official").
#  * 9758: `"About 50 pct ...," the paper said` -- the Jakarta Post's own
#    editorial words -> the paper, "Jakarta Post" (guideline 5): direct.
#  * 18423: `reviewed with "developing" implications` -- the S and P rating
#    outlook term (jargon, guideline 6): not_quote; the article has no
#    quotation.
#  * 7417: `Moore told ... that ministers "need opportunities ..."` and `He
#    said New Zealand is "moving rapidly ..."` fill slots of the writer's
#    sentence: partial, "Mike Moore".
#  * 15948: the quote paragraph `"I feel this is a strong step ..."` has no
#    attribution of its own and follows "Tamura referred to ...": direct,
#    "Hajime Tamura".
A = "anonymous"
DEV13A = {
 2839:  [("q",0,"direct","John Shilling")],
 17982: [("q",0,"direct","Stanton Cook")],
 10207: [("n",0), ("q",1,"direct",None,A), ("q",2,"partial",None,A),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A)],
 3003:  [("q",0,"direct","David Roderick"), ("q",1,"partial","David Roderick"),
         ("q",2,"direct","David Roderick"), ("q",3,"partial","David Roderick"),
         ("n",4)],
 325:   [("q",k,"direct","Jaime Ongpin") for k in range(5)],
 7344:  [("q",k,"direct","Joe Clark") for k in range(6)],
 4949:  [("q",0,"direct","Olle Wessberg")],
 11561: [("n",0), ("q",1,"partial","Mark Eyskens"), ("q",2,"direct","Mark Eyskens"),
         ("q",3,"partial","Mark Eyskens"), ("q",4,"direct","Mark Eyskens"),
         ("q",5,"direct","Mark Eyskens")],
 5571:  [("q",0,"direct","John Poindexter")],
 2038:  [("q",0,"direct","Michael Landes")],
 9114:  [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 7581:  [("q",0,"direct","Inter-American Development Bank")],
 15582: [("q",0,"direct","Tomy Hjort")],
 17607: [("q",0,"direct",None,A)],
 4156:  [("q",0,"direct","Paul Volcker"), ("q",1,"direct","Paul Volcker")],
 9758:  [("q",0,"direct","Jakarta Post")],
 18423: [("n",0)],
 18601: [("q",0,"direct","Helmut Geiger")],
 7417:  [("q",0,"partial","Mike Moore"), ("q",1,"partial","Mike Moore")],
 15948: [("q",0,"direct","Hajime Tamura"), ("q",1,"direct","Hajime Tamura"),
         ("q",2,"direct","Hajime Tamura")],
}
