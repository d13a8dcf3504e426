package org.vitcx.cli;

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
		"  explain    compute a ViT-CX saliency map and write it as TIFF, PNG overlay and JSON",
		"");

	static final String EXPLAIN = String.join("\n",
		LINE,
		"",
		"Required:",
		"  --model FILE       a ViT-CX TorchScript model (.pt, see docs/model-format.md)",
		"  --image FILE       the image: TIFF (8/16/32-bit, RGB), PNG or JPEG; of a stack, the first plane",
		"  --out DIR          output folder (created if missing); writes NAME_saliency.tif, NAME_overlay.png",
		"                     and NAME.json, where NAME is the image file name without extension",
		"Options:",
		"  --target T         auto (the top-1 class, default), a class index, or a class label",
		"  --threshold D      cosine-distance threshold of the clustering, > 0 (default 0.1)",
		"  --sigma S          standard deviation of the noise, >= 0 (default 0.1)",
		"  --seed N           seed of the noise (default 0): same seed, same map",
		"  --batch-size N     images per forward pass, 0 = chosen from free memory (default 0)",
		"  --device D         auto, cpu or gpu (default auto)",
		"  --channels C       auto, or the 1-based image channels feeding the model, e.g. 1,2,3 or 2",
		"  --debug            print the stack trace of a failure",
		"  --help             this text",
		"",
		"Exit codes: 0 success, 1 failure, 2 wrong command line.",
		"");

	private Usage() {}
}
