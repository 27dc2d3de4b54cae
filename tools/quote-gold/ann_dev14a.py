# Hand annotations for dev14a (items 781-800 of the sampler's shuffled list,
# sample_part(780, 800)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 12198: "a dealer at a U.S. Bank" (bank not named; as dev9a 12218) and
#    "one dealer": null/anonymous; the second pair continues after the
#    attribution: direct, same speaker.
#  * 6999: "One agriculture ministry source" / "the source" / "he" (the
#    ministry named in the lead as "Japanese Agriculture Ministry") ->
#    "Agriculture Ministry", the named affiliation as the attribution names it
#    (as dev11a 15477 "Food Ministry"; a "source" rather than an "official",
#    so null/anonymous would be defensible).
#  * 10614: the share/model class `front-wheel drive "A" car` -> not_quote
#    (guideline 6, share classes). "GM Canada president George Peapples" ->
#    "George Peapples"; "Michel Cote, Canadian minister ..." -> "Michel Cote".
#  * 10198: `The partnership said Gencorp failed to say how it would provide a
#    "superior value yet they continue ..."` -- fills the slot of the
#    writer's sentence: partial; the partnership is "General Acquisition Co".
#  * 13535: all the "western diplomats" ("One diplomat", "Another", "the
#    diplomat", "he") -> null/anonymous; pairs 2 and 12 stand after a
#    quote-plus-attribution with no attribution of their own: direct, same
#    speaker. Pair 6 ("When I asked ...") is the diplomat's own words about an
#    unnamed Chinese official: null/anonymous. Pair 8 -> "Song Ping"
#    ("Planning Minister" dropped).
#  * 8897: `Such practices "have reached very serious proportions ..." and
#    must be dealt with seriously, he said` -- predicate slot of the writer's
#    sentence: partial, "Wang Bingqian".
#  * 13689: "A Gemina spokeswoman" -> "Gemina" and "A spokeswoman for
#    Milan-based Ambrosiano" -> "Ambrosiano", the affiliation as the
#    attribution writes it (as dev11a 7022 "American Motors", dev11b 1134
#    "Airbus"); both after bare frames: direct.
#  * 4417: `said it expects to report "strong earnings ..."` -> partial,
#    "General Mills Inc".
#  * 2927: the quote is followed by "it said"; the "it" is the issuer of the
#    letter named in the next paragraph only as "The Association" (the
#    article never gives a fuller name) -> "Association" (a document -> its
#    issuer); direct.
#  * 1438: the coined scheme label `this "extensification" scheme` and the
#    attributive `"early retirement" pensions` -> not_quotes; `said member
#    state aid would be subject to "strict criteria ..."` -> partial, "Frans
#    Andriessen" ("EC Farm Commissioner" dropped).
#  * 7374: `will "go down every avenue"` and `will investigate "many more
#    ancillary areas."` -> partial, "John Shad"; stock `"parking"` (market
#    jargon) -> not_quote.
#  * 16496: `making "money laundering" an offence` -> term: not_quote; the
#    article has no quotation.
#  * 9695: `"Plaza Accord,"` (a name) -> not_quote. `hold within a "loose
#    range" of ...` -- a whole noun phrase of Viermetz's reported speech, not
#    an attributive modifier (as dev5a 9057 "substantial waiting list"):
#    partial, "Kurt Viermetz".
#  * 15468: "Commodore Mohammed Hoseyn Malekzadegan" -> "Mohammed Hoseyn
#    Malekzadegan". `But he added "If ..."` bare frame: direct; `expanded
#    operations to cover the whole region "from ..."` -> partial; `the radio
#    quoted him as saying` -> the person (guideline 5), direct.
#  * 5595: `settlement ... "to avoid further legal expenses."` and `Sears said
#    it was "the only retailer ..."` -> partial, "Sears Roebuck and Co"; the
#    statement quote of "Michael Bozic" after the bare frame `said` -> direct,
#    the named person.
#  * 17847: "Industrial Bank's Suzuki" -> "Shigeo Suzuki"; "one analyst at a
#    foreign brokerage" -> null/anonymous (pair 5 continues him); "a senior
#    analyst at Nomura Research Institute" / "he" -> "Nomura Research
#    Institute", the nearest named affiliation as the attribution names it
#    (as dev9a 17348, dev11a 3111 "MidAm").
#  * 4317: `a so-called "Magic Kingdom" theme park` -> name: not_quote; no
#    quotation.
A = "anonymous"
DEV14A = {
 12198: [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A)],
 6999:  [("q",0,"direct","Agriculture Ministry"), ("q",1,"direct","Agriculture Ministry")],
 10614: [("q",0,"direct","George Peapples"), ("q",1,"direct","Michel Cote"), ("n",2)],
 8717:  [("q",0,"direct","Lloyd Bentsen"), ("q",1,"direct","Lloyd Bentsen"),
         ("q",2,"direct","Lloyd Bentsen")],
 10198: [("q",0,"partial","General Acquisition Co")],
 13535: [("q",k,"direct",None,A) for k in range(8)]
        + [("q",8,"direct","Song Ping")]
        + [("q",k,"direct",None,A) for k in range(9,13)],
 8897:  [("q",0,"direct","Wang Bingqian"), ("q",1,"partial","Wang Bingqian")],
 9480:  [("q",0,"direct",None,A)],
 13689: [("q",0,"direct","Gemina"), ("q",1,"direct","Ambrosiano")],
 4417:  [("q",0,"partial","General Mills Inc")],
 2927:  [("q",0,"direct","Association")],
 1438:  [("n",0), ("q",1,"partial","Frans Andriessen"), ("n",2)],
 7374:  [("q",0,"partial","John Shad"), ("q",1,"partial","John Shad"), ("n",2)],
 16496: [("n",0)],
 1246:  [("q",0,"direct","David Mulford")],
 9695:  [("q",0,"direct","Kurt Viermetz"), ("q",1,"direct","Kurt Viermetz"),
         ("q",2,"direct","Kurt Viermetz"), ("n",3), ("q",4,"partial","Kurt Viermetz")],
 15468: [("q",0,"direct","Mohammed Hoseyn Malekzadegan"),
         ("q",1,"partial","Mohammed Hoseyn Malekzadegan"),
         ("q",2,"direct","Mohammed Hoseyn Malekzadegan"),
         ("q",3,"direct","Mohammed Hoseyn Malekzadegan")],
 5595:  [("q",0,"partial","Sears Roebuck and Co"), ("q",1,"direct","Michael Bozic"),
         ("q",2,"partial","Sears Roebuck and Co")],
 17847: [("q",0,"direct","Shigeo Suzuki"), ("q",1,"direct","Keikichi Honda"),
         ("q",2,"direct","Keikichi Honda"), ("q",3,"direct","Shigeo Suzuki"),
         ("q",4,"direct",None,A), ("q",5,"direct",None,A),
         ("q",6,"direct","Nomura Research Institute"),
         ("q",7,"direct","Nomura Research Institute")],
 4317:  [("n",0)],
}
