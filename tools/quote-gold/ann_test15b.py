# Hand annotations for test15b (items 2301-2320 of the sampler's shuffled list,
# sample_part(2300, 2320)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 6308: Reuters continuation style (guideline 4): `He said, "The
#    government's policy ... permit.` (opened at 279) has no closing mark and
#    the next paragraph reopens at 388 (`"As part of ... financial year."`,
#    closed at 560); ONE quote by explicit offsets (280, 560), bare frame:
#    direct, "Norman Lamont" (title "Treasury Financial Secretary" dropped).
#  * 15013: the last quote `he said. "It's a firm attitude. ... asking for
#    it.` (opened at 3139) is continued by the paragraph reopening at 3226 and
#    closed at 3372: ONE quote (3140, 3372), direct. `called the government's
#    ... intention ... "a very, very important step, ..."` (complement of
#    "called"), `said the policies "showed an understanding ..."` and `said
#    Seoul's package of measures was "broad enough ..."` fill slots of the
#    writer's sentence: partial. All "Malcolm Baldrige".
#  * 14751: `would oppose ... bid "with every means at its disposal,"` is a
#    fragment of the company's reported speech: partial; `saying "this attempt
#    ... shareholders."` is a clause after the bare frame "saying": direct.
#    All "Northair Mines Ltd".
#  * 17026: `Kohl told a news conference, "The tax reform ... election" in
#    January.` -- a clause after a bare frame, finished by the writer after
#    the closing mark: direct, "Helmut Kohl".
#  * 10240: Akzo's annual report -> its issuer "Akzo NV"; `expected positive
#    developments "in the longer term."` partial.
#  * 12428: "a CL spokesman" (CL defined as lead manager Credit Lyonnais) ->
#    "CL", the affiliation as the attribution names it (dev4 14339 "CBT";
#    "Credit Lyonnais" would be defensible).
#  * 13525: the three-year "evergreen" facility -- a market term: not_quote;
#    the article has no quotation.
#  * 9545: `"We'll stay out here as long as it takes," said one.` -- one of
#    the "Workers on the picket line" (no named affiliation in the
#    attribution): direct, null/anonymous.
#  * 15793: `The hotels and car rental business represents "no
#    diversification. It just makes it worse."` follows Starkman's quote, with
#    no attribution of its own; the quoted words are the object of the
#    writer's verb: partial, "Edward Starkman". "PaineWebber Group analyst
#    Edward Starkman" -> "Edward Starkman"; "Keith Gollust, one of the
#    partners" -> "Keith Gollust".
#  * 8490: warrant series "A" / "B" (ten pairs) are share-class labels:
#    not_quotes; the article has no quotation.
#  * 12194: `A brief Iranian news agency IRNA report said "Important
#    victories ..."` -- the agency's own report (document -> issuer, as
#    Tanjug): direct, "IRNA".
#  * 4765: the standalone quote paragraph following `he said in a television
#    interview` has no attribution of its own: direct, same speaker; all
#    "Zeid al-Rifa'i" (title "Prime Minister" dropped).
#  * 5401: "a spokesman" following "The Bureau for Information said ..." (and
#    later "The bureau spokesman") -> "Bureau for Information" (nearest named
#    affiliation, as dev10a 17920).
#  * 18954: `Weinberger said, "Nothing."` -- a one-word answer as the
#    reported utterance after a bare frame: direct. The paragraph opened at
#    680 is not closed and the next one reopens at 803 (closed at 890): ONE
#    quote (681, 890); every later pair index is shifted, so the last two
#    quotes are explicit offsets (982, 1134) and (1277, 1321). All direct,
#    "Caspar Weinberger".
#  * 1674: `"We've had counsel ... systems" Redstone told Reuters` (no comma
#    before the attribution) and `Redstone also said "Viacom is committed
#    ..."` -- bare frames: direct, "Sumner Redstone".
#  * 7780: the company's statements -> "Dixons Group PLC" (fullest name, as
#    written in "<Dixons Group PLC>"); `called ... offer ... "highly
#    conditional."` partial.
#  * 9701: quotes via Kyodo -> the person, "Yasuhiro Nakasone" (direct).
#    `said Japan was ready to take "appropriate measures"` -- object in
#    Tamura's reported speech: partial, "Hajime Tamura". `"It may be wishful
#    thinking ...," Tamura said.` direct, "Hajime Tamura" (the preceding
#    "officials here" sentence is the writer's).
A = "anonymous"
TEST15B = {
 6308:  [("q",(280,560),"direct","Norman Lamont")],
 15013: [("q",0,"partial","Malcolm Baldrige"), ("q",1,"partial","Malcolm Baldrige"),
         ("q",2,"direct","Malcolm Baldrige"), ("q",3,"partial","Malcolm Baldrige"),
         ("q",4,"direct","Malcolm Baldrige"), ("q",5,"direct","Malcolm Baldrige"),
         ("q",6,"direct","Malcolm Baldrige"), ("q",7,"direct","Malcolm Baldrige"),
         ("q",8,"direct","Malcolm Baldrige"), ("q",9,"direct","Malcolm Baldrige"),
         ("q",(3140,3372),"direct","Malcolm Baldrige")],
 10547: [("q",0,"direct","J. Hugh Liedtke")],
 14751: [("q",0,"partial","Northair Mines Ltd"), ("q",1,"direct","Northair Mines Ltd"),
         ("q",2,"direct","Northair Mines Ltd")],
 17026: [("q",0,"direct","Helmut Kohl")],
 10240: [("q",0,"partial","Akzo NV")],
 12428: [("q",0,"direct","CL")],
 13525: [("n",0)],
 9545:  [("q",0,"direct",None,A)],
 15793: [("q",0,"direct","Keith Gollust"), ("q",1,"direct","Edward Starkman"),
         ("q",2,"partial","Edward Starkman")],
 8490:  [("n",k) for k in range(10)],
 12194: [("q",0,"direct","IRNA")],
 4765:  [("q",0,"direct","Zeid al-Rifa'i"), ("q",1,"direct","Zeid al-Rifa'i"),
         ("q",2,"direct","Zeid al-Rifa'i")],
 5401:  [("q",0,"direct","Bureau for Information")],
 18954: [("q",0,"direct","Caspar Weinberger"), ("q",1,"direct","Caspar Weinberger"),
         ("q",2,"direct","Caspar Weinberger"), ("q",3,"direct","Caspar Weinberger"),
         ("q",(681,890),"direct","Caspar Weinberger"),
         ("q",(982,1134),"direct","Caspar Weinberger"),
         ("q",(1277,1321),"direct","Caspar Weinberger")],
 16005: [("q",0,"direct","Alan Greenspan")],
 1674:  [("q",0,"direct","Sumner Redstone"), ("q",1,"direct","Sumner Redstone"),
         ("q",2,"direct","Sumner Redstone"), ("q",3,"direct","Sumner Redstone")],
 2521:  [("q",0,"direct","Jacques Chirac")],
 7780:  [("q",0,"direct","Dixons Group PLC"), ("q",1,"direct","Dixons Group PLC"),
         ("q",2,"partial","Dixons Group PLC")],
 9701:  [("q",0,"direct","Yasuhiro Nakasone"), ("q",1,"partial","Hajime Tamura"),
         ("q",2,"direct","Hajime Tamura")],
}
