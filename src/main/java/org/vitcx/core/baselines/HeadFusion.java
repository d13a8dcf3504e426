package org.vitcx.core.baselines;

import java.util.Locale;

import org.vitcx.core.ExplanationException;

/** How attention rollout merges the heads of a block into one attention matrix. */
public enum HeadFusion {
	MEAN, MAX, MIN;

	/** {@code mean}, {@code max} or {@code min}, in any case. */
	public static HeadFusion parse(final String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (final IllegalArgumentException e) {
			throw new ExplanationException("Head fusion '" + text + "' is unknown: use mean, max or min.");
		}
	}

	/** The fused value of {@code values[0..n)}. */
	double fuse(final double[] values, final int n) {
		double r = values[0];
		for (int i = 1; i < n; i++)
			r = this == MEAN ? r + values[i] : this == MAX ? Math.max(r, values[i]) : Math.min(r, values[i]);
		return this == MEAN ? r / n : r;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
