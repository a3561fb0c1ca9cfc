package io.accelforge.tpe.engine;

/**
 * Where an element of a fold's region of A, B or C lies in scratchpad words: lane
 * {@code lane} of word {@code word} holds region element ({@link #row}, {@link #col}),
 * counted from the region's corner. Elements outside the region are zero.
 */
public interface WordLayout {
    int row(int word, int lane);

    int col(int word, int lane);

    /** Words that hold a rows x cols region. */
    int words(int rows, int cols);

    /** Word r holds row r of the region; lane c its column c. */
    WordLayout ROWS = new WordLayout() {
        @Override public int row(int word, int lane) { return word; }
        @Override public int col(int word, int lane) { return lane; }
        @Override public int words(int rows, int cols) { return rows; }
        @Override public String toString() { return "rows"; }
    };

    /** Word c holds column c of the region; lane r its row r. */
    WordLayout COLUMNS = new WordLayout() {
        @Override public int row(int word, int lane) { return lane; }
        @Override public int col(int word, int lane) { return word; }
        @Override public int words(int rows, int cols) { return cols; }
        @Override public String toString() { return "columns"; }
    };
}
