# Hand annotations for test11e (items 1881-1900 of the sampler's shuffled list,
# sample_part(1880, 1900)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 7549: Reuters continuation style (guideline 4): `It said: "Macao should
#    be returned ... all the Chinese people.` (opened at 1189) has no closing
#    mark and the next paragraph reopens at 1355 (`"The handover ... protect
#    them."`, closed at 1540, which show.py tags as an opening); ONE quote by
#    explicit offsets (1190, 1540), containing the continuation mark; after
#    the bare frame "It said:": direct. "A Foreign Ministry statement" (of
#    Taiwan, "In Taipei") / "It" -> the issuer as the attribution names it,
#    "Foreign Ministry". Valerio -> "Octavio Valerio" ("Portuguese Ambassador
#    to Peking" dropped).
#  * 13698: `Penney said "Sales were in line ... Southwest.` is never closed
#    and the paragraph runs to the " Reuter" sign-off: the quote ends at the
#    end of its paragraph (684, 943), as dev11b 14555 / dev6b 11640; bare
#    frame: direct, "J.C. Penney Co Inc".
#  * 5019: the USDA report's words (`the report said`, `the USDA report said`,
#    `according to the analysis`) -> the issuer as the nearest attribution
#    names it, "USDA" (the lead's "a report from the Agriculture Department"
#    would also be defensible, as dev3 11628 kept "USDA" / "Agriculture
#    Department" per sentence). `"...," according to the analysis` -- the
#    quote stands as the utterance before an "according to" frame: direct.
#    "Keith Collins" ("director of USDA's economics analysis staff" dropped).
#  * 10742: the opening quote at offset 0 is attributed by the next paragraph
#    (`Xu Jinfeng ... sums up the dilemma`): direct, "Xu Jinfeng" (later
#    "official Xu", "Xu", "she"). `said an article in the official press` /
#    `it said` -- an unnamed article of the unnamed official press: no named
#    paper or affiliation, so null/anonymous (a reading as the government's
#    words would be defensible). `listened too much to the demands of "selfish
#    city people"` -- Chen Zuyuan's words filling a slot of the writer's
#    paraphrase (a whole noun phrase, not an attributive modifier): partial,
#    "Chen Zuyuan". The China Daily editorials (`said a China Daily
#    editorial`, `the China Daily said in an editorial`, `the newspaper said`)
#    -> the paper's own words, "China Daily" (dev13a 9758): direct. "An
#    official of the Shanghai city government" / "The Shanghai official" /
#    "he" -> "Shanghai city government" (nearest named affiliation, as dev9a
#    4279 "a ministry official").
#  * 5741: "an OMB official told Reuters" -> "OMB", the affiliation as the
#    attribution writes it (dev4 14339). "Ron Landis" ("chief of OMB's
#    agricultural branch" dropped).
#  * 6175: `Carolina Power said Unit One ... meets all air quality regulations
#    ..., and "The addition of scrubbers ... improvements."` -- a second
#    complement of the writer's "said", coordinated with his paraphrase: it
#    fills a slot of the writer's sentence: partial (as dev11a 3983, although
#    the quote is a full capitalised sentence; direct would be defensible).
#    The later stand-alone quote paragraph with no attribution of its own
#    follows "Carolina Power said ...": direct. Both "Carolina Power and Light
#    Co".
#  * 17039: `time for Reagan to move from his "hobby horse"` -- Byrd's metaphor,
#    the head noun of the writer's paraphrase of his speech (as dev11a 14500
#    "war", dev13b 7804 "umbrella"): partial, "Robert Byrd" (a scare-quote
#    reading would be defensible).
#  * 19014: "the Bank of Japan official" -> "Bank of Japan"; "A Finance
#    Ministry official" / "the senior ministry official" / "the ministry
#    official" / "he" -> "Finance Ministry". `Baker's additional statement
#    that "the Louvre agreement is still operative,"` -- slot of the writer's
#    noun phrase: partial, "James Baker". `apply "peer pressure"` -- a G-7
#    surveillance term (jargon, guideline 6): not_quote.
#  * 9868: NBC's "Today" program (a show title): not_quote. `Miller replied,
#    "No, ..."` bare frame: direct. "James Miller".
#  * 17097: "Marco Estable" (the scheme's name, "known here as"): not_quote.
#    "The General Manager of the Madrid branch of a U.S. Bank" (the bank not
#    named) / "he" -> null/anonymous. "Guillermo De la Dehesa" (title
#    dropped); "Jose Zaforteza".
#  * 11770: `will be a "significant improvement"` -- a whole noun-phrase
#    complement of the company's reported speech (as dev5a 9057 "substantial
#    waiting list"): partial, "EAC Industries Inc".
#  * 10972: `the "other oilds" producer group` (a group name, misspelt "other
#    milds") and `"objective criteria"` (twice, a negotiating term): not_quotes.
#    "one leading producer delegate": null/anonymous.
#  * 12768: the New York Coffee "C" contract name: not_quote; no quotation.
#  * 19002: "a banker" -> null/anonymous. 9180: "Dun said" -> "Dun and
#    Bradstreet Corp".
A = "anonymous"
TEST11E = {
 5741:  [("q",0,"direct","Ron Landis"), ("q",1,"direct","OMB")],
 17192: [("q",0,"direct","David Buzzelli")],
 17633: [("q",0,"direct","Jorio Dauster"), ("q",1,"direct","Jorio Dauster"),
         ("q",2,"direct","Jorio Dauster"), ("q",3,"direct","Jorio Dauster")],
 16286: [("q",0,"direct","G. Robert Durham"), ("q",1,"direct","G. Robert Durham"),
         ("q",2,"direct","Douglas Yearley")],
 5019:  [("q",0,"direct","USDA"), ("q",1,"direct","USDA"),
         ("q",2,"direct","Keith Collins"), ("q",3,"direct","USDA"),
         ("q",4,"direct","Keith Collins"), ("q",5,"direct","Keith Collins")],
 9180:  [("q",0,"direct","Dun and Bradstreet Corp")],
 10742: [("q",0,"direct","Xu Jinfeng"), ("q",1,"direct","Xu Jinfeng"),
         ("q",2,"direct","Xu Jinfeng"), ("q",3,"direct","Xu Jinfeng"),
         ("q",4,"direct",None,A), ("q",5,"direct",None,A), ("q",6,"direct",None,A),
         ("q",7,"partial","Chen Zuyuan"), ("q",8,"direct","China Daily"),
         ("q",9,"direct","Shanghai city government"),
         ("q",10,"direct","Shanghai city government"),
         ("q",11,"direct","China Daily"), ("q",12,"direct","China Daily")],
 12940: [("q",0,"direct","Robert Murphy")],
 7549:  [("q",0,"direct","Octavio Valerio"), ("q",1,"direct","Octavio Valerio"),
         ("q",2,"direct","Foreign Ministry"),
         ("q",(1190,1540),"direct","Foreign Ministry")],
 6175:  [("q",0,"partial","Carolina Power and Light Co"),
         ("q",1,"direct","Carolina Power and Light Co")],
 17039: [("q",0,"partial","Robert Byrd")],
 19002: [("q",0,"direct","Ismail Salleh"), ("q",1,"direct","Ismail Salleh"),
         ("q",2,"direct",None,A)],
 13698: [("q",(684,943),"direct","J.C. Penney Co Inc")],
 12768: [("n",0)],
 19014: [("q",0,"direct","Bank of Japan"), ("q",1,"direct","Finance Ministry"),
         ("q",2,"direct","Finance Ministry"), ("q",3,"partial","James Baker"),
         ("n",4), ("q",5,"direct","Finance Ministry"),
         ("q",6,"direct","Finance Ministry")],
 17669: [("q",0,"direct","Fernando Santos Alvite"),
         ("q",1,"direct","Fernando Santos Alvite")],
 9868:  [("q",0,"direct","James Miller"), ("n",1), ("q",2,"direct","James Miller"),
         ("q",3,"direct","James Miller")],
 17097: [("n",0), ("q",1,"direct","Guillermo De la Dehesa"),
         ("q",2,"direct","Guillermo De la Dehesa"),
         ("q",3,"direct","Guillermo De la Dehesa"),
         ("q",4,"direct","Guillermo De la Dehesa"),
         ("q",5,"direct","Guillermo De la Dehesa"),
         ("q",6,"direct","Jose Zaforteza"),
         ("q",7,"direct",None,A), ("q",8,"direct",None,A)],
 11770: [("q",0,"partial","EAC Industries Inc")],
 10972: [("q",0,"direct",None,A), ("n",1), ("n",2), ("n",3)],
}
