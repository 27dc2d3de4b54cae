# Hand annotations for test16d (items 2461-2480 of the sampler's shuffled list,
# sample_part(2460, 2480)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 4586: `a corn "bonus" rental payment` -- an attributive label inside the
#    writer's noun phrase (guideline 6): not_quote; the article has no quotation.
#  * 13316: `Mousavi told Tehran radio that "on the whole, ..."` fills the
#    that-clause slot: partial. The other two quotes are direct. All
#    "Mir-Hossein Mousavi" (title "Iranian Prime Minister" dropped).
#  * 12110: `was placed in receivership ... because it was "insolvent, unsafe
#    and unsound," the Federal Home Loan Bank Board (FHLBB) said` -- predicate
#    of the writer's clause: partial, "Federal Home Loan Bank Board" (the
#    fullest name; the abbreviation "FHLBB" dropped).
#  * 6066: "Retrovir" (twice) is a drug's brand name: not_quotes. 10006: the
#    film titles "Platoon" and "Hoosiers": not_quotes. 3329: share classes
#    "B" and "A": not_quotes (guideline 6). None of these has a quotation.
#  * 7867: `said of Latin America's ... debt, "Debtor countries ..."` -- a
#    bare frame with a fronted "of" phrase: direct, "Richard Von Weizsaecker".
#  * 15265: "a senior Soviet State Bank official" in the lead is then named
#    "Yurij Ponomarev, international managing director of the State Bank";
#    the later `the State Bank official said` refers back to him: all
#    "Yurij Ponomarev" (a named person, so not the organisation), direct. The
#    pair after `told Reuters.` and after `official said.` continue him.
#  * 15358: "Hajime Tamura", "Willy de Clercq" (title "EC external trade
#    chief" dropped), `Pat Carney of Canada said "We are ..."` (bare frame:
#    direct, "Pat Carney"), and "he" after the Yeutter paragraph ->
#    "Clayton Yeutter" (title "U.S. Trade Representative" dropped). All direct.
#  * 3336: `Novo said in a statement` / `the statement added` / `the Novo
#    statement said` -> the issuer's fullest name "Novo Industri A/S". `The
#    357 mln crowns paid in goodwill "had a very limited effect ..."` --
#    predicate: partial; the other two direct.
#  * 7610: `bookings are "very good" for orders` -- predicate of the
#    company's reported speech: partial, "Tonka Corp" (as dev10a 7706).
#  * 15880: lower-case article; the speaker copied as written, "manuel
#    azpurua" (dev9a 17291). The single-quoted 'triple a' is not a double
#    mark and is not annotated.
#  * 8109: `would "significantly impact" third quarter results` -- a verb
#    phrase fragment of Wilkinson's reported speech (not an attributive
#    label): partial, "Bruce Wilkinson".
#  * 8254: "a dealer at one major U.S. bank" (bank not named) ->
#    null/anonymous. "Bourdain of BankAmerica" -> "Chris Bourdain". Earl
#    Johnson's second pair (a new sentence after the attribution) -> direct,
#    "Earl Johnson".
#  * 13423: `said in reply to a query that the talks had been "ongoing for a
#    long time."` -- predicate: partial, "John Guminski". "Cominco's Townson"
#    / "he" -> "Don Townson" (spokesman named, so the person).
#  * 16698: "Ali Wardhana" (three direct quotes; `Wardhana said, "I am ..."`
#    bare frame) and "Rachmat Saleh" (two direct quotes).
#  * 3074: "a spokesman for the New York Shipping Association" -> "New York
#    Shipping Association" (guideline 5 organisation rule), direct.
A = "anonymous"
TEST16D = {
 4586:  [("n",0)],
 13316: [("q",0,"direct","Mir-Hossein Mousavi"), ("q",1,"direct","Mir-Hossein Mousavi"),
         ("q",2,"partial","Mir-Hossein Mousavi")],
 12110: [("q",0,"partial","Federal Home Loan Bank Board")],
 6066:  [("n",0), ("n",1)],
 7867:  [("q",0,"direct","Richard Von Weizsaecker"), ("q",1,"direct","Richard Von Weizsaecker")],
 15265: [("q",0,"direct","Yurij Ponomarev"), ("q",1,"direct","Yurij Ponomarev"),
         ("q",2,"direct","Yurij Ponomarev"), ("q",3,"direct","Yurij Ponomarev"),
         ("q",4,"direct","Yurij Ponomarev")],
 15358: [("q",0,"direct","Hajime Tamura"), ("q",1,"direct","Hajime Tamura"),
         ("q",2,"direct","Hajime Tamura"), ("q",3,"direct","Willy de Clercq"),
         ("q",4,"direct","Pat Carney"), ("q",5,"direct","Clayton Yeutter"),
         ("q",6,"direct","Clayton Yeutter")],
 9145:  [("q",0,"direct","A. William Reynolds"), ("q",1,"direct","A. William Reynolds")],
 3336:  [("q",0,"direct","Novo Industri A/S"), ("q",1,"direct","Novo Industri A/S"),
         ("q",2,"partial","Novo Industri A/S")],
 15220: [("q",0,"direct","Robert Auritt")],
 7610:  [("q",0,"partial","Tonka Corp")],
 15880: [("q",0,"direct","manuel azpurua")],
 18889: [("q",0,"direct","Nikolai Talyzin"), ("q",1,"direct","Nikolai Talyzin")],
 8109:  [("q",0,"partial","Bruce Wilkinson"), ("q",1,"direct","Bruce Wilkinson"),
         ("q",2,"direct","Bruce Wilkinson")],
 8254:  [("q",0,"direct",None,A), ("q",1,"direct","Chris Bourdain"),
         ("q",2,"direct","Earl Johnson"), ("q",3,"direct","Earl Johnson"),
         ("q",4,"direct","Albert Soria"), ("q",5,"direct","Natsuo Okada"),
         ("q",6,"direct","Chris Bourdain")],
 13423: [("q",0,"partial","John Guminski"), ("q",1,"direct","Don Townson"),
         ("q",2,"direct","Don Townson")],
 16698: [("q",0,"direct","Ali Wardhana"), ("q",1,"direct","Ali Wardhana"),
         ("q",2,"direct","Ali Wardhana"), ("q",3,"direct","Rachmat Saleh"),
         ("q",4,"direct","Rachmat Saleh")],
 3329:  [("n",0), ("n",1)],
 3074:  [("q",0,"direct","New York Shipping Association")],
 10006: [("n",0), ("n",1)],
}
