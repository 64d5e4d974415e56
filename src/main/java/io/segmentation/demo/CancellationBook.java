package io.segmentation.demo;

import java.util.ArrayList;
import java.util.List;

/** Cancellations waiting for the day they are written on; a day too busy to take them all passes the rest on. */
final class CancellationBook {

    private final List<List<Cancellation>> byDay;

    CancellationBook(int days) {
        this.byDay = new ArrayList<>(days);
        for (int day = 0; day < days; day++) {
            this.byDay.add(null);
        }
    }

    /** Files a cancellation for a day; one past the period is dropped. */
    void file(int day, Cancellation cancellation) {
        if (day >= this.byDay.size()) {
            return;
        }
        List<Cancellation> due = this.byDay.get(day);
        if (due == null) {
            due = new ArrayList<>();
            this.byDay.set(day, due);
        }
        due.add(cancellation);
    }

    /** Takes the cancellations due on a day that fit in {@code lines}, passing the others to the next day. */
    List<Cancellation> take(int day, long lines) {
        List<Cancellation> due = this.byDay.set(day, null);
        if (due == null) {
            return List.of();
        }
        List<Cancellation> taken = new ArrayList<>(due.size());
        long room = lines;
        for (Cancellation cancellation : due) {
            if (cancellation.lines() <= room) {
                taken.add(cancellation);
                room -= cancellation.lines();
            }
            else {
                file(day + 1, cancellation);
            }
        }
        return taken;
    }
}
