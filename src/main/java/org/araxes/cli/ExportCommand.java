// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import org.araxes.export.MapExporter;
import org.araxes.geo.Viewport;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code araxes export}: renders the map to a PNG with no display. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render the map to a PNG file with no window (no display needed).")
public final class ExportCommand implements Callable<Integer> {

    /** The largest picture side accepted, in pixels (8K UHD is 7680 wide). */
    static final int MAX_SIDE = 7680;

    @ParentCommand
    AraxesCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show, in degrees (default: the whole region 43.5,36.5,50.5,42).")
    String bbox;

    @Option(names = "--lang", defaultValue = "en", description = "Label language: en, az, hy, fa or ru.")
    String language;

    @Option(names = "--title", description = "Title printed at the top of the picture.")
    String title;

    @Override
    public Integer call() throws Exception {
        validate();
        Envelope area = bbox == null ? Atlas.HOME_REGION : parseBox(bbox);
        Path folder = parent.data != null ? parent.data : Atlas.defaultDataFolder();
        Atlas atlas = Atlas.load(folder);
        List<LayerData> broken = atlas.mapLayers().stream().filter(l -> l.features().isEmpty() && !l.problems().isEmpty()).toList();
        if (!broken.isEmpty()) {
            throw new IllegalArgumentException(broken.get(0).problems().get(0).toString());
        }
        double scale = Math.max(1, Math.min(width, height) / 1080.0);
        Viewport viewport = Viewport.fitting(area, width / scale, height / scale);
        Viewport output = Viewport.centeredOn(viewport.centerLongitude(), viewport.centerLatitude(),
                viewport.zoom() + Math.log(scale) / Math.log(2), width, height);
        MapComposition composition = new MapComposition(Basemap.painterFor(atlas), 1.0,
                atlas.mapLayers().stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                language, atlas.credits());
        WritableImage image = HeadlessFx.call(() -> MapExporter.render(composition, output, scale, title));
        MapExporter.writePng(image, out);
        spec.commandLine().getOut().println("Wrote " + out + " (" + width + "x" + height + ")");
        return 0;
    }

    private void validate() {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--width and --height must be between 16 and " + MAX_SIDE + " pixels");
        }
        if (!List.of("en", "az", "hy", "fa", "ru").contains(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be one of en, az, hy, fa, ru");
        }
        if (parent.data != null && !Files.isDirectory(parent.data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + parent.data);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + out + ": no such folder " + folder);
        }
        if (!Files.isWritable(folder) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + out + ": permission denied");
        }
        if (bbox != null) {
            parseBox(bbox);
        }
    }

    private Envelope parseBox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bbox needs four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--bbox: '" + parts[i].trim() + "' is not a number");
            }
        }
        if (!(v[0] >= -180 && v[2] <= 180 && v[1] >= -85 && v[3] <= 85 && v[0] < v[2] && v[1] < v[3])) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bbox must be minLon,minLat,maxLon,maxLat with min < max, longitudes within ±180 and latitudes within ±85");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
