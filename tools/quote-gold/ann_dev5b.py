# Hand annotations for dev5b (items 320-339 of the sampler's shuffled list,
# 0-based slice [320, 340)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py).
# Decisions beyond README.md:
#  * 4711: Reuters continuation style (guideline 4): `said: "We have to ratify
#    ... banks.` (opened at 272) has no closing mark and the next paragraph
#    reopens at 367 (`"I am not ashamed ... pay," he said.`); ONE quote given
#    by explicit offsets (273, 432), direct (after the bare frame "said:"),
#    "Leon Febres Cordero".
#  * 1838: `its board found the consent decree to be unreasonable because some
#    "unusual terms" in the decree posed ...` is the company's characterisation
#    as the head noun phrase of its reported clause, not an attributive label:
#    partial, "Hughes Tool Co" (as dev 2068 "unreasonable."). `Hughes said
#    "For reasons ..."` follows a bare frame: direct.
#  * 16301: `documents which indicate "serious differences"` and the appended
#    `-- "differences that may have compromised ..."` are words of the CFTC's
#    statement in the commission's reported speech: partial, "U.S. Commodity
#    Futures Trading Commission". "beginning net asset value" (a defined term)
#    and `"notational" funds` (attributive label) are not_quotes.
#  * 6642: "a Benetton spokeswoman" / "the spokeswoman" / "she" -> the company's
#    fullest name "Benetton SpA" (guideline 5 organisations; the attribution
#    names the company itself, cf. dev 4695 "a company spokesman").
#  * 17426: `Relief Ministry officials, describing the floods as a "routine
#    hazard,"` -> partial (object of "describing as"), "Relief Ministry".
#  * 8218: `termed the agreement a "good deal"` -> partial, "Gerhard De Kock".
#    `But as one senior banker noted, "It is ..."` follows a bare frame: direct,
#    null/anonymous. "catchphrase" and "exit vehicle" (jargon terms in the
#    writer's text) are not_quotes.
#  * 1472: "textile and apparel trade act of 1987" (a bill title) is a
#    not_quote; `the bill is "blatantly protectionist."` and `He added there is
#    "almost nothing ..."` are partial; `If the bill were ..., Cartland said
#    "it would ..."` comes right after the bare frame "Cartland said": direct
#    (lower-case start as test 13764). Same for 5996 `Chase's Marshall said
#    "Sterling ..."` after a fronted adverbial: direct.
#  * 16617: the IGGI meeting statement (a document) -> its issuer "Inter
#    Governmental Group on Indonesia".
#  * 12411: "a dealer" (twice, no firm named): null/anonymous; the second
#    pair of the first quote continues the same dealer.
#  * 2835: `for recognition as an RIE "at the appropriate time," the
#    Agricultural Futures Exchange said` -> partial, "Agricultural Futures
#    Exchange".
A = "anonymous"
DEV5B = {
 19:    [("q",0,"direct","Chris Dodd")],
 1838:  [("q",0,"direct","Hughes Tool Co"), ("q",1,"partial","Hughes Tool Co")],
 14244: [("q",0,"direct","Peter Pex"), ("q",1,"direct","Peter Pex"),
         ("q",2,"direct","Peter Pex")],
 7928:  [("q",0,"direct","Koji Kidokoro"), ("q",1,"direct","Koji Kidokoro"),
         ("q",2,"direct","Haruya Uehara"), ("q",3,"direct","Hirozumi Tanaka")],
 17426: [("q",0,"partial","Relief Ministry")],
 15546: [("q",0,"direct","Leigh Smith"), ("q",1,"direct","Leigh Smith")],
 4711:  [("q",(273,432),"direct","Leon Febres Cordero")],
 12411: [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A)],
 2835:  [("q",0,"partial","Agricultural Futures Exchange"), ("q",1,"direct","Pat Elmer")],
 15861: [("q",0,"direct","General Motors of Canada Ltd"),
         ("q",1,"direct","General Motors of Canada Ltd")],
 8218:  [("q",0,"partial","Gerhard De Kock"), ("q",1,"direct",None,A),
         ("n",2), ("n",3)],
 5996:  [("q",0,"direct","Bill Martin"), ("q",1,"direct","Bill Martin"),
         ("q",2,"direct","David Simmonds"), ("q",3,"direct","David Simmonds"),
         ("q",4,"direct","Robin Marshall"), ("q",5,"direct","Robin Marshall")],
 8428:  [("q",0,"direct","Satoshi Sumita")],
 6642:  [("q",k,"direct","Benetton SpA") for k in range(5)],
 13910: [("q",0,"direct","Akio Morita")],
 13038: [("q",0,"direct","Subroto"), ("q",1,"direct","Subroto")],
 16617: [("q",0,"direct","Inter Governmental Group on Indonesia"),
         ("q",1,"direct","Inter Governmental Group on Indonesia")],
 16301: [("n",0), ("q",1,"partial","U.S. Commodity Futures Trading Commission"),
         ("q",2,"partial","U.S. Commodity Futures Trading Commission"), ("n",3)],
 1472:  [("n",0), ("q",1,"partial","Michael Cartland"), ("q",2,"partial","Michael Cartland"),
         ("q",3,"direct","Michael Cartland")],
 12889: [("q",0,"partial","Clayton Yeutter"), ("q",1,"direct","Clayton Yeutter"),
         ("q",2,"direct","Clayton Yeutter")],
}
