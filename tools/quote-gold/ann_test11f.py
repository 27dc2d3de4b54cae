# Hand annotations for test11f (items 1901-1920 of the sampler's shuffled list,
# sample_part(1900, 1920)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 7693: `"Provided ... later this year," said the companies` -- a joint
#    statement of De Havilland and Short Brothers: direct, recorded as the
#    first-named party "De Havilland Aircraft Co of Canada Ltd" (as dev6b
#    13498, dev10b; "Short Brothers PLC" is equally the speaker).
#  * 5757: the joint statement of seven farm groups (`issued a statement
#    saying lawmakers should "resist ..."`, `The statement said Congress
#    should not modify the 1985 farm bill "so the law ..."`: partial; `"We
#    strongly believe ...," the groups said`: direct) -> the first-named
#    group of the article's list, "American Farm Bureau Federation" (as dev6b
#    13498; the groups are never named collectively).
#  * 18584: `However, "if we don't have local agreements ..., there will be
#    a strike," he said.` -- follows the writer's connective: partial (as
#    dev6a "Moreover, ...", dev8b 13993 "In addition, ..."; direct as dev15b
#    "But ..." would be defensible). "union president Bob White" -> "Bob
#    White"; "GM Canada negotiator Rick Curd" -> "Rick Curd".
#  * 15123: `"He's tough, he won't step down," but "will hang on to the
#    death" at least until ..., Watanabe told Reuters.` -- the first is a
#    clause beginning the sentence: direct (dev10b 7149); the second a
#    predicate fragment in the writer's sentence: partial. `The next prime
#    minister will have to grapple ..., and "whoever ..." Watanabe said` and
#    `Shiratori said an indirect tax will have to be levied, but "to
#    introduce ..."` follow writer's words in the same sentence: partial (dev10a
#    5112). The so-called "New Leaders" (a coined label): not_quote.
#    "Michio Watanabe", "Masamichi Inoki", "Rei Shiratori" (title "Political
#    science professor" dropped).
#  * 8457: `Foulkes said North testified he was seeking the help of "a head
#    of an allied government"` -- North's words relayed by Foulkes -> the
#    reporter, "George Foulkes" (guideline 5, dev11a 7359); partial.
#    `dismissed the claims as "wild and fanciful allegations"` -> partial,
#    "Timothy Eggar".
#  * 5285: the suit's words (`alleged that Coastal and Wyatt are "notorious
#    ..."` partial; `"It is obvious ...," the company alleged` direct) -> the
#    filer, "TransAmerica Natural Gas Corp" as the article's lead writes it
#    (the article adds "Company name is Transamerican."; the lead's fullest
#    name is copied as written, as dev11b 14123).
#  * 15286: the names "Taipei, China" and "Republic of China": not_quotes.
#  * 12237: "must buy" (three times, an ICCO price-level term): not_quotes.
#    "an analyst from a leading cocoa trade house", "one trader" and
#    `Traders cautioned that views ... were "all prognostication"` (partial):
#    null/anonymous.
#  * 6021: "The spokesman for one U.S. Bank creditor" / "The U.S. Bank
#    spokesman" (the bank is not named; "U.S. Bank" is Reuters' capitalised
#    common noun) and "a foreign banker": null/anonymous. `The U.S. Bank
#    spokesman said foreign banks "were now more in the dark" than ever`:
#    partial. "FECSA assistant general manager Jose Zaforteza" -> "Jose
#    Zaforteza"; his second pair continues after the attribution: direct.
#  * 2731 "a union leader" (the union not named), 15154 "one industry trade
#    source": null/anonymous.
#  * 13172: `acted now because of "the high potential ..."` -> partial,
#    "Bankers Trust New York Corp". 10162: `justified his measure as a need to
#    face "current ..."` -> partial, "Jose Sarney". 9195: `declaring that he
#    was "deeply regretful,"` -> partial, "Robert Anderson".
#  * 18832: "he" after the Paulson paragraphs -> "Goran Paulson"; "the group's
#    chief executive, Kjell Nilsson" -> "Kjell Nilsson".
A = "anonymous"
TEST11F = {
 18832: [("q",0,"direct","Goran Paulson"), ("q",1,"direct","Kjell Nilsson")],
 7693:  [("q",0,"direct","De Havilland Aircraft Co of Canada Ltd")],
 7861:  [("q",0,"direct","David Wigglesworth")],
 2711:  [("q",0,"direct","James Weiss")],
 9308:  [("q",0,"direct","Arturo Hernandez Grisanti"),
         ("q",1,"direct","Arturo Hernandez Grisanti")],
 18584: [("q",0,"direct","Bob White"), ("q",1,"partial","Bob White"),
         ("q",2,"direct","Rick Curd"), ("q",3,"direct","Rick Curd")],
 13172: [("q",0,"partial","Bankers Trust New York Corp")],
 8457:  [("q",0,"partial","Timothy Eggar"), ("q",1,"partial","George Foulkes"),
         ("q",2,"direct","George Foulkes")],
 5285:  [("q",0,"partial","TransAmerica Natural Gas Corp"),
         ("q",1,"direct","TransAmerica Natural Gas Corp")],
 2731:  [("q",0,"direct",None,A)],
 15286: [("n",0), ("n",1), ("q",2,"direct","Cheyne Chiu")],
 15123: [("q",0,"direct","Michio Watanabe"), ("q",1,"partial","Michio Watanabe"),
         ("q",2,"direct","Michio Watanabe"), ("q",3,"direct","Masamichi Inoki"),
         ("q",4,"partial","Michio Watanabe"), ("n",5),
         ("q",6,"direct","Michio Watanabe"), ("q",7,"direct","Rei Shiratori"),
         ("q",8,"direct","Rei Shiratori"), ("q",9,"partial","Rei Shiratori")],
 12237: [("n",0), ("n",1), ("q",2,"direct",None,A), ("n",3),
         ("q",4,"direct",None,A), ("q",5,"partial",None,A)],
 5757:  [("q",0,"partial","American Farm Bureau Federation"),
         ("q",1,"partial","American Farm Bureau Federation"),
         ("q",2,"direct","American Farm Bureau Federation")],
 9195:  [("q",0,"partial","Robert Anderson")],
 7073:  [("q",0,"direct","Karsten Mahlmann")],
 18466: [("q",0,"direct","Thomas Labrecque"), ("q",1,"direct","Thomas Labrecque"),
         ("q",2,"direct","Thomas Labrecque"), ("q",3,"direct","Thomas Labrecque"),
         ("q",4,"direct","Thomas Labrecque")],
 6021:  [("q",0,"direct","Jose Zaforteza"), ("q",1,"direct","Jose Zaforteza"),
         ("q",2,"direct",None,A), ("q",3,"partial",None,A),
         ("q",4,"direct",None,A)],
 15154: [("q",0,"direct",None,A)],
 10162: [("q",0,"partial","Jose Sarney")],
}
