package org.vitcx.eval;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scores of one saliency map of one image: the deletion and insertion curves with their AUCs, and, when a
 * ground truth was given, the pointing games (strict, with a tolerance, per token patch; 1 hit, 0 miss) and the
 * energy-based pointing game.
 */
public final class Evaluation {

	private final int target;
	private final double probability;
	private final Curve deletion;
	private final Curve insertion;
	private final Localisation localisation;

	Evaluation(final int target, final double probability, final Curve deletion, final Curve insertion,
		final Localisation localisation)
	{
		this.target = target;
		this.probability = probability;
		this.deletion = deletion;
		this.insertion = insertion;
		this.localisation = localisation;
	}

	/** The class the curves follow. */
	public int target() {
		return target;
	}

	/** Its softmax probability on the clean image. */
	public double probability() {
		return probability;
	}

	public Curve deletion() {
		return deletion;
	}

	public Curve insertion() {
		return insertion;
	}

	/** Lower is better. */
	public double deletionAuc() {
		return deletion.auc();
	}

	/** Higher is better. */
	public double insertionAuc() {
		return insertion.auc();
	}

	/** The pointing games, if a ground truth was given. */
	public Optional<Localisation> localisation() {
		return Optional.ofNullable(localisation);
	}

	/** 1 if the map's maximum is on the object, 0 if not (the strict game); empty without ground truth. */
	public OptionalDouble pointingGame() {
		return game(localisation == null ? null : localisation.strictHit());
	}

	/** 1 if an object pixel lies within the tolerance of the maximum; empty without ground truth. */
	public OptionalDouble tolerantPointingGame() {
		return game(localisation == null ? null : localisation.tolerantHit());
	}

	/** 1 if the maximum's token patch overlaps the object; empty without ground truth. */
	public OptionalDouble patchPointingGame() {
		return game(localisation == null ? null : localisation.patchHit());
	}

	/** Share of positive saliency on the object; empty without ground truth (NaN if no saliency is positive). */
	public OptionalDouble energyPointingGame() {
		return localisation == null ? OptionalDouble.empty() : OptionalDouble.of(localisation.energy());
	}

	private static OptionalDouble game(final Boolean hit) {
		return hit == null ? OptionalDouble.empty() : OptionalDouble.of(hit ? 1 : 0);
	}

	/** The same scores with the localisation added. */
	Evaluation withLocalisation(final Localisation games) {
		return new Evaluation(target, probability, deletion, insertion, games);
	}
}
