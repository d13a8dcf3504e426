package org.vitcx.core.objects;

import java.util.Locale;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

/**
 * How big the window around each object is, and where it goes. The window is centred on the object's centroid,
 * its top-left corner at {@code (floor(x) − w/2, floor(y) − h/2)}; at an image border it is shifted inside, never
 * padded, so the model sees only real pixels and the map never points at invented ones (the object is then off
 * centre; docs/fiji.md, Per-cell explanations, measures what that costs the single-cell model). The rule the
 * bundled single-cell model was trained with (tools/make_cells.py, window_origin).
 */
public final class ObjectWindow {

	private enum Kind {
		MODEL, CONTEXT, FIXED
	}

	private final Kind kind;
	private final double factor;
	private final int width;
	private final int height;

	private ObjectWindow(final Kind kind, final double factor, final int width, final int height) {
		this.kind = kind;
		this.factor = factor;
		this.width = width;
		this.height = height;
	}

	/** The model's input size in image pixels (the default): nothing is rescaled. */
	public static ObjectWindow modelSize() {
		return new ObjectWindow(Kind.MODEL, 0, 0, 0);
	}

	/** A square {@code factor} times the object's larger bounding-box side, rescaled to the model. */
	public static ObjectWindow context(final double factor) {
		if (!(factor >= 1 && factor <= 100)) throw new ExplanationException("The context factor must be 1 to 100 " +
			"(the window as a multiple of the object's size), got " + factor + ".");
		return new ObjectWindow(Kind.CONTEXT, factor, 0, 0);
	}

	/** A fixed {@code width × height} pixels, rescaled to the model. */
	public static ObjectWindow fixed(final int width, final int height) {
		if (width < 1 || height < 1) throw new ExplanationException("A window needs a positive size, got " + width +
			"×" + height + ".");
		return new ObjectWindow(Kind.FIXED, 0, width, height);
	}

	/** Reads {@code model}, {@code xF} (a context factor, e.g. {@code x2}) or {@code W,H} (or {@code W}). */
	public static ObjectWindow parse(final String text) {
		final String t = text.trim().toLowerCase(Locale.ROOT);
		try {
			if (t.equals("model")) return modelSize();
			if (t.startsWith("x")) return context(Double.parseDouble(t.substring(1)));
			final String[] p = t.split(",", -1);
			if (p.length == 1) return fixed(Integer.parseInt(p[0].trim()), Integer.parseInt(p[0].trim()));
			if (p.length == 2) return fixed(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
		}
		catch (final NumberFormatException e) {
			// the sentence below
		}
		throw new ExplanationException("The window '" + text + "' is not known: use model (the model's input size, " +
			"the default), a context factor such as x2 (twice the object's size), or W,H pixels such as 48,48.");
	}

	/**
	 * The window of {@code object} in {@code image} (its pixel bounds), for a model of {@code modelWidth ×
	 * modelHeight} pixels.
	 *
	 * @throws ExplanationException if the window does not fit the image
	 */
	public Region around(final ImageObject object, final int modelWidth, final int modelHeight, final Region image) {
		final int w = kind == Kind.MODEL ? modelWidth : kind == Kind.FIXED ? width : side(object);
		final int h = kind == Kind.MODEL ? modelHeight : kind == Kind.FIXED ? height : side(object);
		if (w > image.width() || h > image.height()) throw new ExplanationException("The window of " + object.name() +
			" (" + w + "×" + h + " pixels) is larger than the image (" + image.width() + "×" + image.height() + "): " +
			"choose a smaller window, or a larger image.");
		final Region centred = centred(object, w, h);
		return new Region(clamp(centred.x(), image.x(), image.x() + image.width() - w), clamp(centred.y(), image.y(),
			image.y() + image.height() - h), w, h);
	}

	/** The window of {@code w × h} centred on the object, wherever that is: {@code (floor(x) − w/2, floor(y) − h/2)}. */
	static Region centred(final ImageObject object, final int w, final int h) {
		return new Region((long) Math.floor(object.x()) - w / 2, (long) Math.floor(object.y()) - h / 2, w, h);
	}

	/** Whether the window is rescaled to the model's input (everything but the model's own size). */
	public boolean rescales() {
		return kind != Kind.MODEL;
	}

	private int side(final ImageObject object) {
		return (int) Math.ceil(factor * Math.max(object.bounds().width(), object.bounds().height()));
	}

	private static long clamp(final long origin, final long min, final long max) {
		return Math.max(min, Math.min(max, origin));
	}

	@Override
	public String toString() {
		return kind == Kind.MODEL ? "model" : kind == Kind.CONTEXT ? "x" + factor : width + "," + height;
	}
}
