package org.vitcx.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vitcx.core.Explanation;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.core.tiles.TiledExplanation;

/**
 * What an {@link OutputSet} made of one image: the files it wrote, the record's SHA-256, what a results row says
 * of it (method, class, label, probability, mask count) and the line the command line prints; for a plain map
 * also the {@link Explanation}.
 */
public final class ExplainedImage {

	private final List<Path> files;
	private final String recordSha256;
	private final String method;
	private final int target;
	private final String label;
	private final double probability;
	private final int maskCount;
	private final String summary;
	private final Explanation explanation;
	private final List<String> notes;

	private ExplainedImage(final List<Path> files, final String recordSha256, final String method, final int target,
		final String label, final double probability, final int maskCount, final String summary,
		final Explanation explanation, final List<String> notes)
	{
		this.files = List.copyOf(files);
		this.recordSha256 = recordSha256;
		this.method = method;
		this.target = target;
		this.label = label;
		this.probability = probability;
		this.maskCount = maskCount;
		this.summary = summary;
		this.explanation = explanation;
		this.notes = List.copyOf(notes);
	}

	/** A plain map: "class 1 (mitotic), probability 0.9902, K = 22 masks, 202 ms". */
	static ExplainedImage of(final Explanation e, final List<Path> files, final String recordSha256) {
		final String summary = String.format("class %d (%s), probability %.4f, %s, %.0f ms", e.target(), e.label(),
			e.probability(), masks(e), e.millis().get("total"));
		return new ExplainedImage(files, recordSha256, e.method(), e.target(), e.label(), e.probability(), e
			.maskCount(), summary, e, List.of());
	}

	/**
	 * A tiled map, whose probability is the highest tile's: "class 1 (mitotic), 15 × 15 tiles …, highest tile
	 * probability 0.9951, 9000 ms"; {@code notes}: what the run left out, for the user.
	 */
	static ExplainedImage of(final TiledExplanation t, final List<Path> files, final String recordSha256,
		final List<String> notes)
	{
		final String summary = String.format("class %d (%s), %s, highest tile probability %.4f, %.0f ms", t.target(),
			t.label(), t.grid(), t.maxProbability(), t.millis().get("total"));
		return new ExplainedImage(files, recordSha256, t.method(), t.target(), t.label(), t.maxProbability(), 0,
			summary, null, notes);
	}

	/**
	 * Every object of an image, each in its window: "27 objects: interphase 23, mitotic 4, 4344 ms"; its results
	 * row has no class or probability of its own (each object has its own, in the objects table), its label
	 * counts the objects per class.
	 */
	static ExplainedImage of(final ObjectsExplanation x, final List<Path> files, final String recordSha256) {
		final String counts = ObjectsCsv.counts(x);
		final String summary = String.format("%d objects: %s, %.0f ms", x.objects().size(), counts, x.millis().get(
			"total"));
		return new ExplainedImage(files, recordSha256, x.method(), -1, x.objects().size() + " objects: " + counts,
			Double.NaN, 0, summary, null, List.of());
	}

	/** "K = 22 masks" for ViT-CX; the method and its mask count for the others. */
	private static String masks(final Explanation e) {
		if (e.scoredMasks().isPresent()) return "K = " + e.maskCount() + " masks";
		return e.method() + (e.maskCount() > 0 ? ", " + e.maskCount() + " masks" : "");
	}

	/** The written files, in the order the command line lists them. */
	public List<Path> files() {
		return files;
	}

	/** The SHA-256 of the JSON record, which names the other files with theirs. */
	public String recordSha256() {
		return recordSha256;
	}

	public String method() {
		return method;
	}

	/** The class explained; -1 for objects, each of which has its own. */
	public int target() {
		return target;
	}

	public String label() {
		return label;
	}

	/** The class probability; of a tiled map, the highest tile's; NaN for objects. */
	public double probability() {
		return probability;
	}

	/** The number of masks, 0 for a method without masks and for a tiled map. */
	public int maskCount() {
		return maskCount;
	}

	/** The line the command line prints for the image (without the files). */
	public String summary() {
		return summary;
	}

	/** The explanation of a plain map; empty for a tiled one. */
	public Optional<Explanation> explanation() {
		return Optional.ofNullable(explanation);
	}

	/** What the user should know of the files (e.g. an overlay left out), one sentence each. */
	public List<String> notes() {
		return notes;
	}
}
