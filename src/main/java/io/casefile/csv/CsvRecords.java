package io.casefile.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.casefile.recording.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file a record at a time (RFC 4180: quoted fields may hold commas, quotes
 * and line breaks), never holding it in memory: each record with its first line, the
 * header being line 1. Bytes that are not UTF-8 are a problem at their line, never
 * replacement characters; a byte-order mark is not part of the header; blank lines are
 * skipped.
 */
public final class CsvRecords {

	private static final Pattern PARSER_LINE = Pattern.compile("\\(line (\\d+)\\)");

	/** Told the header, then each record, or why the file cannot be read further. */
	public interface Handler {

		/**
		 * The header's fields; false stops reading (a header without a needed column).
		 */
		boolean header(List<String> fields);

		void record(int line, List<String> fields);

		void problem(Problem problem);

	}

	private CsvRecords() {
	}

	/**
	 * Reads the whole file.
	 * @return false when it cannot be read to its end: its header was refused, it is
	 * empty, or its bytes or quotes are broken (the problem was told)
	 */
	public static boolean read(InputStream in, Handler handler) throws IOException {
		LineCounting reader = new LineCounting(in);
		try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
			boolean header = false;
			long previous = 0;
			for (CSVRecord record : parser) {
				int line = (int) previous + 1;
				previous = parser.getCurrentLineNumber();
				List<String> fields = new ArrayList<>(record.toList());
				if (!header) {
					if (!fields.isEmpty()) {
						fields.set(0, fields.getFirst().replaceFirst("^\uFEFF", ""));
					}
					if (!handler.header(fields)) {
						return false;
					}
					header = true;
					continue;
				}
				if (fields.size() == 1 && fields.getFirst().isBlank()) {
					continue;
				}
				handler.record(line, fields);
			}
			if (!header) {
				handler.problem(Problem.atLine(1, null, null, "the file is empty: it needs a header line"));
				return false;
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			handler.problem(notUtf8(reader.line()));
			return false;
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				handler.problem(notUtf8(reader.line()));
			}
			else {
				handler.problem(brokenQuotes(ex, reader.line()));
			}
			return false;
		}
		catch (IllegalStateException ex) {
			handler.problem(brokenQuotes(ex, reader.line()));
			return false;
		}
	}

	private static Problem notUtf8(int line) {
		return Problem.atLine(line, null, null, "bytes that are not UTF-8 (save the file as UTF-8)");
	}

	/**
	 * The line a CSV parser's failure names ("(line 12) invalid char..."), else the one
	 * read up to.
	 */
	private static Problem brokenQuotes(Exception ex, int read) {
		Matcher line = PARSER_LINE.matcher(String.valueOf(ex.getMessage()));
		return Problem.atLine(line.find() ? Integer.parseInt(line.group(1)) : read, null, null,
				"the CSV cannot be read from here: check the quotes around this line (a field that opens a quote must close it)");
	}

	/**
	 * Decodes UTF-8 strictly and knows the line of what it has read: a byte that is not
	 * UTF-8 is reported at its line, which a JDK reader cannot tell (it throws before
	 * handing over what it decoded).
	 */
	private static final class LineCounting extends Reader {

		private final InputStream in;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();

		private boolean ended;

		private int line = 1;

		LineCounting(InputStream in) {
			this.in = in;
		}

		int line() {
			return this.line;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			CharBuffer chars = CharBuffer.wrap(buffer, offset, length);
			while (true) {
				int from = this.bytes.position();
				CoderResult result = this.decoder.decode(this.bytes, chars, this.ended);
				for (int i = from; i < this.bytes.position(); i++) {
					if (this.bytes.get(i) == '\n') {
						this.line++;
					}
				}
				if (result.isError()) {
					throw new CharacterCodingException();
				}
				if (chars.position() > offset) {
					return chars.position() - offset;
				}
				if (this.ended) {
					return -1;
				}
				this.bytes.compact();
				int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
				if (n < 0) {
					this.ended = true;
				}
				else {
					this.bytes.position(this.bytes.position() + n);
				}
				this.bytes.flip();
			}
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
