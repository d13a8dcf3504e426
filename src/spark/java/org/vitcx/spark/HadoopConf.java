package org.vitcx.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with the user's {@code spark.hadoop.*} settings, e.g. s3a credentials) in a
 * form a task can carry: Configuration is Writable but not Serializable.
 */
final class HadoopConf implements Serializable {

	private static final long serialVersionUID = 1L;

	private final byte[] bytes;

	HadoopConf(final Configuration conf) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DataOutputStream data = new DataOutputStream(out)) {
			conf.write(data);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		bytes = out.toByteArray();
	}

	Configuration get() {
		final Configuration conf = new Configuration(false);
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			conf.readFields(in);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		return conf;
	}
}
