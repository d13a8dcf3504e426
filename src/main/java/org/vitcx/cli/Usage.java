package org.vitcx.cli;

import java.util.StringJoiner;

import org.vitcx.batch.ToolVersion;
import org.vitcx.core.explain.MethodParameter;
import org.vitcx.core.explain.MethodParameters;

/** The texts of {@code --help} and of usage errors. */
final class Usage {

	/** Prefixes every message on stderr. */
	static final String PROGRAM = "vitcx";

	/** How users start it: the jar finds its libraries in the lib/ folder beside it. */
	static final String COMMAND = "java -jar ViT_CX.jar";

	static final String LINE = "Usage: " + COMMAND + " explain --model MODEL.pt --image IMAGE --out DIR [options]" +
		"  (add --help for all options)";

	static final String MAIN = String.join("\n",
		"ViT-CX for Fiji " + ToolVersion.get() + ": explains a Vision Transformer's classification of an image.",
		"",
		LINE,
		"",
		"Commands:",
		"  explain    compute a saliency map (ViT-CX or a baseline) and write it as TIFF, PNG overlay and JSON",
		"  evaluate   score ViT-CX and baselines on a folder of images: deletion/insertion AUC, pointing games",
		"             (" + COMMAND + " evaluate --help)",
		"");

	/** The options and the exit codes every command shares, closing each command's help. */
	private static final String COMMON_OPTIONS = String.join("\n",
		"  --batch-size N     images per forward pass, 0 = chosen from free memory (default 0)",
		"  --device D         auto, cpu or gpu (default auto)",
		"  --channels C       auto, or the 1-based image channels feeding the model, e.g. 1,2,3 or 2",
		"  --overwrite        replace existing output files this tool did not write (inputs are never replaced)",
		"  --debug            print the stack trace of a failure",
		"  --help             this text",
		"",
		"Outputs are written all or nothing (to hidden .part files, renamed when complete). An output that would",
		"replace an input is refused; so is an existing file this tool did not write, unless --overwrite.",
		"Exit codes: 0 success, 1 failure, 2 wrong command line (also an option the model cannot take).",
		"");

	/** Where an option's text starts, and how wide the help is. */
	private static final int TEXT_COLUMN = 21, WIDTH = 108;

	/**
	 * The methods' own options, the same in explain and evaluate: a line or two per parameter of the one table
	 * ({@link MethodParameters}), its default and range from there.
	 */
	static String methodOptions() {
		final StringJoiner lines = new StringJoiner("\n");
		for (final MethodParameter p : MethodParameters.all())
			lines.add(option(p));
		return lines.toString();
	}

	/** "  --threshold X      ViT-CX: cosine distance …, > 0 (default 0.1)", wrapped under its text column. */
	private static String option(final MethodParameter p) {
		final String head = "  " + p.option() + " " + metavar(p);
		final String text = MethodParameters.help(p) + " (default " + p.format(p.defaultValue()) + ")";
		final StringBuilder out = new StringBuilder(head);
		int column = head.length();
		if (column >= TEXT_COLUMN - 1) {
			out.append('\n');
			column = 0;
		}
		for (final String word : text.split(" ")) {
			if (column > TEXT_COLUMN && column + 1 + word.length() > WIDTH) {
				out.append('\n');
				column = 0;
			}
			if (column < TEXT_COLUMN) {
				out.append(" ".repeat(TEXT_COLUMN - column));
				column = TEXT_COLUMN;
			}
			else {
				out.append(' ');
				column++;
			}
			out.append(word);
			column += word.length();
		}
		return out.toString();
	}

	private static String metavar(final MethodParameter p) {
		switch (p.kind()) {
			case NUMBER:
				return "X";
			case SWITCH:
				return "on|off";
			case CHOICE:
				return String.join("|", p.choices());
			default:
				return "N";
		}
	}

