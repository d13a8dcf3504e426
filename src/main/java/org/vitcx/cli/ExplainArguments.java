package org.vitcx.cli;

import static org.vitcx.cli.OptionReader.check;
import static org.vitcx.cli.OptionReader.path;
import static org.vitcx.cli.OptionReader.wholeNumber;

import java.nio.file.Path;
import java.util.Set;

import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectWindow;
import org.vitcx.core.tiles.TileGrid;
import org.vitcx.core.tiles.TileOptions;
import org.vitcx.model.DeviceChoice;

/**
 * The options of {@code explain}, parsed and checked: every value error is found here, before an image is read
 * or a model is loaded, and reported as a {@link UsageException} naming the option.
 */
final class ExplainArguments implements Cloneable {

	/** The options that take a value. */
	private static final Set<String> VALUED = MethodArguments.with("--model", "--image", "--out", "--method",
		"--target", "--device", "--tile", "--stride", "--images", "--objects", "--window");
	/** Skip the images of a collection whose outputs are complete. */
	static final String RESUME = "--resume";

	private Path model;
	private Path image;
	private String images;
	private boolean resume;
	private Path out;
	private String methodName = SaliencyMethods.DEFAULT;
	private String target = "auto";
	private Target parsedTarget = Target.top1();
	private DeviceChoice device = DeviceChoice.AUTO;
	private final MethodArguments methodArguments = new MethodArguments();
	private SaliencyMethod method;
	private boolean overwrite;
	private int[] tile;
	private int stride;
	private ObjectsPattern objects;
	private ObjectWindow window;
	private boolean help;

	private ExplainArguments() {}

	/** Parses the arguments after {@code explain}; {@code --name value} and {@code --name=value} both work. */
	static ExplainArguments parse(final String[] args) {
		final ExplainArguments a = new ExplainArguments();
		a.help = OptionReader.read(args, VALUED, Set.of(OptionReader.OVERWRITE, RESUME), a::set);
		a.method = check("--method", a.methodName, name -> SaliencyMethods.create(name, a.methodArguments
			.options()));
		if (!a.help) a.checkRequired();
		if (a.stride > 0 && a.tile == null) throw new UsageException("--stride needs --tile: add --tile auto.");
		// an explicit window is known now; the model's (--tile auto) once it is loaded (ModelOptionCheck)
		if (a.tile != null && a.tile[0] > 0) a.checkStride(0, 0);
		if (a.images != null && a.tile != null) throw new UsageException("--images does not take --tile yet: " +
			"explain large images one at a time with --image.");
		a.checkObjects();
		if (a.resume && a.images == null) throw new UsageException("--resume needs --images: it skips the " +
			"images of a collection that are done.");
		return a;
	}

	private void set(final String name, final String value) {
		if (methodArguments.set(name, value)) return;
		switch (name) {
			case "--model":
				model = path(name, value);
				break;
			case "--image":
				image = path(name, value);
				break;
			case "--images":
				if (value.isBlank()) throw new UsageException("--images is empty: give a folder or a glob.");
				images = value;
				break;
			case RESUME:
				resume = true;
				break;
			case "--out":
				out = path(name, value);
				break;
			case "--method":
				methodName = value;
				break;
			case "--target":
				target = value;
				parsedTarget = check(name, value, Target::parse);
				break;
			case "--device":
				device = check(name, value, DeviceChoice::parse);
				break;
			case OptionReader.OVERWRITE:
				overwrite = true;
				break;
			case "--tile":
				tile = check(name, value, TileOptions::parseWindow);
				break;
			case "--stride":
				stride = check(name, value, v -> TileOptions.builder().optStride(wholeNumber(v, Integer::parseInt))
					.build().stride());
				break;
			case "--objects":
				objects = new ObjectsPattern(name, value);
				break;
			case "--window":
				window = check(name, value, ObjectWindow::parse);
				break;
			default:
				throw new IllegalStateException("Option " + name + " is listed but not handled");
		}
	}

