package io.casefile.dataset;

import io.casefile.recording.Recorder;
import io.casefile.recording.Recording;
import io.casefile.recording.RecordingReport;
import org.springframework.stereotype.Service;

/**
 * Writes a dataset in Casefile's own format through the recording core: checked whole,
 * written in one transaction, or refused with every problem and nothing written.
 */
@Service
public class DatasetImport {

	/** Who the audit log names for a dataset Casefile writes itself (the seed). */
	static final String CASEFILE = "casefile";

	private final Recorder recorder;

	DatasetImport(Recorder recorder) {
		this.recorder = recorder;
	}

	/** Writes the dataset as Casefile itself. */
	public ImportSummary write(Dataset dataset) {
		return write(dataset, CASEFILE);
	}

	/**
	 * Writes the dataset, recording in the audit log that {@code actor} imported it; or
	 * throws {@link io.casefile.recording.RecordingRejectedException} listing every
	 * problem and writes nothing.
	 */
	public ImportSummary write(Dataset dataset, String actor) {
		Recording recording = DatasetFacts.of(dataset, actor, true);
		RecordingReport report = this.recorder.recordFile(recording, "dataset");
		return new ImportSummary(dataset.dataset(), report.nodesCreated(), report.relationshipsCreated(),
				recording.facts());
	}

	/** Whether a dataset of this name has been written before. */
	public boolean isWritten(String dataset) {
		return this.recorder.isRecorded(dataset);
	}

}
