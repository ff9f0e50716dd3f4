/**
 * How two things in the graph are connected: shortest paths, each step in words.
 */
@NullMarked
package io.casefile.connection;

import org.jspecify.annotations.NullMarked;
