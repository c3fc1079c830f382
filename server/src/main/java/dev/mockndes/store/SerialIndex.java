package dev.mockndes.store;

import java.util.Arrays;

/**
 * Where each issued certificate sits in the journal, and nothing more: 64-bit serial hash → journal
 * offset in an open-addressing table, plus the offsets in issue order for {@code recent} and
 * {@code count}. About 32 bytes per certificate, whatever the certificate's size, so a million
 * certificates cost 32 MB of heap and every lookup is O(1). A hash is not the serial: callers
 * confirm a candidate by reading its record. Not thread-safe; the store guards it.
 */
final class SerialIndex {
    private long[] offsets;
    private int count;
    private long[] hashes;
    /** Position in {@code offsets} plus one; 0 marks an empty slot. */
    private int[] slots;

    SerialIndex() {
        this(512);
    }

    /** An index sized for {@code expected} certificates plus room to grow, so loading it never rehashes. */
    SerialIndex(int expected) {
        int capacity = Math.max(1024, expected + expected / 4);
        offsets = new long[capacity];
        int size = Integer.highestOneBit(capacity * 2 - 1) << 1;
        hashes = new long[size];
        slots = new int[size];
    }

    /** A well-mixed 64-bit hash of a serial number's encoding (FNV-1a, then a murmur finaliser). */
    static long hash(byte[] serial) {
        long h = 0xcbf29ce484222325L;
        for (byte b : serial) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    void add(long hash, long offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count++] = offset;
        if (count * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        place(hash, count);
    }

    int count() {
        return count;
    }

    /** The journal offset of the {@code position}-th certificate issued (0 is the first). */
    long offsetAt(int position) {
        return offsets[position];
    }

    /** Offsets of every certificate whose serial has this hash (almost always zero or one). */
    long[] candidates(long hash) {
        long[] found = new long[0];
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = offsets[slots[slot] - 1];
            }
        }
        return found;
    }

    private void place(long hash, int positionPlusOne) {
        int mask = slots.length - 1;
        int slot = (int) hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = positionPlusOne;
        hashes[slot] = hash;
    }

    private void rehash(int size) {
        long[] oldHashes = hashes;
        int[] oldSlots = slots;
        hashes = new long[size];
        slots = new int[size];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                place(oldHashes[i], oldSlots[i]);
            }
        }
    }
}
