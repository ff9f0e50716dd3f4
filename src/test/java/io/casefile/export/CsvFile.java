package io.casefile.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV export as Commons CSV reads it: the byte order mark the export starts with, then
 * RFC 4180 records under the header.
 */
final class CsvFile {

	private CsvFile() {
	}

	static List<CSVRecord> read(String text) {
		assertThat(text).startsWith("\uFEFF");
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.get()
				.parse(new StringReader(text.substring(1)))
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
