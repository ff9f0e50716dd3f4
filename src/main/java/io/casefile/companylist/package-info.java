/**
 * The company-list door: lists of companies (an index's constituents, a register) read a
 * record at a time, each company handed to the recording core with its identifiers and
 * cited attributes.
 */
@NullMarked
package io.casefile.companylist;

import org.jspecify.annotations.NullMarked;
