# Hand annotations for test8c (items 1481-1500 of the sampler's shuffled list,
# sample_part(1480, 1500)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 17455: the marks are 310 (open), 483 (a double mark typed for a single
#    one: `if the alleged contract was void, "we have no case.'`, the inner
#    quote of Pennzoil's counsel), 501 (the real closing mark after `.'`),
#    then four regular quotes. The first is ONE quote by explicit offsets
#    (311, 501) containing the stray mark (guideline 7; as dev4 10031, dev9b
#    12508). `Texaco said it is pleased ..., pointing out "Pennzoil's own
#    counsel told ..."` -- a full clause right after the bare frame "pointing
#    out": direct, "Texaco Inc". Every later pair index is shifted, so all
#    items are explicit offsets. The SEC general counsel's letter (`"This is
#    to inform you ...," the letter said`, (750, 1057)) and `The SEC's general
#    counsel said, "we currently anticipate ..."` (1113, 1193): the counsel is
#    unnamed, so the named affiliation as the attribution names it, "SEC"
#    (dev7a 8101); both direct. `"The SEC rule prohibits ...," the company's
#    statement said` (1368, 1522) -> direct, "Texaco Inc". `In its application
#    ..., Texaco said, it points out that "on the day ..."` (1642, 1810) -- the
#    application is Texaco's document; fills the that-clause: partial.
#  * 6809: "A Fed spokesman" / "the Fed spokesman" / "the spokesman" -> "Fed",
#    the affiliation as the attribution names it (dev7a 8101, dev11a 7022).
#    `Noting that the weather was "basically good" for March` -- predicate of
#    the spokesman's reported speech: partial.
#  * 7827: `the venture's "off balance sheet" financing` -- an attributive
#    modifier and accounting term inside the writer's noun phrase: not_quote
#    (as dev11b 1134). The article has no quotation.
#  * 9968: `The trade paper, citing "sources both within GM and on the
#    outside," said ...` -- Automotive News's own words describing its
#    sourcing (guideline 5: the paper is the speaker of its own words), a
#    noun-phrase object of "citing": partial, "Automotive News" (a not_quote
#    reading would be defensible). "Shearson Lehman analyst Michael Lucky" ->
#    "Michael Lucky".
#  * 8304: `said in answer to a question ... that "enough is enough."` -- the
#    spokesman confirms Volcker's words; the words are given as Volcker's:
#    partial (that-clause), "Paul Volcker".
#  * 10643: "Michael Luckey" is the fullest name (later spelled "Lucky"); the
#    article's spelling at the full name is copied. "one former General Motors
#    human relations executive" / "The former General Motors executive" / "he"
#    -> null/anonymous: a former executive does not speak for the company
#    (unlike a spokesman or official; "General Motors" would be debatable).
#    `"You're not going to see it ...," he says` after `but he adds,` -> direct.
#    `General Motors ... saying only it is seeking to become a "world-class
#    competitor."` -> the company's own words, complement slot: partial,
#    "General Motors Corp" (its fullest name). `A General Motors spokesman says
#    it is "too early"` -> predicate: partial, "General Motors" (the
#    affiliation as the attribution names it, dev11a 7022). `"You may see ...
#    separately," breaking its historical pattern, says Luckey` -- a clause
#    beginning the sentence continued by the writer: direct (dev10b 7149).
#    `wants to enter the negotiations "with enough inventory ..."` -> partial,
#    "Ron Glantz". The `"strike target"` (defined term), `"outsourcing"`
#    (defined term) and the `"red list"` (a name of a list) are not_quotes.
#    The quote containing `(General Motors chairman Roger) Smith` is Luckey's.
#  * 6741: "Saudi Arabia's Crown Prince Abdullah Ibn Abdulaziz" -> "Abdullah
#    Ibn Abdulaziz" (title dropped); the interview with Al-Majalis -> the person.
#  * 6206: `so-called "working capital" credits` -- a term: not_quote; the
#    article has no quotation.
#  * 15150: "a spokesman for the country's largest sugar beet concern, De
#    Danske Sukkerfabrikker A/S" -> "De Danske Sukkerfabrikker A/S".
#  * 13062: Park's second paragraph and the foreign analyst's second paragraph
#    have no attribution of their own: direct, same speakers ("Park Sin-bom";
#    "a foreign analyst" / "He" -> null/anonymous).
#  * 9402: `Yulo said. "Any Taiwanese shortfall ..."` -- a quote following the
#    attribution sentence with none of its own: direct, "Arsenim Yulo".
#  * 6940: `have created a "crisis of overproduction," he said` -- a noun-phrase
#    object of the writer's verb: partial (guideline 3), "George Shultz".
#  * 12923: `caused by governments "getting their finger in the pot."` ->
#    partial, "Clayton Yeutter"; "the Ohio Democrat" (8720) -> "Howard
#    Metzenbaum".
A = "anonymous"
TEST8C = {
 6809:  [("q",0,"partial","Fed")],
 7827:  [("n",0)],
 12923: [("q",0,"partial","Clayton Yeutter"), ("q",1,"direct","Clayton Yeutter"),
         ("q",2,"direct","Clayton Yeutter")],
 17455: [("q",(311,501),"direct","Texaco Inc"),
         ("q",(750,1057),"direct","SEC"),
         ("q",(1113,1193),"direct","SEC"),
         ("q",(1368,1522),"direct","Texaco Inc"),
         ("q",(1642,1810),"partial","Texaco Inc")],
 8720:  [("q",0,"direct","Howard Metzenbaum"), ("q",1,"direct","Matthew Scocozza"),
         ("q",2,"direct","Roger Andewelt")],
 12562: [("q",0,"direct",None,A)],
 8304:  [("q",0,"partial","Paul Volcker")],
 13062: [("q",0,"direct","Park Sin-bom"), ("q",1,"direct","Park Sin-bom"),
         ("q",2,"direct",None,A), ("q",3,"direct",None,A)],
 9402:  [("q",0,"direct","Arsenim Yulo")],
 2264:  [("q",0,"direct","Cesar Gaviria")],
 12140: [("q",0,"direct","Henry Gluck"), ("q",1,"direct","Henry Gluck"),
         ("n",2), ("q",3,"partial","Caesars World Inc")],
 15150: [("q",0,"direct","De Danske Sukkerfabrikker A/S")],
 9968:  [("q",0,"partial","Automotive News"), ("q",1,"direct","Michael Lucky")],
 6376:  [("q",0,"direct","George Shultz"), ("q",1,"partial","George Shultz"),
         ("q",2,"direct","George Shultz")],
 14210: [("q",0,"direct","James Kinnear"), ("q",1,"direct","Joseph Jamail")],
 6206:  [("n",0)],
 1583:  [("q",0,"direct","James Nugent"), ("q",1,"direct","James Nugent")],
 9840:  [("q",0,"direct","Wim Moret"), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A)],
 6741:  [("q",0,"direct","Abdullah Ibn Abdulaziz"),
         ("q",1,"direct","Abdullah Ibn Abdulaziz")],
 10643: [("q",0,"direct","Michael Luckey"), ("q",1,"direct","Jean-Claude Gruet"),
         ("q",2,"direct","Ron Glantz"), ("q",3,"direct","Ron Glantz"),
         ("q",4,"partial","General Motors Corp"), ("q",5,"direct","Michael Luckey"),
         ("n",6), ("q",7,"direct","Ron Glantz"), ("n",8),
         ("q",9,"direct",None,A), ("q",10,"direct","Michael Luckey"),
         ("q",11,"partial","Ron Glantz"), ("q",12,"partial","General Motors"),
         ("q",13,"direct",None,A), ("n",14), ("q",15,"direct","Michael Luckey")],
}
