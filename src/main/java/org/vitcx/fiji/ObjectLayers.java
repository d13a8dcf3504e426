package org.vitcx.fiji;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.LUT;

import org.vitcx.core.explain.RunParameters;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectRows;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.imagej.ClassColours;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * What {@code ViT-CX Explain Objects...} leaves on the image: the field's evidence map as the plane's ViT-CX layer
 * (named {@code ViT-CX: <n> objects}), and above it every object's outline, coloured by its class and in the ROI
 * group of its class, the group named after the class's label (so {@code Measure} and the ROI Manager show it),
 * carrying the object's row as {@code vitcx.<column>} properties. The outlines are the overlay's own ROIs for
 * {@code objects=overlay}; otherwise outlines traced from the objects' pixels (for the ROI Manager's ROIs, which get
 * the same properties and group, their parts inside the image), which replace the outlines of an earlier run on the
 * plane.
 */
final class ObjectLayers {

	/** The property of the evidence layer that holds the number of objects (Evaluate refuses such a layer). */
	static final String OBJECTS_PROPERTY = LayerProperty.parameter("objects");
	/** The property that marks outlines this command added (replaced by the next run), and its value. */
	static final String OUTLINE_PROPERTY = LayerProperty.parameter("outline"), OUTLINE = "objects";
	/** Class {@code c} is ROI group {@code GROUP_BASE + 1 + c} (up to 255; tiles use 13, tile regions 14). */
	static final int GROUP_BASE = 20;

	private ObjectLayers() {}

	/** Writes the results onto the image (and the ROI Manager's ROIs); nothing before changed anything. */
	static void apply(final ImagePlus imp, final Plane plane, final ObjectSource source, final ObjectsExplanation x,
		final RunFacts facts, final LUT lut, final double opacity)
	{
		final ImageRoi layer = evidence(imp, plane, x, facts, lut, opacity);
		final List<String> labels = x.model().labels();
		final List<Roi> outlines = new ArrayList<>();
		for (int i = 0; i < x.objects().size(); i++) {
			final ObjectResult r = x.objects().get(i);
			final Roi outline;
			if (source.name.equals(ObjectSource.OVERLAY)) outline = source.rois.get(i);
			else {
				if (source.fromRois()) record(source.rois.get(i), imp, r, labels);
				// traced from the object's pixels, not cloned: a clone would share the ROI's properties
				outline = trace(r.object());
				outline.setProperty(OUTLINE_PROPERTY, OUTLINE);
				plane.place(outline, imp);
			}
			record(outline, imp, r, labels);
			outlines.add(outline);
		}
		replace(imp, plane, layer, outlines);
	}

	/** The object's row as properties, its class's group (named after the label) and colour. */
	private static void record(final Roi roi, final ImagePlus imp, final ObjectResult r, final List<String> labels) {
		final List<String> columns = ObjectRows.columns(labels), cells = ObjectRows.cells(imp.getTitle(), r, labels);
		for (int c = 0; c < columns.size(); c++)
			roi.setProperty(LayerProperty.parameter(columns.get(c)), cells.get(c));
		final int group = GROUP_BASE + 1 + r.predicted();
		if (group <= 255) {
			Roi.setGroupName(group, labels.get(r.predicted()).replace(',', ';'));
			roi.setGroup(group);
		}
		roi.setStrokeColor(ClassColours.of(r.predicted()));
	}

	/** The outline of an object's pixels, in image coordinates, named after the object. */
	private static Roi trace(final ImageObject o) {
		final int w = o.bounds().width(), h = o.bounds().height();
		final ImageProcessor mask = new ByteProcessor(w, h);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (o.contains(o.bounds().x() + x, o.bounds().y() + y)) mask.set(x, y, 255);
		mask.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
		final Roi roi = new ThresholdToSelection().convert(mask);
		roi.setLocation(roi.getXBase() + o.bounds().x(), roi.getYBase() + o.bounds().y());
		roi.setName(o.name());
		return roi;
	}

	/** The field's evidence map, with the run's facts and the number of objects of each class. */
	private static ImageRoi evidence(final ImagePlus imp, final Plane plane, final ObjectsExplanation x,
		final RunFacts facts, final LUT lut, final double opacity)
	{
		final FloatProcessor map = ImagePlusAdapter.toProcessor(x.evidenceImage());
		final ImageRoi roi = new ImageRoi((int) x.region().x(), (int) x.region().y(), map);
		SaliencyLayer.show(roi, map, imp, plane, lut, opacity, SaliencyLayer.NAME_PREFIX + x.objects().size() +
			" objects" + (x.method().equals(ViTCXMethod.NAME) ? "" : " (" + x.method() + ")"));
		LayerProperty.METHOD.set(roi, x.method());
		x.parameters().forEach((name, value) -> roi.setProperty(LayerProperty.parameter(name), String.valueOf(value)));
		LayerProperty.PARAMETERS.set(roi, RunParameters.text(x.parameters(), facts.options));
		SaliencyLayer.record(roi, facts, x.millis().get("total") / 1000, x.region());
		roi.setProperty(OBJECTS_PROPERTY, Integer.toString(x.objects().size()));
		roi.setProperty(LayerProperty.parameter("counts"), counts(x));
		return roi;
	}

	/** {@code interphase=23;mitotic=4}: objects per predicted class, in class order, classes without one left out. */
	static String counts(final ObjectsExplanation x) {
		final StringJoiner s = new StringJoiner(";");
		x.perClass().forEach((label, n) -> s.add(label + "=" + n));
		return s.toString();
	}

	/**
	 * The overlay with the layer replacing the plane's earlier ViT-CX layer, and the outlines above it, replacing the
	 * outlines an earlier run added on the plane.
	 */
	private static void replace(final ImagePlus imp, final Plane plane, final ImageRoi layer, final List<Roi> outlines) {
		final Overlay overlay = imp.getOverlay() != null ? imp.getOverlay() : new Overlay();
		for (int i = overlay.size() - 1; i >= 0; i--) {
			final Roi r = overlay.get(i);
			final boolean earlier = OUTLINE.equals(r.getProperty(OUTLINE_PROPERTY)) && plane.isAt(r, imp);
			if (earlier || outlines.stream().anyMatch(o -> o == r)) overlay.remove(i);
		}
		imp.setOverlay(overlay);
		SaliencyLayer.replaceOn(imp, layer);
		for (final Roi outline : outlines)
			overlay.add(outline);
		imp.setOverlay(overlay);
	}
}
