/**
 * Projects that organizations build, such as Project Rainier.
 */
@NullMarked
package io.casefile.project;

import org.jspecify.annotations.NullMarked;
