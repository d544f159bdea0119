// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} on a JavaFX canvas (the map on screen, the PNG export in stripes, the
 * clipboard): every call goes straight to the {@link GraphicsContext}. A {@link Picture} is drawn
 * as the image of the part of it that falls on the canvas (the canvas's rectangle taken back
 * through the current transform), so a canvas that is one stripe of a tall picture gets exactly
 * its rows. Call on the JavaFX thread.
 */
public final class FxSurface implements Surface {

    private final GraphicsContext gc;

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
    }

    /** The graphics context drawn on. */
    public GraphicsContext graphics() {
        return gc;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double x, double y) {
        gc.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        gc.rotate(degrees);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.clip();
        gc.beginPath();
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Color fill) {
        gc.setFill(fill == null ? Color.TRANSPARENT : fill); // null is no paint, as on the SVG surface
    }

    @Override
    public void setStroke(Color stroke) {
        gc.setStroke(stroke == null ? Color.TRANSPARENT : stroke);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        gc.setLineCap(cap);
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        gc.setLineJoin(join);
    }

    @Override
    public void setFillRule(FillRule rule) {
        gc.setFillRule(rule);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        gc.strokePolygon(xs, ys, points);
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        gc.strokeText(text, x, y);
    }

    @Override
    public void drawPicture(Picture picture) {
        Bounds area = visibleArea();
        Picture.Placed placed = area == null ? null
                : picture.image(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        if (placed == null) {
            picture.drawShapes(this);
            return;
        }
        gc.drawImage(placed.image(), placed.x(), placed.y());
    }

    /** The canvas's rectangle in the current coordinates, or null when the transform cannot be undone. */
    private Bounds visibleArea() {
        Bounds canvas = new BoundingBox(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        try {
            return gc.getTransform().inverseTransform(canvas);
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public void beginGroup(String id, String className, java.util.function.Supplier<String> title) {
        // a canvas has no groups
    }

    @Override
    public void endGroup() {
        // a canvas has no groups
    }
}
