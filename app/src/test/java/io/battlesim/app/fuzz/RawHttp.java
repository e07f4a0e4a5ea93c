package io.battlesim.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sends bytes no HTTP client would send (a broken request line, a truncated body, a lying Content-Length) on a
 * socket of its own, closes the sending side (so a short body ends there) and reads the answer to the end.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Answer exchange(byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            socket.shutdownOutput();
            byte[] response = readAll(socket.getInputStream());
            return response.length == 0 ? Answer.none("the connection closed without an answer") : parse(response);
        } catch (SocketTimeoutException e) {
            return Answer.none("no answer within " + TIMEOUT_MILLIS / 1000 + " s");
        } catch (IOException e) {
            return Answer.none(e.toString());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // the server may reset after answering (it stops reading a body it refused): keep what came
            if (out.size() == 0) {
                throw reset;
            }
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] response) {
        int headEnd = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(response, 0, headEnd < 0 ? response.length : headEnd, StandardCharsets.ISO_8859_1);
        byte[] body = headEnd < 0 ? new byte[0] : Arrays.copyOfRange(response, headEnd + 4, response.length);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(statusLine.length > 1 ? statusLine[1] : "");
        } catch (NumberFormatException e) {
            return Answer.none("not an HTTP answer: " + lines[0]);
        }
        String contentType = "";
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].toLowerCase(Locale.ROOT);
            if (line.startsWith("content-type:")) {
                contentType = lines[i].substring("content-type:".length()).strip();
            } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] content = chunked ? unchunk(body) : body;
        return new Answer(status, contentType, new String(content, StandardCharsets.UTF_8), null);
    }

    private static byte[] unchunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, crlf, at);
            if (lineEnd < 0) {
                break;
            }
            int size;
            try {
                size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
            } catch (NumberFormatException e) {
                break;
            }
            int start = lineEnd + 2;
            if (size == 0 || start + size > body.length) {
                break;
            }
            out.write(body, start, size);
            at = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = from; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
