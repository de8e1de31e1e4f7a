package org.mliadvisor.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure per firm, kept as primitive doubles in fixed chunks, so a million firms cost 8 MB a figure
 * and growing never copies what is there; {@code NaN} stands for a figure the firm does not have.
 */
public final class DoubleColumn {

    private static final int CHUNK = 1 << 16;

    private final List<double[]> chunks = new ArrayList<>();
    private long size;
    private long unknown;
    private double[] ranks;

    /** Sets the figure of firm {@code index}, the firms before it that have none taking NaN. */
    public void set(long index, double value) {
        while (size <= index) {
            if (size % CHUNK == 0) {
                double[] chunk = new double[CHUNK];
                java.util.Arrays.fill(chunk, Double.NaN);
                chunks.add(chunk);
            }
            size++;
            unknown++;
        }
        double[] chunk = chunks.get((int) (index / CHUNK));
        int at = (int) (index % CHUNK);
        unknown += (Double.isNaN(value) ? 1 : 0) - (Double.isNaN(chunk[at]) ? 1 : 0);
        chunk[at] = value;
        ranks = null;
    }

    /** The figure of firm {@code index}; NaN beyond the last one set. */
    public double get(long index) {
        return index < size ? chunks.get((int) (index / CHUNK))[(int) (index % CHUNK)] : Double.NaN;
    }

    /** How many firms the column reaches. */
    public long size() {
        return size;
    }

    /** Whether every firm up to {@link #size()} has the figure. */
    public boolean complete() {
        return unknown == 0;
    }

    /** The ranks of a {@linkplain #complete() complete} column's figures, in firm order ({@link Spearman#ranks}), made once. */
    double[] ranks() {
        if (!complete()) {
            throw new IllegalStateException("only a complete column has one ranking for every pair it is in");
        }
        if (ranks == null) {
            ranks = Spearman.ranks(known());
        }
        return ranks;
    }

    /** The known figures, in firm order. */
    public double[] known() {
        int n = 0;
        for (long i = 0; i < size; i++) {
            if (!Double.isNaN(get(i))) {
                n++;
            }
        }
        double[] values = new double[n];
        int k = 0;
        for (long i = 0; i < size; i++) {
            double v = get(i);
            if (!Double.isNaN(v)) {
                values[k++] = v;
            }
        }
        return values;
    }
}
