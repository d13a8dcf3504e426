package org.vitcx.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.MethodParameters;
import org.vitcx.core.explain.RunParameters;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectWindow;
import org.vitcx.core.tiles.TileOptions;
import org.vitcx.model.DeviceChoice;

/**
 * What to do to every image of a run, typed and checked, built once by an edge (the command line's parser, the
 * Spark job's driver) and shipped as it is (it is {@link Serializable}) to whatever explains the images: the
 * method with its options, the class, the channels, the batch size, the tiling, the device and whether files the
 * tool did not write may be replaced. Which image, which model file and which folder are the caller's, per image.
 * Immutable; build with {@link #builder()}.
 */
public final class ExplainRequest implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String method;
	/** the method parameters given, by name ({@link MethodParameters}); the others are at their defaults */
	private final LinkedHashMap<String, Object> values;
	private final String target;
	private final Target parsedTarget;
	private final ChannelMapping channels;
	private final int batchSize;
	/** {width, height} of the tiles, 0 for the model's; {@code null}: not tiled */
	private final int[] tile;
	private final int stride;
	private final DeviceChoice device;
	private final boolean overwrite;
	/** where each image's objects are ({@link ObjectsPattern}); {@code null}: the image is explained whole */
	private final String objects;
	/** the window around each object as written ({@link ObjectWindow#parse}) */
	private final String window;

	private ExplainRequest(final Builder b) {
		this.values = new LinkedHashMap<>(b.values);
		this.target = b.target;
		this.parsedTarget = Target.parse(b.target);
		this.channels = b.channels;
		this.batchSize = b.batchSize;
		this.tile = b.tile == null ? null : b.tile.clone();
		this.stride = b.stride;
		this.device = b.device;
		this.overwrite = b.overwrite;
		this.objects = b.objects;
		this.window = b.window;
		this.method = SaliencyMethods.create(b.method, options()).name();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The method that explains, with its options. */
	public SaliencyMethod method() {
		return SaliencyMethods.create(method, options());
	}

	/** Every method's options, with the batch size. */
	private MethodOptions options() {
		return MethodParameters.options(values, batchSize);
	}

	/** The method's parameters as the records show them, derived from the table ({@link MethodParameters}). */
	public Map<String, Object> recordedParameters() {
		return MethodParameters.recorded(method, values);
	}

	/** The method's name. */
	public String methodName() {
		return method;
	}

	/** The class as the user wrote it ({@code auto} when not given). */
	public String target() {
		return target;
	}

	public Target parsedTarget() {
		return parsedTarget;
	}

	public ChannelMapping channels() {
		return channels;
	}

	/** Images per forward pass as requested; 0 chooses from memory. */
	public int batchSize() {
		return batchSize;
	}

	/** How to tile each image (window, stride, class, batch size); {@code null}: each image is explained whole. */
	public TileOptions tiling() {
		return tile == null ? null : TileOptions.builder().optWindow(tile[0], tile[1]).optStride(stride).optTarget(
			parsedTarget).optBatchSize(batchSize).build();
	}

	public DeviceChoice device() {
		return device;
	}

	/** Whether existing files the tool did not write may be replaced (inputs never are). */
	public boolean overwrite() {
		return overwrite;
	}

	/** The objects file of {@code image} ({@code --objects}); {@code null}: the image is explained whole. */
	public ObjectsFile objectsFile(final Path image) {
		return objects == null ? null : new ObjectsPattern("--objects", objects).of(image);
	}

	/** The objects pattern as given, or {@code null}. */
	public String objects() {
		return objects;
	}

	/**
	 * Checks that a collection's request names each image's own objects file (a pattern with {@value
	 * ObjectsPattern#NAME}).
	 *
	 * @throws UsageException naming {@code --objects}
	 */
	public void checkObjectsFor(final boolean collection) {
		if (collection && objects != null && !new ObjectsPattern("--objects", objects).perImage())
			throw new UsageException("--objects " + objects + " names one file for the whole collection: give a " +
				"pattern with " + ObjectsPattern.NAME + ", e.g. " + ObjectsPattern.NAME + "_labels.tif.");
	}

	/** The images to explain of a collection's listing: without their objects files (label images are TIFFs). */
	public List<Path> imagesOf(final List<Path> listed) {
		return objects == null ? listed : new ObjectsPattern("--objects", objects).imagesOnly(listed);
	}

	/** How each object is explained (class, window, batch size). */
	public ObjectOptions objectOptions() {
		return ObjectOptions.builder().optTarget(parsedTarget).optWindow(ObjectWindow.parse(window)).optBatchSize(
			batchSize).build();
	}

	/**
	 * The method's parameters and the options that change the map, as one line ({@link RunParameters}): what a
	 * results row records, and what {@code --resume} compares.
	 */
	public String parameters() {
		final Map<String, Object> run = RunParameters.run(target, batchSize, channels);
		if (objects != null) {
			run.put("objects", objects);
			run.put("window", window);
		}
		return RunParameters.text(recordedParameters(), run);
	}

	public static final class Builder {

		private String method = SaliencyMethods.DEFAULT;
		private Map<String, Object> values = Map.of();
		private String target = "auto";
		private ChannelMapping channels = ChannelMapping.auto();
		private int batchSize;
		private int[] tile;
		private int stride;
		private DeviceChoice device = DeviceChoice.AUTO;
		private boolean overwrite;
		private String objects;
		private String window = "model";

		private Builder() {}

		/**
		 * The method by name ({@link SaliencyMethods}) and the values of the method parameters given, by name
		 * ({@link MethodParameters}: of the parameter's kind, already checked); the others are at their defaults.
		 */
		public Builder optMethod(final String name, final Map<String, Object> parameterValues) {
			this.method = name;
			this.values = parameterValues;
			return this;
		}

		/** The class as written: {@code auto}, an index or a label ({@link Target#parse}). */
		public Builder optTarget(final String text) {
			Target.parse(text);
			this.target = text;
			return this;
		}

		public Builder optChannels(final ChannelMapping mapping) {
			this.channels = mapping;
			return this;
		}

		public Builder optBatchSize(final int size) {
			this.batchSize = size;
			return this;
		}

		/** Tiles of {@code window} ({@link TileOptions#parseWindow}'s {width, height}) every {@code step} pixels. */
		public Builder optTiling(final int[] window, final int step) {
			this.tile = window.clone();
			this.stride = step;
			return this;
		}

		public Builder optDevice(final DeviceChoice choice) {
			this.device = choice;
			return this;
		}

		/**
		 * Explains every object of each image in its window: {@code pattern} names its objects file ({@link
		 * ObjectsPattern}), {@code around} the window ({@link ObjectWindow#parse}).
		 */
		public Builder optObjects(final String pattern, final String around) {
			ObjectWindow.parse(around);
			this.objects = pattern;
			this.window = around;
			return this;
		}

		public Builder optOverwrite(final boolean replace) {
			this.overwrite = replace;
			return this;
		}

		/** @throws org.vitcx.core.ExplanationException for an unknown method or class */
		public ExplainRequest build() {
			return new ExplainRequest(this);
		}
	}
}
