// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.raster.PolygonRasterizer;

/**
 * Gluon Maps' tile source for Araxes, registered in {@code META-INF/services}. Gluon's tiles show only
 * online tiles: offline, the map paints the basemap from the bundled data itself, and this hands
 * Gluon a blank tile. When the user turns on OpenStreetMap tiles they are fetched with a short
 * timeout; a tile that fails is replaced by the offline one, rendered from the bundled data on a
 * background thread, and the status line says online tiles are unavailable.
 */
public final class AraxesTileRetriever implements TileRetriever {

    private static final Duration TIMEOUT = Duration.ofSeconds(6);
    private static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    private final AtomicInteger threadNumber = new AtomicInteger();
    /** Threads that render offline tiles for failed online ones (and run the HTTP client), this retriever's own. */
    private final ExecutorService renderers = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), runnable -> {
                Thread thread = new Thread(runnable, "araxes-tiles-" + threadNumber.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /**
     * The basemap of the window whose map Gluon Maps is loading tiles for. Gluon makes its one
     * retriever through ServiceLoader and keeps it, so it cannot be handed one: the window names
     * its basemap here ({@link #serve}). The one static state of the package, for that reason.
     */
    private static volatile Basemap served;

    private final Basemap basemap;

    private final AtomicBoolean onlineFailureReported = new AtomicBoolean();
    private final String urlTemplate;
    private final Duration timeout;
    private volatile HttpClient http;

    /** Called by ServiceLoader. */
    public AraxesTileRetriever() {
        this(null, OSM_TILES, TIMEOUT);
    }

    /**
     * A retriever for a basemap with another online tile address and timeout (tests use a local server).
     *
     * @param basemap     the basemap, or null for the one {@link #serve}d
     * @param urlTemplate tile address with {@code {z}}, {@code {x}} and {@code {y}}
     * @param timeout     for connecting and for the whole request
     */
    AraxesTileRetriever(Basemap basemap, String urlTemplate, Duration timeout) {
        this.basemap = basemap;
        this.urlTemplate = urlTemplate;
        this.timeout = timeout;
    }

    /** Makes Gluon's tiles come from a window's basemap (the window calls this as it builds its map). */
    public static void serve(Basemap windowBasemap) {
        served = Objects.requireNonNull(windowBasemap);
    }

    private Basemap basemap() {
        return basemap != null ? basemap : served;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        Basemap current = basemap();
        if (current != null && current.source() == TileSource.OPENSTREETMAP) {
            return loadOnline(current, zoom, i, j);
        }
        // Offline, the map paints the basemap itself under its data layers (ui.VectorsMapLayer), and
        // Gluon's base map is hidden: its tiles are left blank rather than rendered for nobody.
        return CompletableFuture.completedFuture(new WritableImage(1, 1));
    }

    /** Renders one 256-pixel tile of a basemap; safe on any thread. */
    public static Image renderOffline(Basemap basemap, int zoom, long i, long j) {
        int size = WebMercator.TILE_SIZE;
        PolygonRasterizer raster = new PolygonRasterizer(size, size);
        Viewport viewport = new Viewport(zoom, -i * (double) size, -j * (double) size, size, size);
        basemap.painter().paint(raster, viewport);
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), raster.pixels(), 0, size);
        return image;
    }

    private CompletableFuture<Image> loadOnline(Basemap basemap, int zoom, long i, long j) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urlTemplate.replace("{z}", String.valueOf(zoom))
                        .replace("{x}", String.valueOf(i)).replace("{y}", String.valueOf(j))))
                .timeout(timeout)
                .header("User-Agent", "Araxes/0.1 (desktop atlas; offline-first)")
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    Image image = new Image(new ByteArrayInputStream(response.body()));
                    if (image.isError()) {
                        throw new IllegalStateException("not an image");
                    }
                    onlineFailureReported.set(false);
                    basemap.status("OpenStreetMap tiles © OpenStreetMap contributors");
                    return image;
                })
                .exceptionally(failure -> {
                    if (onlineFailureReported.compareAndSet(false, true)) {
                        basemap.status("Online tiles unavailable (" + rootMessage(failure) + "); showing the offline basemap");
                    }
                    return renderOffline(basemap, zoom, i, j);
                });
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout)
                    .executor(renderers).build();
            http = client;
        }
        return client;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
