package org.vitcx.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.vitcx.batch.ResultRow;

/**
 * What a task returns for one image: the folder mode's {@link ResultRow} (the same cells, so {@code results.csv}
 * is the folder mode's table) and, with {@code --map-column}, the model-resolution saliency map. As a row of the
 * Parquet table its columns are typed ({@code target} and {@code K} int, {@code probability} and {@code seconds}
 * double, an empty cell null), the map last as {@code array<float>}.
 */
final class ImageResult implements Serializable {

	private static final long serialVersionUID = 1L;

	static final String MAP = "map";

	private final ArrayList<String> cells;
	private final float[] map;

	/** {@code map} may be null: no map asked for, or none (an error row). */
	ImageResult(final ResultRow row, final float[] map) {
		this.cells = new ArrayList<>(row.cells());
		this.map = map;
	}

	/** This result without the map: what the driver collects for {@code results.csv}. */
	ImageResult withoutMap() {
		return map == null ? this : new ImageResult(row(), null);
	}

	ResultRow row() {
		return ResultRow.of(cells);
	}

	/** The table's columns: {@link ResultRow#COLUMNS}, then {@value #MAP} if asked for. */
	static StructType schema(final boolean mapColumn) {
		StructType schema = new StructType();
		for (final String column : ResultRow.COLUMNS)
			schema = schema.add(column, type(column), true);
		return mapColumn ? schema.add(MAP, DataTypes.createArrayType(DataTypes.FloatType, false), true) : schema;
	}

	/** This result as a row of {@link #schema}. */
	Row toRow(final boolean mapColumn) {
		final List<Object> values = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++)
			values.add(value(ResultRow.COLUMNS.get(i), cells.get(i)));
		if (mapColumn) values.add(map);
		return RowFactory.create(values.toArray());
	}

	private static DataType type(final String column) {
		switch (column) {
			case "target":
			case "K":
				return DataTypes.IntegerType;
			case "probability":
			case "seconds":
				return DataTypes.DoubleType;
			default:
				return DataTypes.StringType;
		}
	}

	private static Object value(final String column, final String cell) {
		if (cell.isEmpty()) return null;
		final DataType type = type(column);
		if (type == DataTypes.IntegerType) return Integer.valueOf(cell);
		if (type == DataTypes.DoubleType) return Double.valueOf(cell);
		return cell;
	}
}
