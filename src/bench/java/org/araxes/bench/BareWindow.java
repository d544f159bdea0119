// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The cold-start yardstick: a bare JavaFX window, the size of the Araxes window, that draws one
 * rectangle and reports once a frame has been drawn (the same criterion as {@code araxes --smoke-test}
 * with {@code -Daraxes.smoke.frames=1}), then exits.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Canvas canvas = new Canvas(1280, 800);
        canvas.getGraphicsContext2D().setFill(Color.STEELBLUE);
        canvas.getGraphicsContext2D().fillRect(100, 100, 400, 300);
        stage.setScene(new Scene(new Group(canvas), 1280, 800));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames > 1) {
                    stop();
                    System.out.println("bare window: drawn");
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
