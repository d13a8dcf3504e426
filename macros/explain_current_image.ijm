// ViT-CX: explain the current image.
//
// Explains the class the model predicts for the current image (its current slice, or the rectangle selected on
// it), leaves the saliency on the image as an overlay layer, opens the 32-bit saliency map, and prints what the
// model saw. Run it from Plugins › Macros › Run..., or without a window:
//   Fiji:          ./fiji-linux-x64 --headless --console -macro explain_current_image.ijm /path/to/model.pt
//   plain ImageJ:  xvfb-run -a java -jar ij.jar -batch explain_current_image.ijm /path/to/model.pt
// The argument is the model file; without one, a file dialog asks for it.

model = getArgument();
if (model == "")
	model = File.openDialog("Choose a ViT-CX model (.pt)");
if (nImages == 0)
	exit("Open the image to explain first.");

image = getImageID();
title = getTitle();
run("ViT-CX Explain...", "model=[" + model + "] target=auto saliency=true");
selectImage("ViT-CX of " + title); // the new 32-bit image; the explained image stays the current one
map = getImageID();
getMinAndMax(low, high);

selectImage(image);
layer = Overlay.size - 1; // the layer of this slice is the newest overlay element
Overlay.activateSelection(layer);
name = Roi.getName;
print(name);
print("class " + Roi.getProperty("vitcx.target") + " (" + Roi.getProperty("vitcx.label") + "), p = " +
	Roi.getProperty("vitcx.probability"));
print("K = " + Roi.getProperty("vitcx.masks") + " masks, " + Roi.getProperty("vitcx.seconds") + " s");
print("saliency from " + low + " to " + high);
run("Select None");
