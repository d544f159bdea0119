// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

/**
 * Counts of dated items (incidents) per time bin and group (category) over a span. An incident dated to one day counts
 * 1 in its bin; one dated to a span (an imprecise date, or several days) is spread evenly over the
 * bins the span covers, so a year-precision event does not pile up as a false spike on 1 January.
 *
 * @param spanStart first day covered (epoch day, may be fractional)
 * @param spanEnd   day after the last one covered
 * @param counts    {@code counts[bin][group]}
 */
public record Histogram(double spanStart, double spanEnd, double[][] counts) {

    public Histogram {
        if (!(spanEnd > spanStart)) {
            throw new IllegalArgumentException("a histogram needs a span that ends after it starts");
        }
        if (counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one bin");
        }
    }

    /**
     * Bins some items over a span.
     *
     * @param items   the items
     * @param indices which of them to count (e.g. those in the span that pass a filter)
     * @param groups  number of groups
     * @param bins    number of bins, at least 1
     */
    public static Histogram of(DatedItems items, int[] indices, int groups, double spanStart, double spanEnd, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        double[][] counts = new double[bins][groups];
        double binDays = (spanEnd - spanStart) / bins;
        for (int i : indices) {
            int c = items.group(i);
            double s = items.startDay(i);
            double e = items.endDay(i) + 1.0;
            int first = (int) Math.floor((s - spanStart) / binDays);
            int last = (int) Math.floor((e - spanStart - 1e-9) / binDays);
            double total = e - s;
            for (int b = Math.max(0, first); b <= Math.min(bins - 1, last); b++) {
                double binStart = spanStart + b * binDays;
                double overlap = Math.min(e, binStart + binDays) - Math.max(s, binStart);
                if (overlap > 0) {
                    counts[b][c] += items.count(i) * overlap / total;
                }
            }
        }
        return new Histogram(spanStart, spanEnd, counts);
    }

    /** This histogram and another of the same span, bins and groups, added bin by bin. */
    public Histogram plus(Histogram other) {
        if (other.spanStart != spanStart || other.spanEnd != spanEnd || other.counts.length != counts.length) {
            throw new IllegalArgumentException("histograms of different spans or bins cannot be added");
        }
        double[][] sum = new double[counts.length][];
        for (int b = 0; b < counts.length; b++) {
            sum[b] = counts[b].clone();
            for (int g = 0; g < Math.min(sum[b].length, other.counts[b].length); g++) {
                sum[b][g] += other.counts[b][g];
            }
        }
        return new Histogram(spanStart, spanEnd, sum);
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Total (possibly fractional) count in a bin. */
    public double total(int bin) {
        double sum = 0;
        for (double v : counts[bin]) {
            sum += v;
        }
        return sum;
    }

    /** The largest bin total. */
    public double maxTotal() {
        double max = 0;
        for (int b = 0; b < counts.length; b++) {
            max = Math.max(max, total(b));
        }
        return max;
    }

    /** Sum over all bins: the number of incidents counted, as far as they fall inside the span. */
    public double sum() {
        double sum = 0;
        for (int b = 0; b < counts.length; b++) {
            sum += total(b);
        }
        return sum;
    }
}
