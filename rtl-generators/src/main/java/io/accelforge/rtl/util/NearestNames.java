package io.accelforge.rtl.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "did you mean" suggestions by edit distance. */
public final class NearestNames {
    private NearestNames() {}

    /** Up to {@code max} candidates closest to {@code wanted}, nearest first. */
    public static List<String> nearest(String wanted, Collection<String> candidates, int max) {
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((String c) -> distance(wanted.toLowerCase(), c.toLowerCase())).thenComparing(c -> c));
        return sorted.subList(0, Math.min(max, sorted.size()));
    }

    /** "unknown port 'x'; nearest: a, b, c" style tail: ", nearest: a, b, c" or "" when there is nothing. */
    public static String suggestion(String wanted, Collection<String> candidates) {
        List<String> n = nearest(wanted, candidates, 3);
        return n.isEmpty() ? "" : "; nearest: " + String.join(", ", n);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
