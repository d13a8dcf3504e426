package org.vitcx.cli;

import static org.vitcx.batch.OptionReader.wholeNumber;
import static org.vitcx.batch.UsageException.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.MethodArguments;
import org.vitcx.batch.OptionReader;
import org.vitcx.batch.ObjectsPattern;
import org.vitcx.batch.UsageException;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Steps;
import org.vitcx.eval.Substrate;
import org.vitcx.model.DeviceChoice;

/**
 * The options of {@code evaluate}, parsed and checked before any image is read or the model is loaded. Shared
 * settings (seed, batch size, channels, target) go to every method and to the metrics.
 */
final class EvaluateArguments {

	/** The options that take a value (a method parameter's option with them, from the table at the time). */
	private static Set<String> valued() {
		return MethodArguments.with("--model", "--images", "--out", "--pattern", "--methods", "--target", "--device",
			"--steps", "--pixels-per-step", "--deletion", "--pointing-tolerance", "--objects");
	}

	private Path model;
	private Path images;
	private Path out;
	private String pattern = ImageFolder.ALL_IMAGES;
	private String methods = SaliencyMethods.DEFAULT;
	private Target target = Target.top1();
	private DeviceChoice device = DeviceChoice.AUTO;
	private final MethodArguments methodArguments = new MethodArguments();
	private final EvaluationOptions.Builder evaluation = EvaluationOptions.builder();
	private List<SaliencyMethod> methodList;
	private EvaluationOptions evaluationOptions;
	private int stepRules;
	private boolean overwrite;
	private ObjectsPattern objects;
	private boolean help;

	private EvaluateArguments() {}

	/** Parses the arguments after {@code evaluate}. */
	static EvaluateArguments parse(final String[] args) {
		final EvaluateArguments a = new EvaluateArguments();
		a.help = OptionReader.read(args, valued(), a::set);
		if (a.stepRules > 1) throw new UsageException("--steps and --pixels-per-step exclude each other: give one.");
		final MethodOptions options = a.methodArguments.options();
		a.methodList = check("--methods", a.methods, list -> SaliencyMethods.parse(list, options));
		a.evaluationOptions = a.evaluation.optBatchSize(a.methodArguments.batchSize()).optChannels(a.methodArguments
			.channels()).build();
		if (!a.help) a.checkRequired();
		return a;
	}

	private void set(final String name, final String value) {
		if (methodArguments.set(name, value)) return;
		switch (name) {
			case "--model":
				model = OptionReader.path(name, value);
				break;
			case "--images":
				images = OptionReader.path(name, value);
				break;
			case "--out":
				out = OptionReader.path(name, value);
				break;
			case "--pattern":
				pattern = check(name, value, ImageFolder::checkPattern);
				break;
			case "--methods":
				methods = value;
				break;
			case "--target":
				target = check(name, value, Target::parse);
				break;
			case "--device":
				device = check(name, value, DeviceChoice::parse);
				break;
			case OptionReader.OVERWRITE:
				overwrite = true;
				break;
			case "--steps":
				stepRules++;
				evaluation.optSteps(check(name, value, v -> Steps.count(wholeNumber(v, Integer::parseInt))));
				break;
			case "--pixels-per-step":
				stepRules++;
				evaluation.optSteps(check(name, value, v -> Steps.pixelsPerStep(wholeNumber(v, Integer::parseInt))));
				break;
			case "--deletion":
				evaluation.optDeletionSubstrate(check(name, value, Substrate::parse));
				break;
			case "--pointing-tolerance":
				check(name, value, v -> evaluation.optPointingTolerance(wholeNumber(v, Integer::parseInt)));
				break;
			case "--objects":
				objects = new ObjectsPattern(name, value);
				if (!objects.perImage()) throw new UsageException("--objects " + value + " names one file for every " +
					"image: give a pattern with " + ObjectsPattern.NAME + ", e.g. " + ObjectsPattern.NAME + "_labels.tif.");
				break;
			default:
				throw new IllegalStateException("Option " + name + " is listed but not handled");
		}
	}

	private void checkRequired() {
		if (model == null) throw new UsageException("--model is missing: give the model file.", true);
		if (images == null) throw new UsageException("--images is missing: give the folder of images.", true);
		if (out == null) throw new UsageException("--out is missing: give the output folder.", true);
	}

	Path model() {
		return model;
	}

	Path images() {
		return images;
	}

	Path out() {
		return out;
	}

	/** A glob for the image file names. */
	String pattern() {
		return pattern;
	}

	/** The methods to compare, in the order given. */
	List<SaliencyMethod> methods() {
		return methodList;
	}

	/** The class to explain and evaluate (top-1 by default). */
	Target target() {
		return target;
	}

	/** The metrics' options (steps, deletion substrate, batch size, channels); the target is set per image. */
	EvaluationOptions evaluation() {
		return evaluationOptions;
	}

	DeviceChoice device() {
		return device;
	}

	/** Whether existing files the tool did not write may be replaced (inputs never are). */
	boolean overwrite() {
		return overwrite;
	}

	/** Where each image's objects are ({@code --objects}); {@code null}: whole images are evaluated. */
	ObjectsPattern objects() {
		return objects;
	}

	boolean help() {
		return help;
	}
}
