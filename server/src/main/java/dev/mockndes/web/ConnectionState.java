package dev.mockndes.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Values an application keeps for the lifetime of one TCP connection, by key. Thread-safe. */
public final class ConnectionState {
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        return (T) values.get(key);
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }
}
