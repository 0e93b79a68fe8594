package org.teikit.render;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A few files served over HTTP on the loopback address, for pages that fetch what they show (a browser
 * may refuse {@code fetch} from a {@code file:} page). Only the paths given are served; anything else is 404.
 */
final class LocalSite implements AutoCloseable {
    private final HttpServer server;

    /** Serves each path (such as {@code /tei/a.xml}) from its file, on a free port of 127.0.0.1. */
    LocalSite(Map<String, Path> files) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = files.get(exchange.getRequestURI().getPath());
            try (exchange) {
                if (file == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type(file));
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** The URL of a served path. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".xml")) return "application/xml; charset=utf-8";
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
