# Hand annotations for test17f (items 2621-2640 of the sampler's shuffled list,
# sample_part(2620, 2640)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 858: `"It is extremely important ...," the editorial said` and the next
#    quote -> the paper's own editorial words -> "International Business" ("The
#    official International Business newspaper"; guideline 5, as dev13a 9758
#    Jakarta Post): direct. Reuters continuation style (guideline 4): `"The
#    U.S. Should quickly discard ... (GSP).` (opened at 782) has no closing
#    mark and the next paragraph reopens at 953 (`"Despite easing ...
#    countries," it added`, closed at 1118): ONE quote (783, 1118), direct.
#    Every later pair index is shifted, so the rest are explicit offsets.
#    `Chen Shibiao, who said that "all kinds of difficulties and restrictions"
#    were preventing ...` (his signed article -> the person): partial. `The
#    U.S. Trade Act of 1974 says that ... China must ... and "not be dominated
#    or controlled by international Communism."` -- the words of the law, a
#    document -> its issuer; the article names the law-maker as "Congress"
#    ("lobby Congress ... to amend several laws"): partial, "Congress"
#    (debatable: "U.S." or a not_quote reading would be defensible).
#    "Another diplomat" (no affiliation named) -> null/anonymous, direct.
#    "U.S. Secretary of State George Shultz" -> "George Shultz". `replacing
#    mandatory instruction with "guidance planning"` (China's memorandum) --
#    a planning-policy term (jargon, guideline 6): not_quote.
#  * 612: `build a proposed new jeep vehicle at an unspecified "alternative
#    location"` -- the phrase of the company's statement (which the article
#    then quotes: "in an alternative location"), object of the reported
#    plan; the writer's "unspecified" does not make it an attributive label:
#    partial (as dev9a 16804 "a couple of million"). The company's "final"
#    proposal -> scare quotes: not_quote. `the assembly complex in Kenosha
#    "will not be getting new work"` -> partial. "AMC" / "the company" ->
#    "American Motors Corp" (fullest name, as dev11b 1850); "AMC spokesman
#    Lloyd Northard" answering a question -> "Lloyd Northard", direct.
#  * 15661: `Northgate ... said that while the strike slowed production, "We
#    are still looking forward ..."` -- the quote fills the that-clause of the
#    writer's sentence: partial (as dev11a 3983), "Northgate Exploration Ltd".
#  * 2316: `"We expect to file papers late tonight" asking the ICC ...,
#    spokesman Rich Hall said` -- a clause beginning the sentence, continued
#    by the writer: direct (as dev10b 7149), "Rich Hall".
#  * 14115: continuation (guideline 4): `"It looks like ... should be.`
#    (opened at 1159, unclosed) + `"One way or another, ... economies," as a
#    measure to correct ..., Chronowitz said.` (reopened at 1258, closed at
#    1349) -> ONE quote (1160, 1349), direct (the writer continues before the
#    attribution, dev10b 7149). Later pair shifted: explicit offsets. All
#    "Steve Chronowitz".
#  * 15290: `Venpres said the plan includes pay hikes and a "strategy against
#    ..."` -- attributed to the state news agency only (the plan's author is
#    not named as its source): partial, "Venpres".
#  * 110: `expected to result in "minimal" first quarter earnings` -- only the
#    modifier is quoted inside the writer's noun phrase (guideline 6, as
#    dev11a 13480 "material adverse", dev11b 15111 "too expansive"):
#    not_quote, although it is Ivaco's forecast word (partial, "Ivaco Inc",
#    would be defensible). The article has no quotation.
#  * 12349: `the Christian Democrat leadership ... said it registered "the
#    dissolution of the present government,"` -> object of "registered":
#    partial, the party "Christian Democrats" (the article's fullest form).
#    `De Mita told reporters that when Craxi went to parliament for a
#    confidence debate. "There won't be ..."` -- the period is a typo for a
#    comma; the quote completes the writer's that-clause: partial (as 15661),
#    "Ciriaco De Mita".
#  * 15188: `five had carried out an "overall economic rehabilitation," he
#    added` -- a noun phrase, object in Adedji's reported speech: partial,
#    "Adebayo Adedji" (a programme-term not_quote reading is defensible).
#  * 274: "a Nikko Securities house bond manager" -> "Nikko Securities" (the
#    nearest named affiliation as the attribution names it, dev9a 17348).
#  * 9311: "aggie mae" (a nickname, `called "aggie mae"`) -> not_quote;
#    "Sen. David Boren" -> "David Boren".
#  * 12025: class "C" depositaries, the "C" call -> not_quotes (labels).
#  * 15657: the `"bank lending in sterling to the U.K. Non-bank private
#    sector" component of M3` -> a statistics term: not_quote; no quotation.
#  * 17967: "Central Bank Governor Chang Chi-cheng" -> "Chang Chi-cheng".
#  * 4223: "Export director Carlos Santana" / "he" -> "Carlos Santana";
#    `stocks are "reasonably balanced."` (predicate) -> partial.
A = "anonymous"
TEST17F = {
 858:   [("q",0,"direct","International Business"),
         ("q",(783,1118),"direct","International Business"),
         ("q",(1257,1299),"partial","Chen Shibiao"),
         ("q",(2288,2346),"partial","Congress"),
         ("q",(3108,3320),"direct",None,A),
         ("q",(3687,3831),"direct","George Shultz"),
         ("q",(3852,4132),"direct","George Shultz"),
         ("n",(4557,4574))],
 612:   [("q",0,"partial","American Motors Corp"),
         ("q",1,"direct","American Motors Corp"),
         ("q",2,"direct","American Motors Corp"), ("n",3),
         ("q",4,"partial","American Motors Corp"),
         ("q",5,"direct","American Motors Corp"),
         ("q",6,"direct","Lloyd Northard")],
 3670:  [("q",0,"partial","William Kistler"), ("q",1,"partial","William Kistler"),
         ("q",2,"direct","William Kistler")],
 15661: [("q",0,"partial","Northgate Exploration Ltd")],
 2316:  [("q",0,"direct","Rich Hall")],
 14115: [("q",0,"direct","Steve Chronowitz"), ("q",1,"direct","Steve Chronowitz"),
         ("q",(1160,1349),"direct","Steve Chronowitz"),
         ("q",(1430,1619),"direct","Steve Chronowitz")],
 8945:  [("q",0,"direct","Barber Conable"), ("q",1,"direct","Barber Conable"),
         ("q",2,"direct","Barber Conable"), ("q",3,"direct","Barber Conable"),
         ("q",4,"direct","Barber Conable"), ("q",5,"direct","Barber Conable")],
 15290: [("q",0,"partial","Venpres")],
 110:   [("n",0)],
 12349: [("q",0,"partial","Christian Democrats"),
         ("q",1,"partial","Ciriaco De Mita")],
 15188: [("q",0,"partial","Adebayo Adedji")],
 274:   [("q",0,"direct","Nikko Securities")],
 9311:  [("q",0,"direct","David Boren"), ("q",1,"partial","David Boren"),
         ("n",2), ("q",3,"direct","David Boren")],
 7981:  [("q",0,"direct","Monoclonal Antibodies Inc")],
 4573:  [("q",0,"direct","Paul Wright")],
 12025: [("n",0), ("n",1)],
 17788: [("q",0,"direct","Jeffrey Miller")],
 15657: [("n",0)],
 17967: [("q",0,"direct","Chang Chi-cheng")],
 4223:  [("q",0,"direct","Carlos Santana"), ("q",1,"partial","Carlos Santana"),
         ("q",2,"direct","Carlos Santana")],
}
