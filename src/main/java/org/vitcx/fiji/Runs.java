package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.function.Supplier;

import ij.IJ;
import ij.ImagePlus;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.ProgressListener;
import org.vitcx.model.DeviceChoice;

/**
 * What every ViT-CX job on an image does around its work (Explain, Evaluate): lock the image while its pixels
 * are read, load the model from the cache with a status line, and turn the engine's progress into one fraction
 * of the run.
 */
final class Runs {

	private Runs() {}

	/** Runs {@code work} with {@code imp} locked; {@code command} names the command in the messages. */
	static <R> R locked(final ImagePlus imp, final String command, final RunFeedback feedback,
		final Supplier<R> work)
	{
		if (!imp.lockSilently()) throw new ExplanationException(imp.getTitle() + " is busy (another command or " +
			"ViT-CX run is using it): wait until it finishes, then run " + command + " again.");
		IJ.resetEscape();
		try {
			return work.get();
		}
		finally {
			imp.unlock();
			feedback.progress(1);
		}
	}

	/** The model of {@code file} from the cache (loaded if needed); close the lease when done. */
	static ModelCache.Lease model(final Models models, final Path file, final DeviceChoice device,
		final RunFeedback feedback)
	{
		feedback.status("ViT-CX: loading " + file.getFileName() + "…");
		feedback.check();
		try {
			return models.acquire(file, device);
		}
		catch (final RuntimeException | LinkageError e) {
			feedback.status("");
			throw e;
		}
	}

	/** Progress of part {@code index} of {@code count}, as one fraction over the whole run. */
	static ProgressListener progress(final RunFeedback feedback, final String prefix, final int index,
		final int count)
	{
		return (stage, done, total) -> {
			feedback.status(prefix + stage + " " + done + "/" + total);
			feedback.progress((index + (total > 0 ? (double) done / total : 1)) / count);
		};
	}
}
