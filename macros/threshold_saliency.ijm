// ViT-CX: read the explanation back and turn the most salient part into a selection.
//
// Explains the current image, reads the layer's properties back from the overlay (Roi.getProperty), thresholds
// the 32-bit saliency map (Otsu, bright = salient) into a selection, and puts that selection on the image, where
// it can be measured or added to the ROI Manager. The argument is the model file; without one, a dialog asks.

model = getArgument();
if (model == "")
	model = File.openDialog("Choose a ViT-CX model (.pt)");
if (nImages == 0)
	exit("Open the image to explain first.");

image = getImageID();
title = getTitle();
run("Select None");
run("ViT-CX Explain...", "model=[" + model + "] saliency=true");
selectImage("ViT-CX of " + title); // the new 32-bit image; the explained image stays the current one
map = getImageID();

selectImage(image);
Overlay.activateSelection(Overlay.size - 1);
label = Roi.getProperty("vitcx.label");
p = parseFloat(Roi.getProperty("vitcx.probability"));
k = parseInt(Roi.getProperty("vitcx.masks"));
print("explained: " + label + " (p = " + d2s(p, 3) + "), K = " + k);

selectImage(map);
setAutoThreshold("Otsu dark");
run("Create Selection");
getSelectionBounds(x, y, width, height);
getStatistics(area);
total = getWidth() * getHeight();
close();

selectImage(image);
run("Restore Selection");
print("salient region: " + d2s(100 * area / total, 1) + "% of the image, within " + x + "," + y + " " + width + "x" + height);
