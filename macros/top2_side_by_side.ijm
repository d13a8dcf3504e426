// ViT-CX: explain the two most probable classes side by side.
//
// Explains the current image for the model's top class and for its runner-up, each on its own copy, flattens
// both overlays and puts them side by side in one RGB image "ViT-CX top-2 of <title>". A layer replaces the
// earlier ViT-CX layer of its slice, which is why the second class is explained on a copy.
// The argument is the model file; without one, a dialog asks.

model = getArgument();
if (model == "")
	model = File.openDialog("Choose a ViT-CX model (.pt)");
if (nImages == 0)
	exit("Open the image to explain first.");

title = getTitle();
run("Select None");
first = getImageID();
run("Duplicate...", "title=[" + title + " (second class)]");
second = getImageID();

selectImage(first);
run("ViT-CX Explain...", "model=[" + model + "] target=auto");
Overlay.activateSelection(Overlay.size - 1);
top = parseInt(Roi.getProperty("vitcx.target"));
p = split(Roi.getProperty("vitcx.probabilities"), ",");
if (p.length < 2)
	exit("The model has a single class: there is no runner-up.");
runnerUp = -1;
best = -1;
for (i = 0; i < p.length; i++) {
	if (i != top && parseFloat(p[i]) > best) {
		runnerUp = i;
		best = parseFloat(p[i]);
	}
}

selectImage(second);
run("ViT-CX Explain...", "model=[" + model + "] target=" + runnerUp);

selectImage(first);
run("Select None");
run("Flatten");
left = getTitle();
selectImage(second);
run("Select None");
run("Flatten");
right = getTitle();
run("Combine...", "stack1=[" + left + "] stack2=[" + right + "]");
rename("ViT-CX top-2 of " + title);
print("left: class " + top + ", right: class " + runnerUp);
