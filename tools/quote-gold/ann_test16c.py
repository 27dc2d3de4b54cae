# Hand annotations for test16c (items 2441-2460 of the sampler's shuffled list,
# sample_part(2440, 2460)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 6314: the last mark (3711, `Lichtblau, in a telephone interview, said,
#    "a 50 pct rate ... before 1990.`) is never closed and the next paragraph
#    does not reopen with a mark: the quote ends at the end of its sentence
#    (3712, 3783), direct despite the lower-case start (bare frame "said,"),
#    as dev11b 14555. "Energy Secretary John Herington" / "Herrington said,"
#    -> "John Herington", the fullest name as written (typo copied, dev11b
#    14123). `Paul Mlotok ... said that "even with ..."` fills the that-clause:
#    partial. `Yergin said that imports ... "is a critical, symbolic level ..."`
#    (predicate) -> partial, "Daniel Yergin". `in recent testimony to
#    Congress said "The continuing ..."` -> bare frame: direct, "John
#    Lichtblau" (later misspelt "Lichtbalu").
#  * 2936: the mark at 424 (`Chrysler's offer ... as a "a good price for
#    Chrysler.`) is never closed (the next mark opens "done deal"): the quote
#    ends at the end of its sentence (425, 451), partial (complement of "as"),
#    "Ronald Glantz". Every later pair index is shifted, so all items are
#    explicit offsets. `regarded the proposal as a "done deal"` and `because "I
#    can't believe anybody else would make a bid."` (a clause filling the slot
#    after the writer's "because", as dev11a 4460 "as long as ...") are
#    partial; the two following quotes ("the analyst told Reuters", "Glantz
#    said") are direct. All "Ronald Glantz".
#  * 9069: the mark at 1385 (`Mulford said, "I think exchange rates ... carried
#    out.`) is never closed and the next paragraph does not reopen: (1386,
#    1486), direct, "David Mulford" (title "Treasury Assistant Secretary"
#    dropped). `intended to produce "reasonable stability"` and `agreed in Paris
#    to "see if there can't be ..."` -> partial (his testimony).
#  * 3356: `A statement said ... caused by "undesirable elements ..."` -- the
#    statement is "signed by Rear-Admiral Augustus Aikhomu, the regime's number
#    two" -> the signer, "Augustus Aikhomu" (as a signed editorial / letter,
#    test 13222, dev8b 16108); partial (object of "caused by"). "Nigeria" (the
#    government's country, dev10a 9740) would be defensible.
#  * 18378: `In a letter accompanying the order, ... the NRC ... said these
#    efforts "should result in ..."` -> the letter's issuer, "Nuclear Regulatory
#    Commission" (fullest name); partial (that-clause slot after "said these
#    efforts").
#  * 16524: `In a statement the agency cited "exceptional circumstances"` ->
#    the statement's issuer, the agency's fullest name "Caisse de Refinancement
#    Hypothecaire"; partial (object of "cited"), not a scare quote.
#  * 16023: "A company spokesman" (of Sara Lee) -> "Sara Lee Corp"; `reached
#    "mutually agreeable terms"` and `said it "maintained benefits ..."` ->
#    partial.
#  * 13719: "one source" (of the "European monetary sources") -> null/anonymous
#    (no named affiliation); `"If all creditors agreed, ... interest rates "
#    for the countries, one source said` -- a clause beginning the sentence,
#    continued by the writer before the attribution: direct (dev10b 7149).
#    "A senior U.S. Treasury official" / "the official" -> "U.S. Treasury".
#  * 17224: "a member of the Association of International Bond Dealers London
#    staff" -> "Association of International Bond Dealers" (nearest named
#    affiliation as the attribution names it, dev9a 17348). "one trader at
#    Lloyds who declined to be identified" -> "Lloyds", following dev9a 17348 /
#    dev11a 3111 ("a broker at Daiwa ...", "one MidAm trader"); debatable, as
#    he speaks for himself ("I don't know if I still have job"), so
#    null/anonymous would be defensible. "one senior gilt market maker" ->
#    null/anonymous. `followed a "strategic review" of the prospects` (a whole
#    noun phrase of Moore's reported speech, not an attributive modifier) and
#    `He denied that the move was a "reaction to events in the trading room"`
#    -> partial, "Alan Moore". `Brian Pitman said the bank had a "relatively
#    small position ..."` (prepared statement) -> partial, "Brian Pitman".
#  * 7079: `He also noted that "the average McDonald's ..."` -> partial
#    (that-clause); `Since it cost ..., he said, "McDonald's can well justify
#    ..."` -> bare frame after a fronted clause: direct; `He said "not many
#    ..."` and `Analyst Lee said "the introduction ..."` -> bare frames: direct
#    despite the lower-case starts. All "Daniel Lee".
#  * 16850: `"In play" is a term used on Wall Street` -> a term: not_quote.
#    "a Wall Street arbitrageur" and the two "Another arbitrageur" -> null/
#    anonymous. The unattributed `"He's trying to overhaul ..."` follows "Shore
#    of Shearson Lehman said ... He said Perelman ...": "Andrew Shore", direct.
#  * 2550: `Rogers said the Jacksonville mill "won't be enough" to ...` ->
#    partial (predicate), "Mark Rogers"; the later "he said" quotes follow
#    "Rogers said, adding ...": "Mark Rogers".
#  * 2346: "an unidentified Mexican trader told the agency" -> the person, not
#    Notimex; null/anonymous. 18737 "one diplomat" -> null/anonymous.
#  * 2241 `"LOTUS 1-2-3 Simplified,"` (book title), 1580 `"E.T."` (film
#    title), 6920 `"Christ Child"` (translation of a name) and `"pump" effect`
#    (attributive label) -> not_quotes; these articles have no quotation.
A = "anonymous"
TEST16C = {
 6314:  [("q",0,"direct","Daniel Yergin"), ("q",1,"direct","John Herington"),
         ("q",2,"partial","Paul Mlotok"), ("q",3,"direct","John Lichtblau"),
         ("q",4,"direct","John Lichtblau"), ("q",5,"direct","Ronald Tappmeyer"),
         ("q",6,"partial","Daniel Yergin"),
         ("q",(3712,3783),"direct","John Lichtblau")],
 11138: [("q",0,"direct","Digital Communications Associates Inc")],
 16023: [("q",0,"partial","Sara Lee Corp"), ("q",1,"partial","Sara Lee Corp")],
 12134: [("q",0,"direct","Walter Wallmann")],
 13719: [("q",0,"direct",None,A), ("q",1,"direct","U.S. Treasury"),
         ("q",2,"direct",None,A), ("q",3,"direct",None,A)],
 17861: [("q",0,"direct","Mir-Hossein Mousavi")],
 7079:  [("q",0,"direct","Daniel Lee"), ("q",1,"direct","Daniel Lee"),
         ("q",2,"direct","Daniel Lee"), ("q",3,"direct","Daniel Lee"),
         ("q",4,"partial","Daniel Lee"), ("q",5,"direct","Daniel Lee")],
 16524: [("q",0,"partial","Caisse de Refinancement Hypothecaire")],
 18737: [("q",0,"direct",None,A)],
 2241:  [("n",0)],
 6920:  [("n",0), ("n",1)],
 18378: [("q",0,"partial","Nuclear Regulatory Commission")],
 1580:  [("n",0)],
 2936:  [("q",(250,278),"partial","Ronald Glantz"),
         ("q",(425,451),"partial","Ronald Glantz"),
         ("q",(749,758),"partial","Ronald Glantz"),
         ("q",(769,815),"partial","Ronald Glantz"),
         ("q",(822,860),"direct","Ronald Glantz"),
         ("q",(893,1150),"direct","Ronald Glantz")],
 2346:  [("q",0,"direct",None,A)],
 2550:  [("q",0,"direct","Mark Rogers"), ("q",1,"direct","Gene Cartledge"),
         ("q",2,"direct","Gene Cartledge"), ("q",3,"direct","Lawrence Ross"),
         ("q",4,"direct","Lawrence Ross"), ("q",5,"direct","Lawrence Ross"),
         ("q",6,"partial","Mark Rogers"), ("q",7,"direct","Mark Rogers"),
         ("q",8,"direct","Mark Rogers")],
 3356:  [("q",0,"partial","Augustus Aikhomu")],
 16850: [("q",0,"direct","Andrew Shore"), ("n",1),
         ("q",2,"direct","Deepak Raj"), ("q",3,"direct","Deepak Raj"),
         ("q",4,"direct","Andrew Shore"), ("q",5,"direct",None,A),
         ("q",6,"direct",None,A), ("q",7,"direct",None,A),
         ("q",8,"direct",None,A), ("q",9,"direct",None,A)],
 17224: [("q",0,"direct","Keith Brown"), ("q",1,"direct",None,A),
         ("q",2,"direct","Association of International Bond Dealers"),
         ("q",3,"partial","Brian Pitman"), ("q",4,"partial","Alan Moore"),
         ("q",5,"direct","Alan Moore"), ("q",6,"partial","Alan Moore"),
         ("q",7,"direct","Keith Brown"), ("q",8,"direct","Alan Moore"),
         ("q",9,"direct","Lloyds")],
 9069:  [("q",0,"partial","David Mulford"), ("q",1,"partial","David Mulford"),
         ("q",(1386,1486),"direct","David Mulford")],
}
