package dev.oryx.service;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service's inbox: many writers, one reader (the worker running the service). Requests and
 * sends are bounded (ltask's default of 4,096), replies are not: a reply to a call in flight must
 * never be refused, and there are at most as many as the caller's pending calls.
 */
final class Mailbox {
    private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
    /** Requests and sends queued; replies are not counted (one atomic less per message: the length is only read by counters). */
    private final AtomicInteger bounded = new AtomicInteger();
    private final int capacity;

    Mailbox(int capacity) {
        this.capacity = capacity;
    }

    /** Adds the message; false when it is a request or send and the mailbox is full. */
    boolean offer(Message m) {
        if (m.bounded() && bounded.incrementAndGet() > capacity) {
            bounded.decrementAndGet();
            return false;
        }
        queue.add(m);
        return true;
    }

    Message poll() {
        Message m = queue.poll();
        if (m != null) {
            taken(m);
        }
        return m;
    }

    /** Removes this very message if it is still queued. */
    boolean remove(Message m) {
        if (queue.remove(m)) {
            taken(m);
            return true;
        }
        return false;
    }

    private void taken(Message m) {
        if (m.bounded()) {
            bounded.decrementAndGet();
        }
    }

    /** The number of queued messages (walks the queue: for introspection only). */
    int size() {
        return queue.size();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    int capacity() {
        return capacity;
    }
}