	private void checkObjects() {
		if (window != null && objects == null) throw new UsageException("--window needs --objects: it sizes the " +
			"window around each object.");
		if (objects == null) return;
		if (tile != null) throw new UsageException("--objects and --tile are both given: objects are explained in " +
			"windows of their own; give one.");
		if (images != null) throw new UsageException("--images does not take --objects yet: explain the objects " +
			"of one image at a time with --image, or score a folder's objects with evaluate --objects.");
		if (images != null && !objects.perImage()) throw new UsageException("--objects " + objects + " names one " +
			"file for the whole collection: give a pattern with " + ObjectsPattern.NAME + ", e.g. " + ObjectsPattern
				.NAME + "_labels.tif.");
	}

	private void checkRequired() {
		if (model == null) throw new UsageException("--model is missing: give the model file.", true);
		if (image == null && images == null) throw new UsageException("--image is missing: give the image " +
			"file (or --images with a folder or glob).", true);
		if (image != null && images != null) throw new UsageException("--image and --images are both given: " +
			"give one.");
		if (out == null) throw new UsageException("--out is missing: give the output folder.", true);
	}

	Path model() {
		return model;
	}

	Path image() {
		return image;
	}

	/** The collection as given to {@code --images} (a folder or a glob); {@code null} for one image. */
	String images() {
		return images;
	}

	boolean resume() {
		return resume;
	}

	/** These options for one image of a collection, written into {@code folder}. */
	ExplainArguments forImage(final Path file, final Path folder) {
		try {
			final ExplainArguments one = (ExplainArguments) clone();
			one.image = file;
			one.images = null;
			one.out = folder;
			return one;
		}
		catch (final CloneNotSupportedException e) {
			throw new AssertionError(e);
		}
	}

	Path out() {
		return out;
	}

	/** The method that explains, with its options. */
	SaliencyMethod method() {
		return method;
	}

	/** The target as the user wrote it ("auto" when not given). */
	String target() {
		return target;
	}

	Target parsedTarget() {
		return parsedTarget;
	}

	ChannelMapping channels() {
		return methodArguments.channels();
	}

	/** Images per forward pass as requested; 0 chooses from memory. */
	int batchSize() {
		return methodArguments.batchSize();
	}

	/** How to tile the image with {@code --tile} (window, stride, class, batch size); {@code null} without it. */
	TileOptions tiling() {
		return tile == null ? null : TileOptions.builder().optWindow(tile[0], tile[1]).optStride(stride).optTarget(
			parsedTarget).optBatchSize(batchSize()).build();
	}

	/** The objects file of {@code image} ({@code --objects}), {@code null} without it. */
	ObjectsFile objectsFile(final Path image) {
		return objects == null ? null : objects.of(image);
	}

	/** How to explain the objects with {@code --objects} (class, window, batch size). */
	ObjectOptions objectOptions() {
		return ObjectOptions.builder().optTarget(parsedTarget).optWindow(window != null ? window : ObjectWindow
			.modelSize()).optBatchSize(batchSize()).build();
	}

	/**
	 * Checks the stride against the window (the model's {@code modelWidth × modelHeight} for {@code --tile auto}):
	 * tiles must overlap or touch.
	 *
	 * @throws UsageException naming {@code --stride}
	 */
	void checkStride(final int modelWidth, final int modelHeight) {
		final TileOptions t = tiling();
		final int w = t.width() > 0 ? t.width() : modelWidth, h = t.height() > 0 ? t.height() : modelHeight;
		if (t.stride() > 0) check("--stride", Integer.toString(t.stride()), v -> new TileGrid(new Region(0, 0, w, h),
			w, h, t.stride()));
	}

	DeviceChoice device() {
		return device;
	}

	/** Whether existing files the tool did not write may be replaced (inputs never are). */
	boolean overwrite() {
		return overwrite;
	}

	boolean help() {
		return help;
	}
}
