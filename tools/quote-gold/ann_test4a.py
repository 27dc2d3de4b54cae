# Hand annotations for test4a (items 981-1000 of the sampler's shuffled list,
# sample_part(980, 1000)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 5548: "The <New York Stock Exchange> said" / "The NYSE said, "..."" -> the
#    fullest name "New York Stock Exchange"; bare frame: direct.
#  * 13963: `on a "best efforts" basis` -- an underwriting term, attributive
#    inside the writer's noun phrase: not_quote; the article has no quotation.
#    543: `a "trade date-plus-one" matching capacity` -- jargon: not_quote.
#    13904: "Peanuts" (title of a comic strip): not_quote. 14229: the
#    `"one country, two systems" formula` (a coined label): not_quote.
#  * 16297: the last quote paragraph has no attribution of its own and follows
#    "Warner voiced concern ...": direct, "John Warner" (as dev10a 3248).
#  * 14680: `Fullerton said he considers buying seats on stock exchanges "a
#    sensible move".` -- object complement of the writer's clause: partial,
#    "R. Donald Fullerton" ("bank chairman" dropped).
#  * 2338: `he told the Gazeta Mercantil newspaper` -- "he" is Murilo Rubens
#    Habbema (the preceding "was quoted today as saying"); a person quoted by a
#    newspaper -> the person (dev11a 13018): direct.
#  * 7783: `said he hoped that Shad's successor "would be ..."` -- predicate
#    slot of the writer's sentence: partial, "William Proxmire".
#  * 423: `Funaro ... said ... about the interest payment moratorium "because
#    the banks have some limits.... It's a political discussion ..."` -- the
#    quote completes the writer's clause as a because-adjunct: partial,
#    "Dilson Funaro" (as dev10a 7853 "as a test of our relationship").
#  * 2016: "a spokesman" / "the spokesman" in an article about "The National
#    Farmers Union, NFU" and "The union's sugar beet committee" -> the
#    union's fullest name, "National Farmers Union" (the article's
#    organisation, as "a company spokesman" of the article's company, dev11b
#    4640). Debatable: null/anonymous would be defensible.
#  * 13425: quotes from Lautenberg's statement ("the New Jersey Democrat said
#    in a statement") -> the person, "Frank Lautenberg"; both direct.
#  * 175: "an aide to USDA Secretary Richard Lyng" / "the aide to Lyng" / "he"
#    -> the named affiliation "USDA" (guideline 5, "the USDA official"; unlike
#    dev9a 8792, the principal and department are named). Debatable:
#    null/anonymous would be defensible. Direct (the quote begins the sentence,
#    the writer continues after "he said,").
#  * 18180: `The Al-Khaleej text ... stipulated, "..."` -- the published text of
#    "his nine-point peace plan" -> the document's issuer, "Javier Perez de
#    Cuellar" (not the newspaper, which only published it); bare frame
#    "stipulated,": direct.
#  * 4796: "analyst Arjen Los" / "he" / "Los" -> "Arjen Los"; "Philip Menco";
#    "Koos Ten Have of Staal Bankiers" -> "Koos Ten Have".
A = "anonymous"
TEST4A = {
 5548:  [("q",0,"direct","New York Stock Exchange")],
 13963: [("n",0)],
 16297: [("q",0,"direct","John Warner"), ("q",1,"direct","John Warner")],
 4796:  [("q",0,"direct","Philip Menco"), ("q",1,"direct","Arjen Los"),
         ("q",2,"direct","Arjen Los"), ("q",3,"direct","Philip Menco"),
         ("q",4,"direct","Koos Ten Have"), ("q",5,"direct","Arjen Los"),
         ("q",6,"direct","Arjen Los")],
 3155:  [("q",0,"direct","Bryan Noakes")],
 14680: [("q",0,"direct","R. Donald Fullerton"), ("q",1,"partial","R. Donald Fullerton"),
         ("q",2,"direct","R. Donald Fullerton")],
 543:   [("n",0)],
 2338:  [("q",0,"direct","Murilo Rubens Habbema")],
 2710:  [("q",0,"direct","Mark Buckstein")],
 7783:  [("q",0,"partial","William Proxmire")],
 423:   [("q",0,"partial","Dilson Funaro")],
 14985: [("q",k,"direct","Clayton Yeutter") for k in range(4)],
 2016:  [("q",k,"direct","National Farmers Union") for k in range(3)],
 15287: [("q",0,"direct","John Herrington"), ("q",1,"direct","John Herrington")],
 15447: [("q",0,"direct","Richard Reid"), ("q",1,"direct","Richard Reid"),
         ("q",2,"direct","Reinhard Pohl"), ("q",3,"direct","Werner Rein")],
 13425: [("q",0,"direct","Frank Lautenberg"), ("q",1,"direct","Frank Lautenberg")],
 13904: [("n",0)],
 175:   [("q",0,"direct","USDA")],
 14229: [("n",0), ("q",1,"direct","Zhao Ziyang")],
 18180: [("q",0,"direct","Javier Perez de Cuellar")],
}
