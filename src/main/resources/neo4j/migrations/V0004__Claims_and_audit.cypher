// Every change is recorded once and read newest first, by actor or by fact.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_actor IF NOT EXISTS FOR (n:Change) ON (n.actor);
// A retracted fact keeps its id, and no new fact can take it.
CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR (n:Retracted) REQUIRE n.id IS UNIQUE;
