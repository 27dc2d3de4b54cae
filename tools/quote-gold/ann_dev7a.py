# Hand annotations for dev7a (items 380-399 of the sampler's shuffled list,
# sample_part(380, 400)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond README.md:
#  * 16908: the mark at 2102 (`... other biotechnology companies."`) closes
#    nothing: the sentence before it is the writer's paraphrase ("Fildes said
#    that was attractive to Cetus because it wanted ...") and no opening mark
#    exists for it. To cover the mark, the stretch running from it to the next
#    mark (2103-2217, "Fildes said his strategy ... but to") is recorded as a
#    not_quote (the mirror of guideline 7, test 6944: a mark that pairs with
#    nothing frames a stretch running to the next mark). Every later pair index
#    is shifted, so the last two quotes are explicit offsets: `but to "keep the
#    biggest ... to ourselves."` (2218, 2281) fills a slot of the writer's
#    sentence: partial; "Squibb is putting up ... partnership," (2572, 2764)
#    direct. All quotes -> "Robert Fildes".
#  * 9501: both quotes open with '"' and close with a single mark "'" (as dev6b
#    10394 "CBA'), so both are explicit offsets between the two marks:
#    `the document is in its "final phase' of preparation` (263, 274) -- the head
#    noun phrase of Azpurua's reported clause, not an attributive label: partial
#    (as dev5b 1838 "unusual terms"); `"We expect ... short time,'` (345, 466)
#    direct. Both "Manuel Azpurua".
#  * 8101: "a Lamborghini spokesman" / "He" -> "Lamborghini", and 17386 "A BMA
#    spokesman" -> "BMA": the nearest named affiliation as the attribution names
#    it (dev4 14339 "a CBT official" -> "CBT", dev5a 13113 "San Miguel"), not
#    the fullest names "Automobili Lamborghini SpA" / "Bahrain Monetary Agency"
#    (dev5b 6642 chose the fullest name, "Benetton SpA"; either is defensible).
#    `ranging from "a joint venture ... shareholding partner"` and `represented
#    a "compromise solution"` are words of the reported speech: partial.
#  * 17349: `Cabinet spokesman Abdul-Aziz al-Otaibi, quoted by ... KUNA, said
#    Foreign Minister Sheikh Sabah ... had told cabinet he had found "complete
#    support...At this delicate phase"` -> the reporter of the words,
#    "Abdul-Aziz al-Otaibi" (as dev3 734, dev4 13788; KUNA is not the speaker).
#    Partial. Debatable: the words may be Sabah's own, relayed.
#  * 227: "Finance and Petroleum Minister Sheikh Abdul-Aziz bin Khalifa al-Thani"
#    -> "Abdul-Aziz bin Khalifa al-Thani": the honorific "Sheikh" is dropped with
#    the title (the article also calls him "Sheikh Abdul-Aziz").
#  * 9755: the Maekawa report (`It recommended that ... Japan must "make a
#    historical transformation ... without this transformation."`) is a document
#    -> its issuer, the committee, named in the article only as the "Maekawa
#    committee" (inside Pennock's quote; elsewhere "a private committee ... led
#    by ... Haruo Maekawa"). Partial (slot of the writer's sentence) although it
#    holds full sentences. `von Moltke's reference to the "leadership" of the
#    Maekawa report` points at the word von Moltke used in his quote (pair 3,
#    "under the leadership of Maekawa"); the sentence gives the word to him
#    explicitly, as with "called": partial, "Heinrich von Moltke" (debatable: a
#    scare-quote / not_quote reading is also defensible). `came to Japan and
#    said "I only know ..."` follows a bare frame: direct. "EC Industrial Union
#    leader Lord Ray Pennock" -> "Ray Pennock" (title and "Lord" dropped).
#    "a European ambassador" (no named affiliation) -> null/anonymous.
#  * 6638: `He said ... the CFTC "was not comfortable" with the plan` -> the
#    reporter of the words, "William Brodsky" (as dev3 734): partial.
#  * 10213: "Villager Li ... he said" -> "Li Wenxian"; "Another worker in a
#    Hongshan tea-growing collective ... she said" (unnamed, the collective is
#    not named) -> null/anonymous.
#  * 5696: "An analyst familiar with the two mines said "the properties ..."" is
#    a bare frame (direct, lower-case start); "the result of "U.S. investors
#    ..."" is partial; both null/anonymous ("who asked not to be identified").
#  * 15139: `Chrysler, which signed ..., said "considerable progress ..."` ->
#    bare frame: direct (lower-case start), "Chrysler Corp".
#  * 16474 "double dipping," (twice, a term "known as"), 11327 "participations,"
#    (a balance-sheet section name): not_quotes.
A = "anonymous"
DEV7A = {
 16908: [("q",0,"direct","Robert Fildes"), ("q",1,"direct","Robert Fildes"),
         ("q",2,"direct","Robert Fildes"), ("n",(2103,2217)),
         ("q",(2218,2281),"partial","Robert Fildes"),
         ("q",(2572,2764),"direct","Robert Fildes")],
 1332:  [("q",0,"direct","Frans Andriessen"), ("q",1,"partial","Frans Andriessen")],
 13706: [("q",0,"direct","Gerhard Stoltenberg")],
 8101:  [("q",0,"partial","Lamborghini")],
 9501:  [("q",(263,274),"partial","Manuel Azpurua"), ("q",(345,466),"direct","Manuel Azpurua")],
 16474: [("n",0), ("n",1)],
 14829: [("q",0,"direct","Junichiro Koizumi")],
 6638:  [("q",0,"partial","William Brodsky"), ("q",1,"direct","William Brodsky"),
         ("q",2,"partial","William Brodsky"), ("q",3,"direct","William Brodsky")],
 10213: [("q",0,"direct","Li Wenxian"), ("q",1,"direct","Gao Jianming"),
         ("q",2,"direct","Gao Jianming"), ("q",3,"direct","Li Wenxian"),
         ("q",4,"direct",None,A)],
 227:   [("q",0,"direct","Abdul-Aziz bin Khalifa al-Thani")],
 9631:  [("q",0,"direct","Jerome Meyer"), ("q",1,"direct","Jacques Stern")],
 5696:  [("q",0,"direct",None,A), ("q",1,"partial",None,A)],
 10827: [("q",0,"direct","John Kearney")],
 17349: [("q",0,"partial","Abdul-Aziz al-Otaibi")],
 17386: [("q",0,"partial","BMA")],
 9755:  [("q",0,"partial","Maekawa committee"), ("q",1,"direct","Eishiro Saito"),
         ("q",2,"direct","Eishiro Saito"), ("q",3,"direct","Heinrich von Moltke"),
         ("q",4,"direct","Roger Smith"), ("q",5,"direct","Ray Pennock"),
         ("q",6,"direct","Philip Caldwell"), ("q",7,"partial","Heinrich von Moltke"),
         ("q",8,"direct",None,A)],
 14242: [("q",0,"direct","Clinton Condon"), ("q",1,"direct","Clinton Condon"),
         ("q",2,"direct","Clinton Condon")],
 15139: [("q",0,"direct","Chrysler Corp")],
 7190:  [("q",0,"direct","Nigel Lawson")],
 11327: [("n",0)],
}
