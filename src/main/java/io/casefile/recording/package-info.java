/**
 * The recording core: the one place facts are checked and written, with their citations,
 * in one transaction (natural keys, claims, audit, lock, deadlock retry, timeout). Every
 * door (the mutations, each import format) only reads its format and hands facts to the
 * {@link io.casefile.recording.Recorder}.
 */
@NullMarked
package io.casefile.recording;

import org.jspecify.annotations.NullMarked;
