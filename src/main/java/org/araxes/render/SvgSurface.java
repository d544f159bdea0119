// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} that writes SVG elements, one per drawing operation, with the meaning the
 * JavaFX canvas gives it: colours and the global alpha as fill, stroke and element opacity,
 * transforms and clips as nested groups closed by {@link #restore}, text as {@code <text>} in the
 * font's family, weight and size, its baseline placed where the canvas puts it (measured with
 * {@link TextMeasure}, as the PNG's layout is). A {@link Picture} is written as its shapes.
 *
 * <p>The elements assume the canvas's line defaults on an enclosing element,
 * {@link #DEFAULTS}; {@code org.araxes.export.SvgExporter} writes the document around them.
 * Call on the JavaFX thread (text is measured with JavaFX).
 */
public final class SvgSurface implements Surface {

    /** Attributes for the root element that give SVG the canvas's defaults (square caps, miter limit 10). */
    public static final String DEFAULTS = "stroke-linecap=\"square\" stroke-miterlimit=\"10\" xml:space=\"preserve\"";

    private final StringBuilder out;
    private final TextMeasure measure = new TextMeasure();
    private final StringBuilder path = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private int clips;

    /** The drawing state the canvas keeps, and how many groups this level of save opened. */
    private static final class State implements Cloneable {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes;
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        StrokeLineJoin join = StrokeLineJoin.MITER;
        FillRule rule = FillRule.NON_ZERO;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        double alpha = 1;
        int groups;

        State copy() {
            try {
                State copy = (State) clone();
                copy.groups = 0;
                return copy;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** A surface writing into a buffer. */
    public SvgSurface(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.copy();
    }

    @Override
    public void restore() {
        closeGroups();
        if (!saved.isEmpty()) {
            state = saved.pop();
        }
    }

    private void closeGroups() {
        for (int i = 0; i < state.groups; i++) {
            out.append("</g>\n");
        }
        state.groups = 0;
    }

    @Override
    public void translate(double x, double y) {
        if (x != 0 || y != 0) {
            out.append("<g transform=\"translate(").append(n(x)).append(' ').append(n(y)).append(")\">\n");
            state.groups++;
        }
    }

    @Override
    public void rotate(double degrees) {
        if (degrees != 0) {
            out.append("<g transform=\"rotate(").append(n(degrees)).append(")\">\n");
            state.groups++;
        }
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        String id = "clip" + ++clips;
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\"/></clipPath>\n");
        out.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        state.groups++;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        state.alpha = Math.max(0, Math.min(1, alpha));
    }

    @Override
    public void setFill(Color fill) {
        state.fill = fill;
    }

    @Override
    public void setStroke(Color stroke) {
        state.stroke = stroke;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        state.cap = cap;
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        state.join = join;
    }

    @Override
    public void setFillRule(FillRule rule) {
        state.rule = rule;
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        state.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(n1(x)).append(' ').append(n1(y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(n1(x)).append(' ').append(n1(y));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fill() {
        if (path.length() > 0 && visible(state.fill)) {
            out.append("<path d=\"").append(path).append('"').append(fillStyle()).append("/>\n");
        }
    }

    @Override
    public void stroke() {
        if (path.length() > 0 && visible(state.stroke)) {
            out.append("<path d=\"").append(path).append("\" fill=\"none\"").append(strokeStyle()).append("/>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        if (visible(state.fill)) {
            rect(x, y, width, height, 0).append(fillStyle()).append("/>\n");
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        if (visible(state.stroke)) {
            rect(x, y, width, height, 0).append(" fill=\"none\"").append(strokeStyle()).append("/>\n");
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        if (visible(state.fill)) {
            rect(x, y, width, height, arcWidth / 2).append(fillStyle()).append("/>\n");
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        if (visible(state.stroke)) {
            rect(x, y, width, height, arcWidth / 2).append(" fill=\"none\"").append(strokeStyle()).append("/>\n");
        }
    }

    private StringBuilder rect(double x, double y, double width, double height, double radius) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(n(radius)).append('"');
        }
        return out;
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        if (visible(state.fill)) {
            oval(x, y, width, height).append(fillStyle()).append("/>\n");
        }
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        if (visible(state.stroke)) {
            oval(x, y, width, height).append(" fill=\"none\"").append(strokeStyle()).append("/>\n");
        }
    }

    private StringBuilder oval(double x, double y, double width, double height) {
        out.append("<ellipse cx=\"").append(n(x + width / 2)).append("\" cy=\"").append(n(y + height / 2))
                .append("\" rx=\"").append(n(width / 2)).append("\" ry=\"").append(n(height / 2)).append('"');
        return out;
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        if (visible(state.stroke)) {
            out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                    .append("\" y2=\"").append(n(y2)).append('"').append(strokeStyle()).append("/>\n");
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        if (visible(state.fill)) {
            polygon(xs, ys, points).append(fillStyle()).append("/>\n");
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        if (visible(state.stroke)) {
            polygon(xs, ys, points).append(" fill=\"none\"").append(strokeStyle()).append("/>\n");
        }
    }

    private StringBuilder polygon(double[] xs, double[] ys, int points) {
        out.append("<polygon points=\"");
        for (int i = 0; i < points; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return out.append('"');
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (visible(state.fill) && !text.isEmpty()) {
            text(text, x, y).append(fillStyle()).append('>').append(xml(text)).append("</text>\n");
        }
    }

    @Override
    public void strokeText(String text, double x, double y) {
        if (visible(state.stroke) && !text.isEmpty()) {
            text(text, x, y).append(" fill=\"none\"").append(strokeStyle()).append('>').append(xml(text)).append("</text>\n");
        }
    }

    private StringBuilder text(String text, double x, double y) {
        Font font = state.font;
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + measure.baselineBelow(font, state.baseline)))
                .append("\" font-family=\"").append(xml(font.getFamily())).append(", sans-serif\" font-size=\"")
                .append(n(font.getSize())).append('"');
        if (style.contains("bold")) {
            out.append(" font-weight=\"bold\"");
        }
        if (style.contains("italic") || style.contains("oblique")) {
            out.append(" font-style=\"italic\"");
        }
        // the width the PNG gives the text: a viewer that sets it in another font still fits it there
        out.append(" textLength=\"").append(n(measure.width(font, text))).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        if (state.align == TextAlignment.CENTER) {
            out.append(" text-anchor=\"middle\"");
        } else if (state.align == TextAlignment.RIGHT) {
            out.append(" text-anchor=\"end\"");
        }
        return out;
    }

    @Override
    public void drawPicture(Picture picture) {
        picture.drawShapes(this);
    }

    @Override
    public void beginGroup(String id, String className, java.util.function.Supplier<String> title) {
        out.append("<g");
        if (id != null) {
            out.append(" id=\"").append(xml(id)).append('"');
        }
        if (className != null) {
            out.append(" class=\"").append(xml(className)).append('"');
        }
        out.append('>');
        String tooltip = title == null ? null : title.get();
        if (tooltip != null) {
            out.append("<title>").append(xml(tooltip)).append("</title>");
        }
        out.append('\n');
    }

    @Override
    public void endGroup() {
        out.append("</g>\n");
    }

    private boolean visible(Color colour) {
        return colour != null && colour.getOpacity() > 0 && state.alpha > 0;
    }

    private String fillStyle() {
        StringBuilder s = new StringBuilder();
        paint(s, "fill", state.fill);
        if (state.rule == FillRule.EVEN_ODD) {
            s.append(" fill-rule=\"evenodd\"");
        }
        opacity(s);
        return s.toString();
    }

    private String strokeStyle() {
        StringBuilder s = new StringBuilder();
        paint(s, "stroke", state.stroke);
        if (state.lineWidth != 1) {
            s.append(" stroke-width=\"").append(n(state.lineWidth)).append('"');
        }
        if (state.cap != StrokeLineCap.SQUARE) {
            s.append(" stroke-linecap=\"").append(state.cap == StrokeLineCap.ROUND ? "round" : "butt").append('"');
        }
        if (state.join != StrokeLineJoin.MITER) {
            s.append(" stroke-linejoin=\"").append(state.join == StrokeLineJoin.ROUND ? "round" : "bevel").append('"');
        }
        if (state.dashes != null) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                s.append(i == 0 ? "" : " ").append(n(state.dashes[i]));
            }
            s.append('"');
        }
        opacity(s);
        return s.toString();
    }

    private void opacity(StringBuilder s) {
        if (state.alpha < 1) {
            s.append(" opacity=\"").append(n(state.alpha)).append('"');
        }
    }

    private static void paint(StringBuilder s, String attribute, Color colour) {
        int rgb = ((int) Math.round(colour.getRed() * 255) << 16) | ((int) Math.round(colour.getGreen() * 255) << 8)
                | (int) Math.round(colour.getBlue() * 255);
        String hex = Integer.toHexString(rgb);
        s.append(' ').append(attribute).append("=\"#").append("0".repeat(6 - hex.length())).append(hex).append('"');
        if (colour.getOpacity() < 1) {
            s.append(' ').append(attribute).append("-opacity=\"").append(n(colour.getOpacity())).append('"');
        }
    }

    /** A number with at most two decimals and no trailing zeros. */
    static String n(double value) {
        return decimals(value, 100);
    }

    /** A number with at most one decimal (path coordinates). */
    static String n1(double value) {
        return decimals(value, 10);
    }

    private static String decimals(double value, int factor) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        long units = Math.round(value * factor);
        StringBuilder s = new StringBuilder();
        if (units < 0) {
            s.append('-');
            units = -units;
        }
        s.append(units / factor);
        long rest = units % factor;
        if (rest != 0) {
            String digits = Long.toString(rest);
            digits = "0".repeat(Long.toString(factor).length() - 1 - digits.length()) + digits;
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(digits, 0, end);
        }
        return s.toString();
    }

    /**
     * Text made safe for XML: markup characters escaped, and the characters XML 1.0 forbids
     * (control characters other than tab, line feed and carriage return; unpaired surrogates;
     * U+FFFE and U+FFFF) left out, so a title or publisher with one still gives a well-formed file.
     */
    public static String xml(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !Character.isSurrogate(c)
                            && c != '\uFFFE' && c != '\uFFFF') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
