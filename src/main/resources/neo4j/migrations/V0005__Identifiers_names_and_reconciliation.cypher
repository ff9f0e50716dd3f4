// An organization's identifiers (CIK, ticker, LEI, Wikidata, domain) are unique per type; its attributes are
// cited facts; its names are also found by a match key that sets spelling and legal forms aside.
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (n:Identifier) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT attribute_id IF NOT EXISTS FOR (n:Attribute) REQUIRE n.id IS UNIQUE;
CREATE INDEX organization_name_match_key IF NOT EXISTS FOR (n:OrganizationName) ON (n.matchKey);
// A source is one source whoever brings it: found by its address.
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);
// One recording at a time takes this lock.
CREATE CONSTRAINT recording_lock_id IF NOT EXISTS FOR (n:RecordingLock) REQUIRE n.id IS UNIQUE;
// An event merged into another keeps its id, hidden, and no new fact can take it.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:Merged) REQUIRE n.id IS UNIQUE;
