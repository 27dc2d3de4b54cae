# Hand annotations for test2a (items 581-600 of the sampler's shuffled list,
# sample_part(580, 600)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 3091: Reuters continuation style (guideline 4): the S and P quote opened
#    at 774 (`"The Jeep line ... automaking capacity.`) has no closing mark and
#    the next paragraph reopens at 1122 (`"Chrysler will be challenged ...
#    acquiring," S and P said.`, closed at 1226); ONE quote by explicit offsets
#    (775, 1226), containing the continuation mark; direct, "Standard and
#    Poor's" (its fullest name; "S and P" in the attribution).
#  * 3677: `with a "back list" of authors` -- a publishing term in the writer's
#    noun phrase: not_quote. `But he said Harper and Row "has plenty of beef to
#    warrant a 50 dlr bid.` -- the mark at 1706 is never closed: the quote
#    ends with its sentence, before the sign-off (guideline 7; period included
#    as dev11b 14555): (1707, 1750), predicate slot of the writer's sentence:
#    partial, "Ivan Obolensky".
#  * 11136: "a senior U.S. trade official" -> "United States" (unnamed
#    government official -> the government's country as the article names it,
#    as dev9b 9585 "a U.S. official" -> "United States"; "U.S." would also be
#    defensible).
#  * 14836: "a U.S. Government official in Tokyo" -> "U.S. Government", the
#    affiliation as the attribution names it (as dev10a 5116 "U.S.
#    government"; "United States" does not occur in this article). His second
#    pair, after the attribution break, is direct, same speaker.
#  * 15285: "an Indian official" / "The official, a member of the Indian
#    delegation" / "he" -> "India" (as dev9b 9585 "Indian officials" ->
#    "India"). All eight pairs direct.
#  * 5494: `companies' capital gains will be charged at the "appropriate
#    corporation tax rate."` and `but "genuine trading companies" will not be
#    affected` -- noun phrases of Lawson's budget speech filling slots of the
#    writer's sentences (guideline 3; as dev9a 2040 "a week or so"): partial
#    (debatable: both read a little like tax-law terms, so not_quote would be
#    defensible). `Lawson said the low outturn ... "is chiefly attributable
#    ..."` (predicate) and `... corporation tax, "with all liable ..."`
#    (fragment completing the writer's sentence) -> partial. `He said "it is
#    clear ..."` and `but added "given my decision ..."` -> bare frames:
#    direct despite the lower-case start (dev9a 10050). Unattributed quote
#    paragraphs following Lawson's quotes -> direct, "Nigel Lawson" ("the
#    Chancellor" -> "Nigel Lawson").
#  * 7855: `he said that "during the period ..."` fills the that-clause:
#    partial (as dev11a 3983); `He said in a parliamentary debate, "I can
#    ..."` -> direct. Both "Nigel Lawson".
#  * 16206: `arms deliveries on other ships to "non-belligerent" states` -- an
#    attributive modifier in the writer's noun phrase (guideline 6):
#    not_quote. "Pentagon spokesman Bob Sims" -> "Bob Sims".
#  * 4702: `"All of the movement occurs at the opening," afterwhich volume
#    dwindles ..., Connery said.` -- a clause beginning the sentence, continued
#    by the writer: direct (as dev10b 7149), "Michael Connery". `has made for
#    "less than ebullient market action," Mains said` (object of the writer's
#    "made for") and `were "not real exciting," said ... Fred Leiner`
#    (predicate) -> partial.
#  * 5161: `"The success of our index markets ... is ample precedent to
#    forging ahead" in international markets, he said.` -- a clause beginning
#    the sentence (dev10b 7149): direct; "he" is "CME Chairman Jack Sandner"
#    of the preceding paragraph -> "Jack Sandner". `to be "an independent
#    monitor ... the guardian" of the index, Melamed said` -> noun-phrase
#    complement: partial, "Leo Melamed".
#  * 17645: `the Emirates news agency WAM quoted him as saying` -> the person
#    (guideline 5, agencies), "Rashid Abdulla al-Nuaimi" (title dropped).
#  * 11601: `Fitzwater said in a statement Yeutter's comments were in response
#    to a hypothetical question "and do not reflect ..."` -> the statement is
#    given as Fitzwater's: partial, "Marlin Fitzwater"; "the spokesman" ->
#    "Marlin Fitzwater". `replied, "That should ..."` -> direct, "Clayton
#    Yeutter".
#  * 3022: "A spokesman at Airbus headquarters" -> "Airbus" (as dev11b 1134).
#  * 5678: "a senior Petroleos de Venezuela (PDVSA) official" / "he" ->
#    "Petroleos de Venezuela" (as dev11a 15477 "Food Ministry").
#  * 17909: "a Federal Reserve spokesman" / "The spokesman" -> "Federal
#    Reserve"; `was returning to Washington "to monitor events here."` ->
#    partial.
#  * 17997: `Asia's economic "little dragons,"` -- a nickname: not_quote.
#  * 10482: `the Reagan administration has "serious objections"` -> partial,
#    "James Miller" (object of the reported clause, as dev9a 15089). 7229:
#    `it knows of "no major activities"` -> partial, "Black Hawk Mining Inc".
A = "anonymous"
TEST2A = {
 11136: [("q",0,"direct","United States")],
 5494:  [("q",0,"direct","Nigel Lawson"), ("q",1,"direct","Nigel Lawson"),
         ("q",2,"partial","Nigel Lawson"), ("q",3,"direct","Nigel Lawson"),
         ("q",4,"direct","Nigel Lawson"), ("q",5,"direct","Nigel Lawson"),
         ("q",6,"direct","Nigel Lawson"), ("q",7,"partial","Nigel Lawson"),
         ("q",8,"direct","Nigel Lawson"), ("q",9,"partial","Nigel Lawson"),
         ("q",10,"direct","Nigel Lawson"), ("q",11,"partial","Nigel Lawson"),
         ("q",12,"direct","Nigel Lawson"), ("q",13,"direct","Nigel Lawson"),
         ("q",14,"direct","Nigel Lawson")],
 11601: [("q",0,"partial","Marlin Fitzwater"), ("q",1,"direct","Marlin Fitzwater"),
         ("q",2,"direct","Clayton Yeutter")],
 3022:  [("q",0,"direct","Airbus")],
 4702:  [("q",0,"direct","Norman Mains"), ("q",1,"direct","Norman Mains"),
         ("q",2,"partial","Norman Mains"), ("q",3,"direct","Norman Mains"),
         ("q",4,"direct","Michael Connery"), ("q",5,"partial","Fred Leiner"),
         ("q",6,"direct","Fred Leiner"), ("q",7,"direct","Sam Kahan")],
 15285: [("q",k,"direct","India") for k in range(8)],
 14639: [("q",0,"direct","Frank Carlucci"), ("q",1,"direct","Howard Baker"),
         ("q",2,"direct","Frank Carlucci")],
 5161:  [("q",0,"direct","Leo Melamed"), ("q",1,"direct","Jack Sandner"),
         ("q",2,"partial","Leo Melamed"), ("q",3,"direct","Leo Melamed")],
 10482: [("q",0,"partial","James Miller")],
 14836: [("q",0,"direct","Christopher Chew"), ("q",1,"direct","U.S. Government"),
         ("q",2,"direct","U.S. Government"), ("q",3,"direct","Chihiro Nakajima"),
         ("q",4,"direct","Bumpei Otsuki")],
 13651: [("q",0,"direct","Takashi Ishihara")],
 3677:  [("n",0), ("q",1,"direct","Ivan Obolensky"),
         ("q",(1707,1750),"partial","Ivan Obolensky")],
 17645: [("q",0,"direct","Rashid Abdulla al-Nuaimi")],
 7229:  [("q",0,"partial","Black Hawk Mining Inc")],
 3091:  [("q",(775,1226),"direct","Standard and Poor's")],
 16206: [("n",0), ("q",1,"direct","Bob Sims"), ("q",2,"direct","Bob Sims")],
 5678:  [("q",0,"direct","Petroleos de Venezuela")],
 7855:  [("q",0,"direct","Nigel Lawson"), ("q",1,"partial","Nigel Lawson")],
 17997: [("n",0), ("q",1,"direct","Blair Pickerell"), ("q",2,"direct","Blair Pickerell")],
 17909: [("q",0,"partial","Federal Reserve")],
}
