// Saved queries for the Neo4j Browser. Set the parameters first, e.g.
//   :param name => 'Jane Doe'
//   :param other => 'John Roe'
//   :param from => '2024-01-01'
//   :param to => '2024-12-31'
//   :param about => 'sanctions'
// then paste one query (or add it to the Browser's favourites with the star).
// Names match the canonical name or any alias.

// A person's timeline: the dated events they took part in, oldest first, with the words that report each.
MATCH (p:Entity)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(place:Entity)
OPTIONAL MATCH (e)-[ev:EVIDENCED_BY]->(d:Document)
WITH e, r, place, collect(ev.sentence)[0] AS evidence, collect(d.title)[0] AS source
RETURN coalesce(e.date, e.date_start) AS date, e.type AS type, e.status AS status, r.role AS role,
       place.name AS place, e.trigger AS trigger, evidence, source
ORDER BY date ASC;

// Who met whom between two dates (inclusive), from the MET edges derived from meetings that took place.
MATCH (a:Person)-[m:MET]->(b:Person)
WHERE m.date >= date($from) AND m.date <= date($to)
RETURN m.date AS date, a.name AS person, b.name AS met, m.event_id AS event
ORDER BY date ASC;

// Who said what about a subject: full-text search over quote text (Lucene syntax: sanctions OR embargo).
CALL db.index.fulltext.queryNodes('quote_text', $about) YIELD node, score
MATCH (speaker:Entity)-[:SAID]->(node)
OPTIONAL MATCH (node)-[:ADDRESSED_TO]->(addressee:Entity)
RETURN node.said_on AS said_on, speaker.name AS speaker, addressee.name AS addressee, node.kind AS kind, node.text AS quote, score
ORDER BY score DESC, said_on ASC
LIMIT 50;

// Who said what about a named entity: quotes that mention it, newest first.
MATCH (x:Entity)
WHERE x.name = $about OR $about IN coalesce(x.aliases, [])
MATCH (speaker:Entity)-[:SAID]->(q:Quote)-[:MENTIONS]->(x)
RETURN q.said_on AS said_on, speaker.name AS speaker, q.kind AS kind, q.text AS quote
ORDER BY said_on DESC;

// Everything a person has said, newest first, with whom it was addressed to.
MATCH (p:Entity)-[:SAID]->(q:Quote)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
OPTIONAL MATCH (q)-[:ADDRESSED_TO]->(addressee:Entity)
RETURN q.said_on AS said_on, q.kind AS kind, q.text AS quote, addressee.name AS addressee
ORDER BY said_on DESC;

// The neighbourhood of an entity: its events, places and the people met, two steps out (shown as a graph).
MATCH (x:Entity)
WHERE x.name = $name OR $name IN coalesce(x.aliases, [])
MATCH path = (x)-[:PARTICIPATED_IN|TOOK_PLACE_IN|MET|VISITED*1..2]-(n)
RETURN path
LIMIT 200;

// The shortest paths between two people through events, meetings, visits and quotes.
MATCH (a:Person)
WHERE a.name = $name OR $name IN coalesce(a.aliases, [])
MATCH (b:Person)
WHERE (b.name = $other OR $other IN coalesce(b.aliases, [])) AND a <> b
MATCH path = allShortestPaths((a)-[:PARTICIPATED_IN|TOOK_PLACE_IN|MET|VISITED|SAID|ADDRESSED_TO|MENTIONS*..8]-(b))
RETURN path
LIMIT 25;

// Where people went: visits with their status (occurred, planned, ...), by date.
MATCH (p:Person)-[v:VISITED]->(place:Entity)
RETURN v.date AS date, p.name AS person, place.name AS place, v.status AS status
ORDER BY date ASC;
