# Hand annotations for dev6b (items 360..379 of the sampler's shuffled list).
# Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py).
# Decisions beyond README.md:
#  * 10394: `the aluminium brand "CBA' produced by ...` -- an opening double mark
#    closed by a single mark (the mirror of dev4 10031). A brand name, so a
#    not_quote; the span is the text between the two marks, "CBA" (64,67), not
#    a run to the end of the text (there is no later '"').
#  * 11640: Weeks's quote opened at 302 is never closed; the next paragraph
#    ("These include flows ...") has no reopening mark, so this is not the
#    continuation style of guideline 4. As in dev3 8664 / dev2 16527 the first
#    quote ends at the end of its paragraph ("...future developments.",
#    303-474), and the paragraph opened at 604 is a separate quote (605-831),
#    both direct, "Brian Weeks". The middle paragraph is left out (it may be
#    Weeks's words, but it carries no mark).
#  * 11933: `John Akers said "this is a great loss ... community.` is never
#    closed; the quote ends at "community." (379-473), before the " Reuter"
#    sign-off (guideline 7, test 3016, but without the sign-off). Bare frame
#    `said "..."` -> direct although it starts in lower case.
#  * 4866: `stalked by what they call "spyriders"` -- object of "call", given
#    to "Some flight attendants": partial, null/anonymous (employees with no
#    named organisation speaking for them; not Eastern, whom they accuse).
#    `Union officials say ... the airline has launched a "firing frenzy"` --
#    words of the officials' reported speech (as dev4 6059 "credit"): partial;
#    "Union officials" of unnamed unions (Eastern's three principal unions are
#    not named) -> null/anonymous.
#  * 6489: `the Ivory Coast delegation gave "an open minded statement" that
#    ..., Baron said` -> partial, Baron's characterisation: "Peter Baron".
#  * 7519: `no more "super giants", or oil fields with reserves greater than
#    ...` -- an industry term glossed by the writer: not_quote (like "swing
#    producer"). `McIvor said he could not comment ... now but "the thrust of
#    his (Herrington) report is valid. ..."` follows writer's words in the same
#    sentence: partial, though it holds complete sentences.
#  * 13498: `The negotiating committees for the United Steelworkers of America
#    and LTV Corp said they ... have made a "firm commitment"` -- a joint
#    statement of two parties; partial, recorded as the first-named party
#    "United Steelworkers of America" ("LTV Corp" is equally the speaker).
#  * 12589: Sweden's "grey market." -- a term inside Dennis's paraphrase:
#    not_quote. 7131 "CGCO." (ticker symbol): not_quote.
#  * 14808: "an official at <International Digital Communications Planning
#    Inc> (IDC)" -> "International Digital Communications Planning Inc".
#  * 10145 "one money market economist"/"another", 4123 "one" of the trade
#    sources: null/anonymous.
#  * 6170: the annual report -> "CPC International Inc"; 1560 "the central
#    bank said" -> "Bank of Japan".
A = "anonymous"
DEV6B = {
 10145: [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 4866:  [("q",0,"direct","Louis Marckesano"), ("q",1,"direct","Nancy Tauss"),
         ("q",2,"partial",None,A), ("q",3,"direct","Jim Ashlock"),
         ("q",4,"partial",None,A), ("q",5,"direct","Philip Bakes")],
 6489:  [("q",0,"direct","Mama Mohammed"), ("q",1,"partial","Peter Baron"),
         ("q",2,"partial","Peter Baron")],
 14808: [("q",0,"direct","International Digital Communications Planning Inc")],
 10394: [("n",(64,67))],
 18521: [("q",0,"direct","Jacques Delors"), ("q",1,"partial","Jacques Delors"),
         ("q",2,"partial","Jacques Delors")],
 7131:  [("n",0)],
 4392:  [("q",0,"direct","Paul Rosenmuller")],
 11439: [("q",0,"direct","David Barnes"), ("q",1,"direct","David Barnes")],
 11640: [("q",(303,474),"direct","Brian Weeks"), ("q",(605,831),"direct","Brian Weeks")],
 12589: [("n",0)],
 6170:  [("q",0,"direct","CPC International Inc")],
 7519:  [("q",0,"direct","Donald K. McIvor"), ("q",1,"direct","Donald K. McIvor"),
         ("q",2,"direct","Donald K. McIvor"), ("q",3,"partial","Donald K. McIvor"),
         ("n",4), ("q",5,"direct","Donald K. McIvor"),
         ("q",6,"direct","Donald K. McIvor"), ("q",7,"partial","Donald K. McIvor"),
         ("q",8,"direct","Donald K. McIvor"), ("q",9,"direct","Donald K. McIvor")],
 4123:  [("q",0,"direct",None,A)],
 13498: [("q",0,"partial","United Steelworkers of America")],
 4334:  [("q",0,"direct","Subroto"), ("q",1,"direct","Subroto"), ("q",2,"direct","Subroto")],
 11933: [("q",(379,473),"direct","John Akers")],
 1560:  [("q",0,"direct","Bank of Japan")],
 16050: [("q",0,"direct","Robert Dole"), ("q",1,"direct","Robert Dole")],
 18844: [("q",0,"direct","David Ruder")],
}
