// KnowledgeGraph schema for Neo4j 5.x: unique ids, lookup indexes and a full-text index.
// Idempotent (IF NOT EXISTS): run it before loading data, and again at any time.
// cypher-shell -a neo4j://localhost:7687 -u neo4j -f schema.cypher

// One node per id in each label; MERGE on id relies on these.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT other_id IF NOT EXISTS FOR (n:Other) REQUIRE n.id IS UNIQUE;

// Finding a node by name, and timelines ordered and filtered by date.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.date_start);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX quote_said_on IF NOT EXISTS FOR (n:Quote) ON (n.said_on);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);

// "Who said what about X": words inside quotes, and names with their aliases.
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
