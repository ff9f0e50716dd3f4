package io.casefile.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * Imports a tracker from {@code src/test/resources/trackers} as its name; importing it
 * again changes nothing, so every test class that needs it may import it.
 */
public final class TestTrackers {

	/** The public tracker's header line. */
	public static final String HEADER = "company,location,total_laid_off,date,percentage_laid_off,industry,source,"
			+ "stage,funds_raised,country,date_added\n";

	/** The public tracker of {@code shared/data}. */
	public static final String PUBLIC = "layoffs-tracker-2020-2026.csv";

	private TestTrackers() {
	}

	public static ImportReport importTracker(TrackerImport trackers, String name) {
		return importTracker(trackers, name,
				TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, TrackerImport.Mode.ALL_OR_NOTHING));
	}

	public static ImportReport importTracker(TrackerImport trackers, String name, TrackerImport.Options options) {
		try {
			return trackers.write(name, () -> new ClassPathResource("trackers/" + name).getInputStream(), options,
					"tester", TrackerImport.Progress.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
