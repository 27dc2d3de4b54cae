# Hand annotations for dev3 (articles 101-140 of the sampler's shuffled list;
# 1-30 are dev, 31-60 test, 61-100 dev2). Same item format as ann_dev.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated by reading the articles only (show.py), before running the system on them.
# Decisions beyond README.md:
#  * 8664: the third mark is never closed; as in dev2 16527 the quote is taken to
#    end at the end of its clause ("...and not by Fiat,"), before "the spokesman said".
#  * 12979: "the report noted that while "..."" inside Moody's vice president's
#    sentence is the Moody's report: a document, so its issuer "Moody's Investor Services".
#  * 18410: `Takeshita said ... that "his (Takeshita's) top priority ..."` is in the
#    third person, so the words are Reagan's statement, not Takeshita's: "President Reagan".
#  * 734: `Baker said ... Reagan had "accepted with great regret."` -> the reporter
#    of the words, "Howard Baker".
#  * 7250: `It said "a certain issuer," which held ...` quotes the SEC's documents:
#    partial, "Securities and Exchange Commission".
#  * 10718: `The statement said Brazil had two ways to take: "A return, ..."` follows
#    writer's words in the same sentence (not a bare frame): partial.
#  * 11628: "a USDA analyst" -> "USDA"; "an Agriculture Department wheat analyst"
#    -> "Agriculture Department" (each as its own sentence names the affiliation).
#  * 5234: "a member of the soybean delegation", "one participant" are unnamed
#    members of a group of several named associations: null/anonymous.
#  * 6718: the EC industry ministers "resolved that ..." -> "European Community".
A = "anonymous"
DEV3 = {
 8952:  [("q",0,"direct","James Baker"), ("n",1), ("q",2,"direct","James Baker"),
         ("q",3,"partial","James Baker"), ("q",4,"direct","James Baker")],
 6718:  [("q",0,"partial","European Community")],
 1728:  [("q",0,"direct","TRW Inc")],
 13104: [("q",0,"direct","Michael Armacost"), ("q",1,"direct","Michael Armacost"),
         ("q",2,"direct","Michael Armacost")],
 10738: [("q",0,"direct","John C. Emery")],
 12979: [("q",0,"partial","Moody's Investor Services"), ("q",1,"direct","George Bland"),
         ("q",2,"direct","George Bland"), ("q",3,"direct","John Kennedy"),
         ("q",4,"direct","Steve Pejovich"), ("q",5,"direct","Tony Proffitt"),
         ("q",6,"direct","Ann Richards"), ("q",7,"partial","George Bland"),
         ("q",8,"direct","George Bland")],
 9001:  [("q",0,"direct","Peter Witte")],
 9978:  [("q",0,"partial","Law Debenture Trust Corp Plc")],
 15549: [("q",0,"direct","Finance Ministry")],
 1077:  [("q",0,"partial","Canonie Environmental Services Corp")],
 8810:  [("q",0,"direct","Fred Hartley"), ("q",1,"direct","Fred Hartley")],
 18189: [("q",0,"partial","Nigel Lawson")],
 11845: [("q",0,"direct","Melvin Sims")],
 7943:  [("q",0,"direct","Francois Perigot"), ("q",1,"direct","Francois Perigot")],
 4862:  [("q",0,"direct","Jaime Ongpin")],
 12241: [("n",0), ("n",1)],
 8664:  [("q",0,"direct","Fiat Spa"), ("q",(307,401),"direct","Fiat Spa")],
 9139:  [("q",0,"partial","Rogers Corp")],
 7250:  [("q",0,"partial","Securities and Exchange Commission"),
         ("q",1,"direct","Michael Lewis"), ("q",2,"direct","Michael Lewis")],
 17139: [("q",0,"direct","David Farrell"), ("q",1,"direct","David Farrell")],
 14211: [("q",0,"direct","Owen Bieber"), ("q",1,"direct","Owen Bieber"),
         ("q",2,"partial","Owen Bieber")],
 9839:  [("q",0,"direct","Automobiles Citroen")],
 734:   [("q",0,"partial","Howard Baker")],
 17879: [("q",0,"partial","Geoffrey Kelly"), ("q",1,"direct","Geoffrey Kelly")],
 4312:  [("q",0,"direct","Carlos Santana"), ("q",1,"direct","Carlos Santana")],
 7424:  [("q",0,"partial","Foreign Ministry"), ("n",1), ("q",2,"partial","Foreign Ministry"),
         ("q",3,"partial","Foreign Ministry"), ("q",4,"direct","Caspar Weinberger"),
         ("q",5,"direct","Caspar Weinberger")],
 1267:  [("q",0,"partial","J. Hugh Liedtke"), ("q",1,"direct","J. Hugh Liedtke"),
         ("q",2,"direct","J. Hugh Liedtke"), ("q",3,"direct","J. Hugh Liedtke"),
         ("q",4,"direct","J. Hugh Liedtke"), ("q",5,"direct","J. Hugh Liedtke"),
         ("q",6,"direct","J. Hugh Liedtke"), ("q",7,"partial","J. Hugh Liedtke")],
 1310:  [("q",0,"direct","Donald Beall"), ("q",1,"direct","Donald Beall"),
         ("q",2,"direct","Donald Beall")],
 18209: [("q",0,"direct","Daniel Green")],
 10819: [("q",0,"direct","Monte Kwinter"), ("q",1,"direct","Monte Kwinter")],
 10468: [("n",0)],
 3100:  [("q",0,"direct","Airbus Industrie")],
 18410: [("q",0,"direct","President Reagan"), ("q",1,"partial","President Reagan"),
         ("q",2,"partial","President Reagan")],
 5023:  [("q",0,"direct","Gilberto Arango"), ("q",1,"direct","Gilberto Arango"),
         ("q",2,"direct","Gilberto Arango"), ("q",3,"direct","Gilberto Arango"),
         ("q",4,"partial","Gilberto Arango"), ("q",5,"direct","Gilberto Arango")],
 5234:  [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"partial",None,A), ("q",3,"direct",None,A)],
 10718: [("q",0,"partial","Brazilian Democratic Movement Party"),
         ("q",1,"direct","Brazilian Democratic Movement Party"),
         ("q",2,"partial","Brazilian Democratic Movement Party")],
 15095: [("q",0,"direct","Congressional Research Service")],
 11628: [("q",0,"direct","USDA"), ("q",1,"direct","Vernon McMinimy"),
         ("q",2,"direct","George Hoffman"), ("q",3,"partial","George Hoffman"),
         ("q",4,"direct","Agriculture Department")],
 19029: [("q",0,"direct","Geoffrey Palmer")],
 5003:  [("q",0,"partial","Kelvin Saunders")],
}
