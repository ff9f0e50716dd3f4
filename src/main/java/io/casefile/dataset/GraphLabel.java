package io.casefile.dataset;

/**
 * The node labels a dataset writes; a fixed set, so a label can stand in Cypher text
 * while every value stays a bound parameter.
 */
enum GraphLabel {

	Organization, Person, Source, Role, Project, Figure, Event

}
