package org.vitcx.eval;

import java.util.OptionalDouble;

/**
 * The scores of one saliency map of one image: the deletion and insertion curves with their AUCs, and, when a
 * ground truth was given, the pointing game (1 hit, 0 miss) and the energy-based pointing game.
 */
public final class Evaluation {

	private final int target;
	private final double probability;
	private final Curve deletion;
	private final Curve insertion;
	private final OptionalDouble pointingGame;
	private final OptionalDouble energyPointingGame;

	Evaluation(final int target, final double probability, final Curve deletion, final Curve insertion,
		final OptionalDouble pointingGame, final OptionalDouble energyPointingGame)
	{
		this.target = target;
		this.probability = probability;
		this.deletion = deletion;
		this.insertion = insertion;
		this.pointingGame = pointingGame;
		this.energyPointingGame = energyPointingGame;
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

	/** 1 if the map's maximum is on the object, 0 if not; empty without ground truth. */
	public OptionalDouble pointingGame() {
		return pointingGame;
	}

	/** Share of positive saliency on the object; empty without ground truth (NaN if no saliency is positive). */
	public OptionalDouble energyPointingGame() {
		return energyPointingGame;
	}

	/** The same scores with the localisation added. */
	Evaluation withLocalisation(final boolean hit, final double energy) {
		return new Evaluation(target, probability, deletion, insertion, OptionalDouble.of(hit ? 1 : 0), OptionalDouble
			.of(energy));
	}
}
