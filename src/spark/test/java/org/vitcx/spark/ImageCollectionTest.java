package org.vitcx.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.core.ExplanationException;

/** The collection of a job on a Hadoop file system (here {@code file:}): folder, glob, list file. */
class ImageCollectionTest {

	private static final Configuration CONF = new Configuration();

	@TempDir
	Path dir;

	@Test
	void aFolderGivesItsImagesButNotMasksNotesOrTheOutputsOfItsImages() throws IOException {
		files("a.tif", "b.png", "c.jpeg", "a_mask.tif", "notes.txt", "b_overlay.png", "a_saliency.tif",
			"a_saliency_std.tif", "x_overlay.png");
		assertEquals(List.of("a.tif", "b.png", "c.jpeg", "x_overlay.png"), names(ImageCollection.list(dir
			.toString(), CONF)));
	}

	@Test
	void aGlobGivesTheImagesItMatchesByTheSameRule() throws IOException {
		files("a.tif", "b.tif", "b.png", "a_mask.tif", "a_saliency.tif");
		assertEquals(List.of("a.tif", "b.tif"), names(ImageCollection.list(dir.resolve("*.tif").toString(), CONF)));
	}

	@Test
	void aListFileGivesExactlyItsPathsRelativeToItsFolder() throws IOException {
		files("a.tif", "sub/d.tif", "elsewhere/e_mask.tif");
		final Path list = Files.writeString(dir.resolve("list.txt"), "# plate 1\n\n  a.tif  \nsub/d.tif\n" + dir
			.resolve("elsewhere/e_mask.tif") + "\n");
		final List<String> images = ImageCollection.list(list.toString(), CONF);
		assertEquals(List.of("file:" + dir.resolve("a.tif"), "file:" + dir.resolve("elsewhere/e_mask.tif"), "file:" +
			dir.resolve("sub/d.tif")), images);
	}

	@Test
	void noImageIsOneClearSentence() throws IOException {
		files("notes.txt");
		assertEquals("--images " + dir + " names no image: give a folder of TIFF, PNG or JPEG images, a glob or " +
			"a list file.", assertThrows(ExplanationException.class, () -> ImageCollection.list(dir.toString(), CONF))
				.getMessage());
		final String missing = dir.resolve("nope").toString();
		final String message = assertThrows(ExplanationException.class, () -> ImageCollection.list(missing, CONF))
			.getMessage();
		assertTrue(message.startsWith("Cannot list --images " + missing) && message.endsWith("check the path."),
			message);
	}

	@Test
	void twoImagesOfOneNameAreRefused() throws IOException {
		files("a.tif", "sub/a.tif");
		final Path list = Files.writeString(dir.resolve("list.txt"), "a.tif\nsub/a.tif\n");
		final String message = assertThrows(ExplanationException.class, () -> ImageCollection.list(list.toString(),
			CONF)).getMessage();
		assertTrue(message.contains("have the name a") && message.endsWith("rename one."), message);
	}

	private void files(final String... names) throws IOException {
		for (final String name : names)
			Files.write(Files.createDirectories(dir.resolve(name).getParent()).resolve(dir.resolve(name).getFileName()),
				new byte[] { 1 });
	}

	private static List<String> names(final List<String> paths) {
		return paths.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).collect(Collectors.toList());
	}
}
