// ViT-CX: classify and explain every cell of a field, and count the cells per class.
//
// Thresholds the nuclei of the current image (the pixels are not changed: the threshold only selects them), outlines
// each nucleus with Analyze Particles into the image's overlay (which works headless too, where ImageJ has no ROI
// Manager), explains every outlined cell in its own window with ViT-CX Explain Objects... and a single-cell model,
// then reads each outline's class and evidence back from its properties, prints every cell of the class asked for,
// and the number of cells per class. The outlines end up coloured by class, in one ROI group per class named after
// the label; the evidence map lies under them.
//
// Argument (all optional): model=[/path/cell_vit.pt] threshold=Otsu size=16 class=mitotic method=vitcx; without a
// model a dialog asks. size is the smallest nucleus in pixels: at least one of the model's tokens (16 px for the
// bundled single-cell model's 32 × 32 input and 8 × 8 tokens), or the command refuses the speck by name.

argument = getArgument();
model = value(argument, "model", "");
threshold = value(argument, "threshold", "Otsu");
size = value(argument, "size", "16");
wanted = value(argument, "class", "mitotic");
method = value(argument, "method", "vitcx");
if (model == "") model = File.openDialog("Choose a single-cell ViT-CX model (.pt)");
if (nImages == 0) exit("Open the field of nuclei first.");

setAutoThreshold(threshold + " dark");
run("Analyze Particles...", "size=" + size + "-Infinity show=Overlay");
resetThreshold();
run("ViT-CX Explain Objects...", "model=[" + model + "] method=" + method + " objects=overlay");

classes = newArray(0);
counts = newArray(0);
for (i = 0; i < Overlay.size; i++) {
	Overlay.activateSelection(i);
	class = Roi.getProperty("vitcx.class");
	if (class == "") continue; // the evidence layer, or a note
	if (class == wanted) print(wanted + " cell at " + Roi.getProperty("vitcx.x") + "," + Roi.getProperty("vitcx.y") +
		": p=" + Roi.getProperty("vitcx.p_" + wanted) + ", evidence inside " + Roi.getProperty("vitcx.evidence_inside"));
	k = -1;
	for (j = 0; j < classes.length; j++)
		if (classes[j] == class) k = j;
	if (k < 0) {
		classes = Array.concat(classes, class);
		counts = Array.concat(counts, 1);
	}
	else counts[k] = counts[k] + 1;
}
run("Select None");
line = "";
for (j = 0; j < classes.length; j++)
	line = line + " " + classes[j] + "=" + counts[j];
print("cells per class:" + line);

function value(options, key, otherwise) {
	start = indexOf(" " + options, " " + key + "=");
	if (start < 0) return otherwise;
	rest = substring(options, start + lengthOf(key) + 1);
	if (startsWith(rest, "[")) return substring(rest, 1, indexOf(rest, "]"));
	end = indexOf(rest, " ");
	if (end < 0) return rest;
	return substring(rest, 0, end);
}
