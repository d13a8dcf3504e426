// ViT-CX: explain a large image by tiles and turn the evidence into regions of interest.
//
// Explains the current image (or the bounding box of its selection) by tiles of the model's input size, every half
// tile, opens the 32-bit evidence and class probability maps (slices 1 and 2 of "ViT-CX of <title>"), thresholds the
// evidence map, and adds one ROI per region above the threshold to the image's overlay (group 14), printing each
// region's centre and peak evidence (Overlay › To ROI Manager lists them). The evidence is in [0, 1]: a tile's min-max scaled
// map times the tile's probability of the class (docs/engine.md#tiles), so 0.5 means "in the top half of a
// tile the model is sure about".
//
// Argument (all optional): model=[/path/m.pt] target=mitotic level=0.5 stride=32; without a model a dialog asks.
// The target defaults to auto: the class of the surest tile.

argument = getArgument();
model = value(argument, "model", "");
target = value(argument, "target", "auto");
level = parseFloat(value(argument, "level", "0.5"));
stride = value(argument, "stride", "0");
if (model == "") model = File.openDialog("Choose a ViT-CX model (.pt)");
if (nImages == 0) exit("Open the image to explain first.");

image = getImageID();
title = getTitle();
run("ViT-CX Explain...", "model=[" + model + "] target=" + target + " tile=auto stride=" + stride + " saliency=true");
selectImage("ViT-CX of " + title); // the two maps; the explained image stays the current one
maps = getImageID();

selectImage(image);
Overlay.activateSelection(Overlay.size - 1);
label = Roi.getProperty("vitcx.label");
region = split(Roi.getProperty("vitcx.region"), ",");
print("explained " + label + " by " + Roi.getProperty("vitcx.tiles") + " tiles of " + Roi.getProperty("vitcx.window") +
	" px every " + Roi.getProperty("vitcx.stride") + " px");
run("Select None");

selectImage(maps);
setSlice(1);
setThreshold(level, 1e30);
run("Analyze Particles...", "size=16-Infinity show=Overlay slice");
count = Overlay.size;
for (i = 0; i < count; i++) {
	selectImage(maps);
	Overlay.activateSelection(i);
	getStatistics(area, mean, min, peak);
	getSelectionBounds(x, y, width, height);
	x = x + parseInt(region[0]);
	y = y + parseInt(region[1]);
	print("region " + (i + 1) + ": centre " + round(x + width / 2) + "," + round(y + height / 2) + ", " + area +
		" px, peak evidence " + d2s(peak, 3));
	selectImage(image);
	run("Restore Selection");
	Roi.move(x, y);
	Roi.setGroup(14);
	Overlay.addSelection("", 0, "");
}
selectImage(image);
run("Select None");
print(count + " region(s) with evidence >= " + level + " for " + label);

function value(options, key, otherwise) {
	start = indexOf(" " + options, " " + key + "=");
	if (start < 0) return otherwise;
	rest = substring(options, start + lengthOf(key) + 1);
	if (startsWith(rest, "[")) return substring(rest, 1, indexOf(rest, "]"));
	end = indexOf(rest, " ");
	if (end < 0) return rest;
	return substring(rest, 0, end);
}
