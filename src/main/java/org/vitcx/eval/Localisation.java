package org.vitcx.eval;

/**
 * How well a map points at the object: the strict pointing game, the game with a tolerance, the patch-level game
 * and the energy-based game (1 hit, 0 miss for the games; a share for energy). Immutable.
 */
public final class Localisation {

	private final boolean strict;
	private final boolean tolerant;
	private final int tolerance;
	private final boolean patch;
	private final double energy;

	private Localisation(final boolean strict, final boolean tolerant, final int tolerance, final boolean patch,
		final double energy)
	{
		this.strict = strict;
		this.tolerant = tolerant;
		this.tolerance = tolerance;
		this.patch = patch;
		this.energy = energy;
	}

	/** Every game on a map on the mask's grid, for a model with a {@code gridH × gridW} token grid. */
	public static Localisation of(final float[] map, final GroundTruth truth, final int tolerance, final int gridH,
		final int gridW)
	{
		return new Localisation(PointingGame.hit(map, truth), PointingGame.hitWithin(map, truth, tolerance), tolerance,
			PatchPointingGame.hit(map, truth, gridH, gridW), EnergyPointingGame.score(map, truth));
	}

	public boolean strictHit() {
		return strict;
	}

	/** A hit within {@link #tolerance()} pixels. */
	public boolean tolerantHit() {
		return tolerant;
	}

	public int tolerance() {
		return tolerance;
	}

	public boolean patchHit() {
		return patch;
	}

	public double energy() {
		return energy;
	}
}
