package org.vitcx.spark;

import java.util.Map;

import com.google.gson.Gson;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.vitcx.core.Explanation;

/** One image's row of the results table: what was asked, what came out, or why it failed. */
final class ResultRow {

	static final String OK = "ok";
	static final String ERROR = "error";

	/** The columns, in order; the explanation's columns are null in an error row. */
	static final StructType SCHEMA = new StructType()
		.add("path", DataTypes.StringType, false)
		.add("status", DataTypes.StringType, false)
		.add("error", DataTypes.StringType, true)
		.add("method", DataTypes.StringType, true)
		.add("target", DataTypes.IntegerType, true)
		.add("label", DataTypes.StringType, true)
		.add("probability", DataTypes.DoubleType, true)
		.add("K", DataTypes.IntegerType, true)
		.add("seconds", DataTypes.DoubleType, false)
		.add("model_sha256", DataTypes.StringType, false)
		.add("parameters", DataTypes.StringType, true);

	private ResultRow() {}

	static Row ok(final String image, final Explanation e, final double seconds, final String modelSha256) {
		return RowFactory.create(image, OK, null, e.method(), e.target(), e.label(), e.probability(), e
			.maskCount(), seconds, modelSha256, parameters(e.parameters()));
	}

	static Row error(final String image, final String message, final double seconds, final String modelSha256) {
		return RowFactory.create(image, ERROR, message, null, null, null, null, null, seconds, modelSha256, null);
	}

	/** The method's own parameters as a JSON object, in the method's order (as in the CLI's JSON record). */
	private static String parameters(final Map<String, Object> parameters) {
		return new Gson().toJson(parameters);
	}
}