	/** The help of {@code explain}. */
	static String explain() {
		return String.join("\n",
			LINE,
			"",
			"Required:",
			"  --model FILE       a ViT-CX TorchScript model (.pt, see docs/model-format.md)",
			"  --image FILE       the image: TIFF (8/16/32-bit, RGB), PNG or JPEG; of a stack, the first plane",
			"  --out DIR          output folder (created if missing); writes NAME_saliency.tif, NAME_overlay.png",
			"                     and NAME.json, where NAME is the image file name without extension",
			"Options:",
			"  --method M         vitcx (ViT-CX, default), rise, rollout (needs a model exported with",
			"                     --attentions) or random",
			"  --target T         auto (the top-1 class, default), a class index, or a class label",
			"  --tile W[,H]|auto  explain a large image by tiles of W x H pixels (auto: the model's input size;",
			"                     larger tiles are rescaled to it); writes NAME_evidence.tif, NAME_probability.tif,",
			"                     NAME_tiles.csv, NAME_overlay.png and NAME.json (docs/engine.md#tiles); the",
			"                     default target is then the class of the surest tile",
			"  --stride S         pixels between tiles (default: half a tile)",
			"  --objects FILE     explain every object (cell) in a window of its own: FILE is a label image of the",
			"                     image's size (0 background, one whole number per object) or an ImageJ ROI zip;",
			"                     with --images a pattern such as {name}_labels.tif, found beside each image.",
			"                     Writes NAME_objects.csv (a row per object: class, probability, evidence inside",
			"                     it and on its neighbours, pointing game), NAME_evidence.tif, NAME_overlay.png",
			"                     (outlines by class) and NAME.json; the default target is each object's class",
			"  --window W         the window around each object: model (the model's input size, default), xF (F",
			"                     times the object's size, e.g. x2) or W,H pixels; rescaled to the model",
			"Collections (local folder mode, docs/scale-out.md):",
			"  --images DIR|GLOB  instead of --image: every TIFF, PNG, JPEG of DIR (or those matching a glob such",
			"                     as 'data/*.tif'; NAME_mask files and this tool's outputs excluded), one model",
			"                     load; writes each image's files as --image does plus OUT/results.csv, one row per",
			"                     image (path, status ok/error, error, method, target, label, probability, K,",
			"                     seconds, model_sha256, parameters, image_sha256, json_sha256). An unreadable",
			"                     image is an error row and the run goes on; exit code 3 when the run finished",
			"                     but some images failed. Every image is an input: no output replaces one",
			"  --resume           skip images whose results.csv row is ok (same method, parameters and model) and",
			"                     whose image and files are, byte for byte, what the row says; every other image",
			"                     is explained again",
			methodOptions(),
			COMMON_OPTIONS);
	}

	static final String EVALUATE_LINE = "Usage: " + COMMAND + " evaluate --model MODEL.pt --images DIR --out DIR " +
		"[--methods vitcx,rise,rollout,random] [options]";

	/** The help of {@code evaluate}. */
	static String evaluate() {
		return String.join("\n",
			EVALUATE_LINE,
			"",
			"For every image in DIR and every method: the saliency map of the image's class, scored by deletion and",
			"insertion AUC (RISE's protocol, docs/evaluation.md) and, where the image has a ground truth, by the",
			"pointing game and the energy-based pointing game. Writes OUT/evaluation.csv (one row per image and",
			"method) and OUT/curves.png (mean curves), and prints mean ± 95% confidence interval per method.",
			"",
			"Required:",
			"  --model FILE       a ViT-CX TorchScript model (.pt); rollout needs one exported with --attentions",
			"  --images DIR       folder of images (TIFF, PNG, JPEG); the ground truth of NAME.ext, if any, is",
			"                     NAME_mask.tif/.tiff/.png (binary or label image, non-zero = object) or",
			"                     NAME.roi/NAME.zip (ImageJ ROIs, their union)",
			"  --out DIR          output folder (created if missing)",
			"Methods:",
			"  --methods LIST     comma-separated: vitcx (default), rise, rollout, random",
			"  --target T         auto (top-1, default), a class index, or a class label",
			methodOptions(),
			"Metrics:",
			"  --steps N          steps of the deletion and insertion games (default 224, RISE's at 224x224)",
			"  --pixels-per-step K",
			"                     instead of --steps: RISE's literal rule, K pixels per step",
			"  --deletion D       zeros (RISE, default) or blur (the blurred image insertion starts from)",
			"  --pointing-tolerance PX",
			"                     radius of the tolerant pointing game, in image pixels (default 15, Zhang et al.);",
			"                     the strict and the patch-level games are reported beside it",
			"Objects (cells):",
			"  --objects PATTERN  score every object of each image instead of the whole image: PATTERN names each",
			"                     image's label image or ImageJ ROI zip, e.g. {name}_labels.tif (found beside it;",
			"                     such files are not evaluated as images). Each object is explained in its window",
			"                     by every method; writes OUT/objects_evaluation.csv (a row per object and method:",
			"                     class, probability, evidence inside the object and on its neighbours, pointing",
			"                     game) and prints their means ± 95% confidence interval per method",
			"Other:",
			"  --pattern GLOB     which files of DIR to evaluate, e.g. '*.tif' (default: all TIFF, PNG, JPEG)",
			COMMON_OPTIONS);
	}

	private Usage() {}
}
