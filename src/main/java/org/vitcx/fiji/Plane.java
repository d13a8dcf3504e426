package org.vitcx.fiji;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.gui.Roi;

/** One Z/T position of an image (all its channels): what one explanation covers. Positions are 1-based. */
final class Plane {

	final int z;
	final int t;

	private Plane(final int z, final int t) {
		this.z = z;
		this.t = t;
	}

	/** The displayed plane, or every slice and frame. */
	static List<Plane> of(final ImagePlus imp, final boolean all) {
		final List<Plane> planes = new ArrayList<>();
		if (!all) planes.add(new Plane(imp.getZ(), imp.getT()));
		else for (int t = 1; t <= imp.getNFrames(); t++)
			for (int z = 1; z <= imp.getNSlices(); z++)
				planes.add(new Plane(z, t));
		return planes;
	}

	/**
	 * Puts an overlay element on this plane: on every channel of it in a hyperstack or composite, on its stack
	 * slice in a plain stack, and nowhere in particular in a single-plane image.
	 */
	void place(final Roi roi, final ImagePlus imp) {
		if (imp.getNSlices() * imp.getNFrames() == 1) return;
		if (imp.isHyperStack() || imp.getNChannels() > 1) roi.setPosition(0, z, t);
		else roi.setPosition(imp.getStackIndex(1, z, t));
	}

	/** Whether {@code roi} has exactly the position {@link #place} gives an element of this plane. */
	boolean isAt(final Roi roi, final ImagePlus imp) {
		final Roi probe = new Roi(0, 0, 1, 1);
		place(probe, imp);
		return samePlace(roi, probe);
	}

	/** Whether two overlay elements have the same position (stack index, channel, slice, frame). */
	static boolean samePlace(final Roi a, final Roi b) {
		return a.getPosition() == b.getPosition() && a.getCPosition() == b.getCPosition() && a.getZPosition() == b
			.getZPosition() && a.getTPosition() == b.getTPosition();
	}

	/** Whether an overlay element shows on this plane: it is placed here, or has no position at all. */
	boolean shows(final Roi roi, final ImagePlus imp) {
		return roi.getPosition() == 0 && roi.getZPosition() == 0 && roi.getTPosition() == 0 || isAt(roi, imp);
	}

	/** The slice number shown in the results: the stack slice of a plain stack, else Z. */
	int slice(final ImagePlus imp) {
		return imp.isHyperStack() || imp.getNChannels() > 1 ? z : imp.getStackIndex(1, z, t);
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof Plane && ((Plane) o).z == z && ((Plane) o).t == t;
	}

	@Override
	public int hashCode() {
		return 31 * z + t;
	}

	/** "z=2 t=1" for a hyperstack, "slice 3" for a plain stack, "" for a single plane. */
	String describe(final ImagePlus imp) {
		if (imp.getNSlices() * imp.getNFrames() == 1) return "";
		if (imp.getNSlices() > 1 && imp.getNFrames() > 1) return "z=" + z + " t=" + t;
		return imp.getNFrames() > 1 ? "t=" + t : "slice " + slice(imp);
	}
}
