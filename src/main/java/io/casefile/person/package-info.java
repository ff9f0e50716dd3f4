/**
 * People and their dated roles at organizations.
 */
@NullMarked
package io.casefile.person;

import org.jspecify.annotations.NullMarked;
