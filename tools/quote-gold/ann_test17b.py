# Hand annotations for test17b (items 2541-2560 of the sampler's shuffled list,
# sample_part(2540, 2560)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 15980: "U.K. Chancellor of the Exchequer Nigel Lawson" -> "Nigel Lawson".
#    `Tokyo's partners would indulge in "Japan bashing"` -- a coined label
#    (guideline 6), not Lawson's words as such: not_quote (partial would be
#    defensible). `embark on "a gradual reduction ..."`, `had produced
#    "satisfactory exchange rate stability,"`, `he was "content"`, `the U.S.
#    Budget deficit was "very important."` and `he would seek "to consolidate
#    ..."` fill slots of the writer's sentences: partial. The stand-alone
#    paragraph quotes `"Certainly it would be more difficult ..."` and
#    `"There is a consensus ..."` have no attribution of their own and follow
#    Lawson's reported speech: direct, "Nigel Lawson".
#  * 18352: `Verity ... said "We must improve ... last June.` (mark 304) is
#    never closed and the next paragraph does not reopen with a mark (it
#    opens `He added "we need ...`), so not the continuation style: two
#    quotes, each ending at the end of its sentence (guideline 7; as dev11b
#    14555): (305, 449) and (464, 627), both direct after bare frames
#    ("said", "added"), "C. William Verity".
#  * 5030: `he attacked the practice of "putting a company into
#    play."` -- market jargon that the writer goes on to define ("This is
#    when predators ..."): not_quote (guideline 6, defined terms and jargon;
#    partial, "Robin Leigh-Pemberton", would be defensible). `describing them
#    as "thoroughly irresponsible."` -> partial.
#  * 15259: the article types '"' for an apostrophe eleven times (bank"s,
#    ADB"s, China"s, I"m, it"s). Outside the quote, each such mark pairs with
#    nothing; the stretches they frame, each running to the next mark, are
#    not_quotes (as dev10b 15255, dev15a 213): (126, 236), (367, 462),
#    (554, 675) (ends at the opening mark of "Taipei, China.", as dev10b
#    15255 / dev7a 16908), (1054, 1164), (1725, 1918), (2288, 2346) (ends at
#    the opening mark of Kohli's quote). The name `"Taipei, China."` (676,
#    690) is a not_quote (as test11f 15286). The Kohli quote `"I"m afraid ...
#    it"s going to go down ... 1987," Kohli said` is ONE direct quote
#    (2347, 2433) containing the two apostrophe marks (guideline 7), "Kedar
#    Nath Kohli".
#  * 7262: `It called the filing part of the company's "regularly scheduled
#    funding activities."` -- a whole quoted noun phrase in the complement of
#    "called" (not an attributive modifier): partial, "First Interstate
#    Bancorp".
#  * 16959: "a broker at Sanyo Securities Co Ltd" / "he" / "the Sanyo broker"
#    -> "Sanyo Securities Co Ltd"; "a broker at Daiwa Securities Co Ltd" ->
#    "Daiwa Securities Co Ltd" (nearest named affiliation as the attribution
#    names it, dev9a 17348). "Prudential Bache Securities' Hank Sawa" -> "Hank
#    Sawa".
#  * 10994: `Finance Ministry sources said a "large majority" of foreign
#    banks` -> partial, "Finance Ministry" (as test14c 10997); `were renewed,
#    "without exception."` -> partial, "Dilson Funaro".
#  * 12651: the weapon name "Silkworm" -> not_quote (as test6d 9725). "one of
#    the administration officials, who asked not to be identified" of the
#    lead's "Reagan Administration officials" -> "Reagan Administration" (the
#    nearest named affiliation, as dev10a 3248): direct.
#  * 17719: the brief type `a "friend of the court" brief` -> not_quote
#    (legal term). `Sales said ... the courts "acknowledged that ..."` fills
#    the writer's clause: partial, "Jim Sales". "Frederick Leuffer", "Marc
#    Cohen", "Joel Fischer" (of Drexel Burnham Lambert) as written.
#  * 18576: "Sir Geoffrey Howe" -> "Geoffrey Howe" (honorific dropped); his
#    own statement -> the person.
#  * 360: `the so-called "cars deals"` -> not_quote (a name). `"AAA-rated
#    ...," one said` -- one of the "Underwriters away from the syndicate":
#    null/anonymous, direct.
#  * 11424: the only mark (523, after "south Africa.") pairs with nothing (a
#    missing opening mark; such a span cannot be framed as a quote, dev11a
#    15773) and there is no next mark, so the stretch it opens runs to the end
#    of its sentence, a not_quote (524, 594) (as dev12b 17204). No quotation.
#  * 6831: the union's statement `was "a gross denial ..."` -> partial,
#    "United Steelworkers of America".
#  * 10164: `the mining industry remained "cynical"` -- Thompson's word in the
#    annual report, a predicate of his reported speech: partial, "Julian
#    Thompson".
#  * 7942: "one source" of "Sources close to the ministry" -> null/anonymous
#    (as test12f 7913).
#  * 703: `Since ... basis, "Perhaps the same principle ...," central bank
#    president Francisco Gros said` -- a full clause standing as the
#    utterance after a fronted adverbial: direct, "Francisco Gros".
#    `adding "This is not fair ..."` -> direct, "Dilson Funaro".
#  * 8961: `which he said he finds, "very disquieting and discomforting."` --
#    complement of "finds" despite the comma: partial, "Joseph Pinola".
A = "anonymous"
TEST17B = {
 15980: [("q",0,"direct","Nigel Lawson"), ("q",1,"partial","Nigel Lawson"),
         ("q",2,"partial","Nigel Lawson"), ("q",3,"partial","Nigel Lawson"),
         ("q",4,"direct","Nigel Lawson"), ("q",5,"direct","Nigel Lawson"),
         ("q",6,"partial","Nigel Lawson"), ("q",7,"direct","Nigel Lawson"),
         ("q",8,"direct","Nigel Lawson"), ("n",9),
         ("q",10,"partial","Nigel Lawson"), ("q",11,"direct","Nigel Lawson"),
         ("q",12,"direct","Nigel Lawson"), ("q",13,"direct","Nigel Lawson")],
 4767:  [("q",0,"direct","Lim Keng Yaik")],
 18352: [("q",(305,449),"direct","C. William Verity"),
         ("q",(464,627),"direct","C. William Verity")],
 5030:  [("q",0,"partial","Robin Leigh-Pemberton"), ("q",1,"direct","Robin Leigh-Pemberton"),
         ("q",2,"direct","Robin Leigh-Pemberton"), ("n",3)],
 13106: [("q",0,"partial","Vladimir Petrovsky"), ("q",1,"partial","Vladimir Petrovsky"),
         ("q",2,"direct","Vladimir Petrovsky")],
 15259: [("n",(126,236)), ("n",(367,462)), ("n",(554,675)), ("n",(676,690)),
         ("n",(1054,1164)), ("n",(1725,1918)), ("n",(2288,2346)),
         ("q",(2347,2433),"direct","Kedar Nath Kohli")],
 7262:  [("q",0,"partial","First Interstate Bancorp")],
 7609:  [("q",0,"direct","James Baker"), ("q",1,"direct","James Baker"),
         ("q",2,"direct","James Baker")],
 16959: [("q",0,"direct","Sanyo Securities Co Ltd"), ("q",1,"direct","Sanyo Securities Co Ltd"),
         ("q",2,"direct","Sanyo Securities Co Ltd"), ("q",3,"direct","Sanyo Securities Co Ltd"),
         ("q",4,"direct","Hank Sawa"), ("q",5,"direct","Daiwa Securities Co Ltd")],
 10994: [("q",0,"partial","Finance Ministry"), ("q",1,"partial","Dilson Funaro")],
 12651: [("n",0), ("q",1,"direct","Reagan Administration")],
 17719: [("n",0), ("q",1,"direct","Frederick Leuffer"), ("q",2,"direct","Frederick Leuffer"),
         ("q",3,"direct","Marc Cohen"), ("q",4,"direct","Jim Sales"),
         ("q",5,"direct","Joel Fischer"), ("q",6,"partial","Jim Sales"),
         ("q",7,"direct","Marc Cohen"), ("q",8,"direct","Marc Cohen")],
 18576: [("q",0,"direct","Geoffrey Howe"), ("q",1,"direct","Geoffrey Howe"),
         ("q",2,"direct","Geoffrey Howe")],
 360:   [("q",0,"direct","Anthony Dub"), ("n",1), ("q",2,"direct","Anthony Dub"),
         ("q",3,"direct",None,A), ("q",4,"direct","Anthony Dub")],
 11424: [("n",(524,594))],
 6831:  [("q",0,"partial","United Steelworkers of America")],
 10164: [("q",0,"partial","Julian Thompson"), ("q",1,"direct","Julian Thompson")],
 7942:  [("q",0,"direct",None,A)],
 703:   [("q",0,"direct","Dilson Funaro"), ("q",1,"direct","Francisco Gros")],
 8961:  [("q",0,"direct","Joseph Pinola"), ("q",1,"partial","Joseph Pinola")],
}
