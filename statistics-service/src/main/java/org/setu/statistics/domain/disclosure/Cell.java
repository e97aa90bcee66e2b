package org.setu.statistics.domain.disclosure;

/** A place in a table with its totals: (rows, j) is a column total, (i, columns) a row total, (rows, columns) the grand total. */
record Cell(int row, int column) {
}
