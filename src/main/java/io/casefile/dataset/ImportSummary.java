package io.casefile.dataset;

/**
 * What writing a dataset changed in the graph; a dataset written a second time creates
 * nothing.
 *
 * @param dataset the dataset's name
 * @param nodesCreated nodes that did not exist before
 * @param relationshipsCreated relationships (links and citations) that did not exist
 * before
 * @param facts the facts the file holds: events, figures, roles and projects
 */
public record ImportSummary(String dataset, int nodesCreated, int relationshipsCreated, int facts) {
}
