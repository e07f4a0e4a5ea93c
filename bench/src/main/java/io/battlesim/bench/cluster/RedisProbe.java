package io.battlesim.bench.cluster;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal Redis client (RESP2 over one socket) for what the benchmark reads: {@code INFO} fields, a key's {@code
 * MEMORY USAGE} and {@code XLEN}, and deleting the benchmark's own keys. Not thread-safe.
 */
final class RedisProbe implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    /** @param address {@code host:port} */
    RedisProbe(String address) throws IOException {
        int colon = address.lastIndexOf(':');
        this.socket = new Socket();
        socket.connect(
                new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
                2000);
        socket.setSoTimeout(5000);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** The fields of {@code INFO section}. */
    Map<String, String> info(String section) throws IOException {
        Map<String, String> fields = new HashMap<>();
        Object reply = command("INFO", section);
        for (String line : String.valueOf(reply).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return fields;
    }

    /** A number field of {@code INFO section}; -1 when absent. */
    long infoNumber(String section, String field) throws IOException {
        String value = info(section).get(field);
        return value == null ? -1 : Long.parseLong(value.strip());
    }

    /** Bytes {@code key} takes ({@code MEMORY USAGE key SAMPLES 0}: every element counted); 0 when absent. */
    long memoryUsage(String key) throws IOException {
        return command("MEMORY", "USAGE", key, "SAMPLES", "0") instanceof Long bytes ? bytes : 0;
    }

    long xlen(String key) throws IOException {
        return command("XLEN", key) instanceof Long length ? length : 0;
    }

    void delete(String key) throws IOException {
        command("DEL", key);
    }

    /** Sends one command and reads its reply: a String, a Long, null, or an Object[] of them. */
    Object command(String... arguments) throws IOException {
        StringBuilder request =
                new StringBuilder().append('*').append(arguments.length).append("\r\n");
        for (String argument : arguments) {
            byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
            request.append('$')
                    .append(bytes.length)
                    .append("\r\n")
                    .append(argument)
                    .append("\r\n");
        }
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return reply();
    }

    private Object reply() throws IOException {
        int type = in.read();
        String line = line();
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IOException("Redis: " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> bulk(Integer.parseInt(line));
            case '*' -> array(Integer.parseInt(line));
            default -> throw new IOException("unexpected Redis reply type " + type);
        };
    }

    private Object bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length + 2);
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private Object array(int length) throws IOException {
        Object[] items = new Object[Math.max(0, length)];
        for (int i = 0; i < items.length; i++) {
            items[i] = reply();
        }
        return items;
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            if (c != '\r') {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
