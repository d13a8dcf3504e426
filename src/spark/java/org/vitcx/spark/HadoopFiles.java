package org.vitcx.spark;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import org.vitcx.model.ModelChecksum;

/** Copies between the task's local disk and any Hadoop file system; what it publishes is never seen half-written. */
final class HadoopFiles {

	/** The prefix of a file being published: hidden from Hadoop's and Spark's listings. */
	static final String TEMPORARY = ".tmp-";

	private HadoopFiles() {}

	/**
	 * Copies the local file to {@code target} under a temporary name in the target's folder, then renames it. A
	 * retried task (same image, same options) replaces the file with identical bytes, so the file it finds from an
	 * earlier attempt is deleted first; a killed task leaves at most a {@code .tmp-} file, never a partial output.
	 */
	static void publish(final java.nio.file.Path local, final Path target, final Configuration conf)
		throws IOException
	{
		final FileSystem fs = target.getFileSystem(conf);
		// no ".name.crc" beside each output on the local file system: the outputs are what the CLI writes, nothing more
		fs.setWriteChecksum(false);
		final Path temporary = new Path(target.getParent(), TEMPORARY + target.getName() + "-" + System.nanoTime());
		fs.copyFromLocalFile(false, true, new Path(local.toUri()), temporary);
		if (fs.exists(target)) fs.delete(target, false);
		if (!fs.rename(temporary, target)) {
			fs.delete(temporary, false);
			throw new IOException("cannot rename " + temporary + " to " + target);
		}
	}

	/** Copies a Hadoop file to the local disk. */
	static void fetch(final Path source, final java.nio.file.Path local, final Configuration conf) throws IOException {
		source.getFileSystem(conf).copyToLocalFile(false, source, new Path(local.toUri()), true);
	}

	/** The SHA-256 of a file on any Hadoop file system, as {@link ModelChecksum} writes it. */
	static String sha256(final Path file, final Configuration conf) throws IOException {
		try (InputStream in = file.getFileSystem(conf).open(file)) {
			return ModelChecksum.sha256(in);
		}
	}
}
