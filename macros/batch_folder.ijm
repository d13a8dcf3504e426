// ViT-CX: explain every image of a folder.
//
// For each TIFF, PNG or JPEG in the input folder (not its subfolders): explains it with the model, saves the raw
// saliency map as <name>_saliency.tif (32-bit, the image's size and calibration) in the output folder, and adds a
// row to <output>/results.csv at once, so the table holds every image done so far. The columns are those of the
// command line's results.csv (docs/scale-out.md): path, status (ok or error), error, method, target, label,
// probability, K, seconds, model_sha256, parameters, image_sha256, json_sha256; the last two stay empty (the macro
// writes no JSON record, and the command line's --resume does not trust such rows). Skipped: ground-truth masks
// (*_mask.tif) and files that are not images. An image that fails (its channels do not fit the model, ImageJ cannot open it, ...) gets an error
// row with the reason and the run goes on, without a dialog: the command runs with errors=continue and the macro
// reads the reason (docs/fiji.md, Errors in macros). At the end it prints how many images were explained and
// which failed.
//
// In Fiji or ImageJ: Plugins › Macros › Run... (dialogs ask for the model and the two folders). Headless, with the
// options as the argument:
//   Fiji:          ./fiji-linux-x64 --headless -macro batch_folder.ijm "model=[/path/m.pt] input=[/path/in] output=[/path/out]"
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
table = output + "results.csv";
File.saveString("path,status,error,method,target,label,probability,K,seconds,model_sha256,parameters,image_sha256,json_sha256\n", table);
files = getFileList(input);
explained = 0;
failed = newArray(0);
for (i = 0; i < files.length; i++) {
	if (isImage(files[i])) {
		row = explain(input + files[i], model, output);
		File.append(row, table);
		if (indexOf(row, ",ok,") > 0) explained++;
		else failed = Array.concat(failed, files[i]);
	}
}
summary = "ViT-CX batch: explained " + explained + " image(s), " + failed.length + " failed";
if (failed.length > 0) summary = summary + " (" + String.join(failed, ", ") + ")";
print(summary + "; results in " + output);

// Explains one image file and closes what it opened. Returns its table row: the layer's properties, or the
// reason it failed.
function explain(file, model, output) {
	images = nImages;
	call("ij.IJ.redirectErrorMessages"); // a file ImageJ cannot open: its error goes to the log, the macro goes on
	open(file);
	if (nImages == images) return "" + errorRow(file, "ImageJ could not open the file as an image.");
	image = getImageID();
	run("ViT-CX Explain...", "model=[" + model + "] target=auto saliency=true errors=continue");
	error = call("org.vitcx.fiji.LastRun.error");
	if (error == "") {
		selectImage(image);
		Overlay.activateSelection(Overlay.size - 1);
		p = d2s(parseFloat(property("probability")), 6); // as the command line writes it
		row = "" + cell(file) + ",ok,," + property("method") + "," + property("target") + "," + cell(property("label")) +
			"," + p + "," + property("masks") + "," + property("seconds") + "," + property("model_sha256") + "," +
			cell(property("parameters")) + ",,";
		selectImage("ViT-CX of " + getTitle());
		saveAs("Tiff", output + File.getNameWithoutExtension(file) + "_saliency.tif");
	} else {
		row = "" + errorRow(file, error);
	}
	while (nImages > images) {
		selectImage(nImages);
		close();
	}
	return row;
}

function errorRow(file, message) {
	print("ViT-CX batch: " + File.getName(file) + " failed: " + message);
	return "" + cell(file) + ",error," + cell(message) + ",,,,,,,,,,";
}

function property(name) {
	return "" + Roi.getProperty("vitcx." + name);
}

// A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break.
function cell(text) {
	if (indexOf(text, ",") < 0 && indexOf(text, "\"") < 0 && indexOf(text, "\n") < 0) return text;
	return "\"" + replace(text, "\"", "\"\"") + "\"";
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
