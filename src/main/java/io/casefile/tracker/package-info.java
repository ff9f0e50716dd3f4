/**
 * The tracker door: CSV layoff trackers, whatever their columns are called, read a record
 * at a time and handed to the recording core as cited claims about companies' waves.
 */
@NullMarked
package io.casefile.tracker;

import org.jspecify.annotations.NullMarked;
