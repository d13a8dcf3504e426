// ViT-CX: explain every image of a folder.
//
// For each TIFF, PNG or JPEG in the input folder: explains it with the model, saves the raw saliency map as
// <name>_saliency.tif (32-bit, the image's size and calibration) in the output folder, and adds a row to
// <output>/vitcx_results.csv (image, class, label, probability, K, seconds, model SHA-256).
// Headless:
//   fiji --headless -batch batch_folder.ijm "model=[/path/m.pt] input=[/path/in] output=[/path/out]"
// Without an argument, dialogs ask for the model and the two folders.

argument = getArgument();
model = value(argument, "model");
input = value(argument, "input");
output = value(argument, "output");
if (model == "") model = File.openDialog("Choose a ViT-CX model (.pt)");
if (input == "") input = getDirectory("Choose the folder of images");
if (output == "") output = getDirectory("Choose the output folder");
input = withSlash(input);
output = withSlash(output);
File.makeDirectory(output);

setBatchMode(true);
csv = File.open(output + "vitcx_results.csv");
print(csv, "image,target,label,probability,K,seconds,model_sha256");
files = getFileList(input);
explained = 0;
for (i = 0; i < files.length; i++) {
	name = files[i];
	lower = toLowerCase(name);
	if (!endsWith(lower, ".tif") && !endsWith(lower, ".tiff") && !endsWith(lower, ".png") && !endsWith(lower, ".jpg"))
		continue;
	base = substring(name, 0, lastIndexOf(name, "."));
	open(input + name);
	image = getImageID();
	run("ViT-CX Explain...", "model=[" + model + "] target=auto saliency=true");
	saveAs("Tiff", output + base + "_saliency.tif");
	close(); // the saliency map
	selectImage(image);
	Overlay.activateSelection(Overlay.size - 1);
	print(csv, name + "," + Roi.getProperty("vitcx.target") + "," + Roi.getProperty("vitcx.label") + "," +
		Roi.getProperty("vitcx.probability") + "," + Roi.getProperty("vitcx.masks") + "," +
		Roi.getProperty("vitcx.seconds") + "," + Roi.getProperty("vitcx.model_sha256"));
	close();
	explained++;
}
File.close(csv);
print("explained " + explained + " image(s); results in " + output);

// The value of key=[...] or key=value in an options string, "" if absent.
function value(options, key) {
	start = indexOf(" " + options, " " + key + "=");
	if (start < 0) return "";
	rest = substring(options, start + lengthOf(key) + 1);
	if (startsWith(rest, "[")) return substring(rest, 1, indexOf(rest, "]"));
	end = indexOf(rest, " ");
	if (end < 0) return rest;
	return substring(rest, 0, end);
}

function withSlash(folder) {
	if (endsWith(folder, "/") || endsWith(folder, File.separator)) return folder;
	return folder + "/";
}
