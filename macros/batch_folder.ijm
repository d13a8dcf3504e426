// ViT-CX: explain every image of a folder.
//
// For each TIFF, PNG or JPEG in the input folder (not its subfolders): explains it with the model, saves the raw
// saliency map as <name>_saliency.tif (32-bit, the image's size and calibration) in the output folder, and adds a
// row to <output>/vitcx_results.csv (image, class, label, probability, K, seconds, model SHA-256) at once, so the
// CSV holds every image done so far. Skipped: ground-truth masks (*_mask.tif) and files that are not images. An
// image that fails (e.g. its channels do not fit the model) is reported, with the reason as a macro error, and left
// out; the run goes on. At the end it prints how many images were explained and which failed.
//
// In Fiji or ImageJ: Plugins › Macros › Run... (dialogs ask for the model and the two folders). Headless, with the
// options as the argument:
//   Fiji:          ./fiji-linux-x64 --headless --console -macro batch_folder.ijm "model=[/path/m.pt] input=[/path/in] output=[/path/out]"
//   plain ImageJ:  xvfb-run -a java -jar ij.jar -batch batch_folder.ijm "model=[/path/m.pt] input=[/path/in] output=[/path/out]"
// (plain ImageJ needs a display, here a virtual one; see docs/fiji.md, Batch processing).

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
csv = output + "vitcx_results.csv";
File.saveString("image,target,label,probability,K,seconds,model_sha256\n", csv);
files = getFileList(input);
explained = 0;
failed = newArray(0);
for (i = 0; i < files.length; i++) {
	name = files[i];
	if (isImage(name)) {
		row = explain(input + name, model, output);
		if (row == "") {
			print("ViT-CX batch: " + name + " failed (see the macro error above); going on with the next image.");
			failed = Array.concat(failed, name);
		} else {
			File.append(name + "," + row, csv);
			explained++;
		}
	}
}
summary = "ViT-CX batch: explained " + explained + " image(s), " + failed.length + " failed";
if (failed.length > 0) summary = summary + " (" + String.join(failed, ", ") + ")";
print(summary + "; results in " + output);

// Explains one image file in a macro of its own, so that its error (which stops the macro it happens in) stops
// only that one, and closes what it opened. Returns the CSV row without the name, or "" when the image failed.
// ImageJ shows the error as that macro's error: on the console when headless, in a dialog otherwise.
function explain(file, model, output) {
	images = nImages;
	row = eval("" +
		"a = split(getArgument(), '\\n'); file = a[0]; model = a[1]; output = a[2];\n" +
		"open(file);\n" +
		"image = getImageID();\n" +
		"layers = Overlay.size;\n" +
		"run('ViT-CX Explain...', 'model=[' + model + '] target=auto saliency=true');\n" +
		"selectImage(image);\n" +
		"if (Overlay.size == layers) exit;\n" + // Fiji's command reports its error and returns
		"Overlay.activateSelection(Overlay.size - 1);\n" +
		"row = Roi.getProperty('vitcx.target') + ',' + Roi.getProperty('vitcx.label') + ',' +\n" +
		"	Roi.getProperty('vitcx.probability') + ',' + Roi.getProperty('vitcx.masks') + ',' +\n" +
		"	Roi.getProperty('vitcx.seconds') + ',' + Roi.getProperty('vitcx.model_sha256');\n" +
		"selectImage('ViT-CX of ' + getTitle());\n" +
		"saveAs('Tiff', output + File.getNameWithoutExtension(file) + '_saliency.tif');\n" +
		"return row;\n", file + "\n" + model + "\n" + output);
	while (nImages > images) {
		selectImage(nImages);
		close();
	}
	if (indexOf(row, ",") < 0) return "";
	return row;
}

// Images by their extension; ground-truth masks (<name>_mask.tif) are not samples.
function isImage(name) {
	lower = toLowerCase(name);
	if (matches(lower, ".*_mask\\.tiff?")) return false;
	return matches(lower, ".*\\.(tiff?|png|jpe?g)");
}

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
