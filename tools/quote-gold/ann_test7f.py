# Hand annotations for test7f (items 1421-1440 of the sampler's shuffled list,
# sample_part(1420, 1440)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 4987: `orders ... for "intelligent' coin and cashless payphones` -- the
#    article's only '"' is an opening double mark closed by a single mark (as
#    dev6b 10394 "CBA'); the span is the text between the two marks,
#    "intelligent" (85, 96), a label inside the writer's noun phrase: not_quote.
#    The article has no quotation.
#  * 10298: `redistribution of export shares using "objective criteria,"` -- the
#    name of the criteria of the consumers' proposal (a negotiating term; the
#    proposers are not named as speakers): not_quote. `"As we said from the
#    start...," he told Reuters` -> "Lindenberg Sette"; the consumer
#    spokesman's two quotes (the second continuing after the attribution,
#    split across a line break in the name) -> "Abraham Van Overbeeke".
#  * 6413: Park Sin-bom's second pair continues after the attribution: direct,
#    same speaker. "A foreign securities analyst told Reuters ... were
#    "greedily asking ..."" (no firm named) -> partial, null/anonymous.
#  * 7680: `Tanjug ... quoted Zemljaric as saying Yugoslavia expected a
#    "definite measure of understanding"` -> the person quoted by the agency
#    (guideline 5), partial, "Janez Zemljaric".
#  * 14070: `Sourrouille said the "narrow interest" of creditor banks` -- the
#    head noun phrase of his reported speech (his direct quote uses "private
#    narrow interest"), not an attributive modifier: partial (as dev7a 9501
#    "final phase"). `despite Argentina's "disciplined effort"` -> partial,
#    Sourrouille. `"Today, with that same responsibility, ..."` has no
#    attribution of its own and follows "Sourrouille said ...": direct,
#    "Juan Sourrouille". `"Let's give them a call ...," the source quoted Baker
#    as saying` -> the person quoted, "James Baker", direct. `24 billion dlrs in
#    "old debt"` (a debt category term) -> not_quote.
#  * 9707: `The meeting, which dealt with "the peace process and related
#    matters," ..., he added` -> object of the writer's "dealt with": partial,
#    "Eyal Arad".
#  * 3556: all eight quotes -> "Fred Zuckerman" ("the Chrysler executive", "the
#    executive", "he", "The Chrysler treasurer"); the pair after `the executive
#    said.` continues without its own attribution: direct.
#  * 718: `It said the new contract calls for "new bonus awards ..."` -> the
#    company's statement ("Its statement"), object slot: partial, "Warner
#    Communications Inc".
#  * 6752: `In a filing ..., the company said ... it is "possible" that it will
#    be indicted` -> the filing's issuer, predicate: partial, "Coca-Cola
#    Enterprises Inc".
#  * 14460: the official notice of the Bank, `the Bank said "There will be
#    ..."` -> the issuer, "Bank of England", direct.
#  * 5507: `he said in a statement` -> the person, "Malcolm Baldrige" ("Commerce
#    Secretary" dropped), direct.
#  * 1380: `Digital stated the moves "further strengthened ..."` and `It said
#    the new "systems reflect ..."` (the quote begins inside the writer's noun
#    phrase) fill slots of the writer's sentences: partial; `"Based on ...," it
#    added` direct; all -> "Digital Equipment", the fullest name the article
#    gives.
#  * 8915: "a Housewives Association of Japan official" -> "Housewives
#    Association of Japan" (named affiliation), direct.
#  * 18512: `Lugar read a letter from ... Clayton Yeutter, who said the proposal
#    "blatantly discriminates" against imports` -> the letter's signer, "Clayton
#    Yeutter", partial. `"I don't see ...," he said` -> "Tom Harkin" ("Sen."
#    dropped), direct.
#  * 336: `Robert Bretz, chairman ... said "the economy ..."` -> bare frame,
#    direct despite the lower-case start, "Robert Bretz".
#  * 2965: `which Wrigley said was "somewhat over ..."` and `share ... is "a
#    little less than 50 pct."` -> predicates: partial, "William Wrigley"
#    ("President" dropped).
#  * 16711: `compromises which are "too broad," union leader Raymond Lacombe
#    said` -> predicate: partial, "Raymond Lacombe".
#  * 12247 `"Shibosai" issue` (a market term), 14746 `the "Tracked Rapier"
#    defense system` (a product name): not_quotes; no quotation.
A = "anonymous"
TEST7F = {
 15437: [("q",0,"direct","Paul de Keersmaeker"), ("q",1,"direct","Paul de Keersmaeker")],
 6413:  [("q",0,"direct","Park Sin-bom"), ("q",1,"direct","Park Sin-bom"),
         ("q",2,"partial",None,A)],
 10298: [("q",0,"direct","Abraham Van Overbeeke"), ("q",1,"direct","Abraham Van Overbeeke"),
         ("n",2), ("q",3,"direct","Lindenberg Sette")],
 336:   [("q",0,"direct","Robert Bretz")],
 14460: [("q",0,"direct","Bank of England")],
 7680:  [("q",0,"partial","Janez Zemljaric"), ("q",1,"direct","Janez Zemljaric")],
 9707:  [("q",0,"direct","Eyal Arad"), ("q",1,"partial","Eyal Arad")],
 3556:  [("q",i,"direct","Fred Zuckerman") for i in range(8)],
 718:   [("q",0,"partial","Warner Communications Inc")],
 14070: [("q",0,"partial","Juan Sourrouille"), ("q",1,"direct","Juan Sourrouille"),
         ("q",2,"direct","Juan Sourrouille"), ("q",3,"direct","James Baker"),
         ("q",4,"partial","Juan Sourrouille"), ("q",5,"direct","Juan Sourrouille"),
         ("q",6,"direct","Juan Sourrouille"), ("n",7)],
 16711: [("q",0,"partial","Raymond Lacombe")],
 12247: [("n",0)],
 6752:  [("q",0,"partial","Coca-Cola Enterprises Inc")],
 5507:  [("q",0,"direct","Malcolm Baldrige")],
 14746: [("n",0)],
 2965:  [("q",0,"partial","William Wrigley"), ("q",1,"partial","William Wrigley")],
 1380:  [("q",0,"partial","Digital Equipment"), ("q",1,"partial","Digital Equipment"),
         ("q",2,"direct","Digital Equipment")],
 8915:  [("q",0,"direct","Housewives Association of Japan")],
 18512: [("q",0,"direct","Tom Harkin"), ("q",1,"partial","Clayton Yeutter")],
 4987:  [("n",(85,96))],
}
