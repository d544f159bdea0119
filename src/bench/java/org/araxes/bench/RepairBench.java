// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.araxes.check.FileCheck;
import org.araxes.io.GeoJsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking and opening real layer files that once took minutes (issue 21): the {@code @geo-maps}
 * files from npm, installed by the benchmark into {@code target/geo-maps/} (not committed; npm must
 * reach its registry the first time), timed as {@code araxes validate} checks them ({@link
 * FileCheck}: validate without repair), as the window opens them ({@link GeoJsonReader#read}:
 * repair within the budget of decision 0015), and as GDAL's {@code ogrinfo -al -so} reads them in
 * the same run when GDAL is installed (else that row is 0 and says so on stderr). One shot per
 * iteration: each is seconds long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RepairBench {

    /** The npm package version the figures in docs/reliability.md were measured on. */
    static final String VERSION = "0.6.0";

    @Param({"earth-seas-10m", "countries-maritime-10m", "countries-land-10m"})
    public String map;

    private Path file;

    @Setup(Level.Trial)
    public void install() throws IOException, InterruptedException {
        file = install(map);
    }

    /** The package's map.geo.json, fetched with {@code npm pack} and unpacked once. */
    static Path install(String map) throws IOException, InterruptedException {
        Path folder = Path.of("target", "geo-maps", map).toAbsolutePath();
        Path geoJson = folder.resolve("package").resolve("map.geo.json");
        if (Files.isRegularFile(geoJson)) {
            return geoJson;
        }
        Files.createDirectories(folder);
        run(folder, "npm", "pack", "--silent", "@geo-maps/" + map + "@" + VERSION);
        run(folder, "tar", "xzf", "geo-maps-" + map + "-" + VERSION + ".tgz");
        if (!Files.isRegularFile(geoJson)) {
            throw new IOException("npm pack @geo-maps/" + map + " left no " + geoJson);
        }
        return geoJson;
    }

    private static int run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = process.waitFor();
        if (code != 0 && !"ogrinfo".equals(command[0])) {
            throw new IOException(String.join(" ", command) + " ended with " + code);
        }
        return code;
    }

    /** {@code araxes validate}: every polygon checked, none repaired, no feature kept. */
    @Benchmark
    public int validate() {
        return new FileCheck().check(file).problems().size();
    }

    /** Opening the file as a layer: every feature kept, invalid polygons repaired within the budget. */
    @Benchmark
    public int open() {
        return new GeoJsonReader().read(file).features().size();
    }

    /** GDAL's summary of the same file ({@code OGR_GEOJSON_MAX_OBJ_SIZE=0}: countries-land is over its default). */
    @Benchmark
    public int gdalOgrinfo() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("ogrinfo", "-al", "-so", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            System.err.println("ogrinfo is not installed: the GDAL row is empty (apt-get install gdal-bin)");
            return 0;
        }
    }
}
