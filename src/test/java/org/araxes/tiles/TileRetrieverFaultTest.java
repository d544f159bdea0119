// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Online tiles that never come: a local server on 127.0.0.1 that accepts and never answers, and a
 * closed port. Nothing leaves the machine.
 */
@DisplayName("When online tiles cannot be had")
class TileRetrieverFaultTest {

    private final List<String> status = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private static Basemap basemap;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        basemap = Basemap.of(Atlas.load(Atlas.defaultDataFolder()));
    }

    @AfterEach
    void offline() throws IOException {
        basemap.setSource(TileSource.OFFLINE);
        basemap.setStatusListener(null);
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    @DisplayName("a server that accepts and never answers: the call returns at once, the offline tile comes after the timeout, and the status line says so")
    void silentServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!server.isClosed()) {
                        held.add(server.accept()); // accept, read nothing, answer nothing
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }, "silent-tile-server");
            acceptor.setDaemon(true);
            acceptor.start();
            Image tile = loadOnline("http://127.0.0.1:" + server.getLocalPort() + "/{z}/{x}/{y}.png");
            assertEquals(256, tile.getWidth());
        }
        assertTrue(status.stream().anyMatch(s -> s.startsWith("Online tiles unavailable") && s.contains("offline basemap")), status.toString());
    }

    @Test
    @DisplayName("a closed port: the offline tile is returned and the status line says so")
    void closedPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Image tile = loadOnline("http://127.0.0.1:" + port + "/{z}/{x}/{y}.png");
        assertEquals(256, tile.getHeight());
        assertTrue(status.stream().anyMatch(s -> s.startsWith("Online tiles unavailable")), status.toString());
    }

    private Image loadOnline(String template) throws Exception {
        basemap.setStatusListener(status::add);
        basemap.setSource(TileSource.OPENSTREETMAP);
        AraxesTileRetriever retriever = new AraxesTileRetriever(basemap, template, Duration.ofSeconds(1));
        CompletableFuture<Image> future = retriever.loadTile(8, 160, 97);
        // loadTile hands back a future at once (the FX thread never waits); the bound here only
        // keeps a broken build from hanging.
        Image tile = future.get(60, TimeUnit.SECONDS);
        assertNotNull(tile);
        return tile;
    }
}
