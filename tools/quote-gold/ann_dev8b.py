# Hand annotations for dev8b (items 440-459 of the sampler's shuffled list,
# sample_part(440, 460)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond README.md:
#  * 11862: `"The principle that this "when issued' trading should take place
#    ... Exchange," said George Nissen` -- the inner opening mark at 267 is a
#    double mark closed by a single one (as dev4 10031); ONE quote given by
#    explicit offsets (243, 388) that contains the stray mark, direct, "George
#    Nissen". Every later pair index is shifted, so all items of 11862 are
#    explicit offsets. The market term "when issued" (9 times), "Big Bang" and
#    the `"fallow" period proposal` are not_quotes. `market-makers "would be
#    extremely unhappy ..."` (predicate in Nissen's reported speech), `the
#    Bank's proposal was "very tight."` (predicate, Hartnell) and `described
#    as "very helpful,"` (Nissen) are partial. The last paragraph `"My own view
#    ..." he said` has no named speaker nearer than Nissen (the paragraph
#    before is the writer's): "George Nissen".
#  * 17829: `In an earlier statement, Faber said that if an offer were ...,
#    "it would be considered on its merits."` -- a statement of the company,
#    issuer's fullest name "Willis Faber Plc"; follows writer's words in the
#    same sentence: partial.
#  * 6977: "President Ronald Reagan" -> "Ronald Reagan" (title dropped; the
#    README "President Reagan" exception applies only where the article names
#    him no more fully). pair3 (`he added. "We must act now ..."`) is a second
#    quote after an attribution break: direct, same speaker.
#  * 13993: `In addition, "we are most concerned ..." Miyazawa said` follows
#    writer's words: partial (as test 2688); the other quote is the object of
#    `said that, given ..., "there are ..."`: partial. "Kiichi Miyazawa".
#  * 16138: `said that with Greenspan heading the Fed, "I'm afraid ..."` ->
#    partial although a full sentence; "the UAW leader" -> "Owen Bieber".
#  * 3251: `...annual budget."We have to ask ..."` has no attribution of its
#    own and continues Delors's paragraph: direct, "Jacques Delors".
#  * 14263: "A senior economist at the Ministry, who declined to be named" /
#    "The economist" / "he" -> the nearest named affiliation, which the first
#    sentence names "Finance Ministry" ("the Ministry" refers back to it).
#    13637: "A senior Finance Ministry official" / "the ministry official" ->
#    "Finance Ministry"; "A spokesman at Bombay stock brokers Batliwala and
#    Karani" / "he" / "the spokesman" -> "Batliwala and Karani".
#  * 16108: `A paper on AZT, presented ... by Cancer Institute researcher
#    Hiroaki Mitsuya, said, "we now report ..."` -- a document attributed to
#    its author/presenter (as a signed editorial, test 13222): "Hiroaki
#    Mitsuya"; bare frame `said,` -> direct despite the lower-case start.
#  * 15906: the prospectus quotes ("the prospectus said", "it said") -> the
#    issuer of the prospectus, "Fujitsu Ltd".
#  * 13286: "Reuters Holdings Plc chairman Sir Christopher Hogg" -> "Christopher
#    Hogg" (the honorific "Sir" dropped as a title); his annual-report words
#    ("he added") are his, not the company's.
#  * 14994: `McKinnon ... said "controlled leaks" were commonplace during
#    talks` -- the head noun phrase of McKinnon's reported clause, his
#    characterisation (as dev5b 1838 "unusual terms"), not a label in the
#    writer's paraphrase: partial, "Ross McKinnon" (a not_quote reading as a
#    scare-quoted term would also be defensible).
#  * 13816: "so-called "Yuppie mentality"" (a term attributed to "some Wall
#    Street critics" via "so-called") is a not_quote. "Rep Edward Markey" ->
#    "Edward Markey".
#  * 9792: "he added" after "Lilaratne said ..." -> "T.P. Lilaratne".
#  * 12155 "an oil trader in Tokyo", 4751 "one banker": null/anonymous.
A = "anonymous"
DEV8B = {
 17829: [("q",0,"direct","David Palmer"), ("q",1,"partial","Willis Faber Plc")],
 9792:  [("q",0,"direct","T.P. Lilaratne"), ("q",1,"direct","Rodney De Mel")],
 6977:  [("q",k,"direct","Ronald Reagan") for k in range(4)],
 11862: [("n",(95,106)),
         ("q",(243,388),"direct","George Nissen"),
         ("q",(474,518),"direct","George Nissen"),
         ("n",(835,846)), ("n",(999,1010)), ("n",(1255,1266)),
         ("q",(1590,1702),"direct","Simon Hartnell"),
         ("q",(1804,1878),"direct","Simon Hartnell"),
         ("n",(1926,1937)),
         ("q",(1980,2031),"partial","George Nissen"),
         ("n",(2566,2577)), ("n",(2868,2879)), ("n",(3080,3088)),
         ("n",(4167,4178)), ("n",(4302,4308)),
         ("q",(4742,4753),"partial","Simon Hartnell"),
         ("q",(4869,4882),"partial","George Nissen"),
         ("q",(5245,5405),"direct","George Nissen")],
 4059:  [("q",k,"direct","Richard Lyng") for k in range(3)],
 3251:  [("q",0,"direct","Jacques Delors"), ("q",1,"direct","Jacques Delors")],
 16138: [("q",0,"direct","Owen Bieber"), ("q",1,"partial","Owen Bieber")],
 12155: [("q",0,"direct",None,A)],
 6457:  [("q",0,"direct","Robert Brusca"), ("q",1,"direct","Paul Boltz")],
 10486: [("q",0,"direct","Percy Woodard")],
 13993: [("q",0,"partial","Kiichi Miyazawa"), ("q",1,"partial","Kiichi Miyazawa")],
 14263: [("q",0,"direct","Finance Ministry")],
 16108: [("q",0,"direct","Hiroaki Mitsuya")],
 14369: [("q",0,"direct","Robert J. Spiller"), ("q",1,"direct","Peter J. Blampied")],
 13816: [("q",0,"direct","Edward Markey"), ("n",1)],
 13286: [("q",0,"direct","Christopher Hogg"), ("q",1,"direct","Christopher Hogg")],
 14994: [("q",0,"partial","Ross McKinnon")],
 15906: [("q",0,"direct","Fujitsu Ltd"), ("q",1,"direct","Fujitsu Ltd")],
 13637: [("q",0,"direct","R. P. Goenka"), ("q",1,"direct","R. P. Goenka"),
         ("q",2,"direct","Finance Ministry"), ("q",3,"direct","Batliwala and Karani"),
         ("q",4,"direct","Batliwala and Karani"), ("q",5,"partial","R. P. Goenka")],
 4751:  [("q",0,"direct",None,A)],
}
