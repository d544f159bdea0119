// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The animation files, read back: the MP4 by jcodec's decoder (and ffprobe when installed), the GIF by ImageIO. */
class AnimationWriterTest {

    private static final int W = 64;
    private static final int H = 48;
    /** Three frames: red, green, blue on white halves, so frames differ and colours can be read back. */
    private static final int[] COLOURS = {0xffd62728, 0xff2ca02c, 0xff1f77b4};

    private static int[] frame(int colour) {
        int[] argb = new int[W * H];
        Arrays.fill(argb, 0xffffffff);
        Arrays.fill(argb, 0, W * H / 2, colour); // the top half
        return argb;
    }

    private static void write(Path target, int fps) throws Exception {
        try (AnimationWriter writer = AnimationWriter.to(target, W, H, fps)) {
            for (int colour : COLOURS) {
                writer.add(frame(colour));
            }
            writer.finish();
        }
    }

    @Nested
    @DisplayName("MP4")
    class Mp4 {

        @Test
        @DisplayName("decodes to as many frames of the size written, with the colours written")
        void readBack(@TempDir Path folder) throws Exception {
            Path mp4 = folder.resolve("a.mp4");
            write(mp4, 4);
            // sample by sample, in file order (jcodec's FrameGrab reorders frames that are all key frames)
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(NIOUtils.readableChannel(mp4.toFile()));
            DemuxerTrack track = demuxer.getVideoTrack();
            assertEquals(0.75, track.getMeta().getTotalDuration(), 1e-9, "3 frames at 4 a second");
            H264Decoder decoder = H264Decoder.createH264DecoderFromCodecPrivate(track.getMeta().getCodecPrivate());
            List<Picture> pictures = new ArrayList<>();
            for (Packet packet = track.nextFrame(); packet != null; packet = track.nextFrame()) {
                assertEquals(pictures.size(), packet.getPts() * 4 / packet.getTimescale(), "frame n starts at n/4 s");
                pictures.add(decoder.decodeFrame(packet.getData(),
                        Picture.create((W + 15) & ~15, (H + 15) & ~15, ColorSpace.YUV420).getData()));
            }
            assertEquals(3, pictures.size());
            Picture first = pictures.get(0);
            assertEquals(W, first.getCroppedWidth());
            assertEquals(H, first.getCroppedHeight());
            for (int i = 0; i < 3; i++) {
                // BT.601 in the limited range: white is Y 235 and Cb = Cr = 128; the top half has the
                // colour's Y, Cb and Cr, within what lossy coding of a flat block changes (8 of 219 levels)
                int c = COLOURS[i];
                int r = c >> 16 & 0xff;
                int g = c >> 8 & 0xff;
                int b = c & 0xff;
                Picture p = pictures.get(i);
                assertEquals(16 + (66 * r + 129 * g + 25 * b) / 256.0, sample(p, 0, W / 2, H / 4), 8, "frame " + i + " Y");
                assertEquals(128 + (-38 * r - 74 * g + 112 * b) / 256.0, sample(p, 1, W / 4, H / 8), 8, "frame " + i + " Cb");
                assertEquals(128 + (112 * r - 94 * g - 18 * b) / 256.0, sample(p, 2, W / 4, H / 8), 8, "frame " + i + " Cr");
                assertEquals(235, sample(p, 0, W / 2, 3 * H / 4), 3, "frame " + i + " white Y");
                assertEquals(128, sample(p, 1, W / 4, 3 * H / 8), 3, "frame " + i + " white Cb");
            }
        }

        private double sample(Picture p, int plane, int x, int y) {
            return p.getPlaneData(plane)[y * p.getPlaneWidth(plane) + x] + 128;
        }

        @Test
        @DisplayName("ffprobe (when installed) reads H.264 in MP4, yuv420p, the frame count and the duration")
        void ffprobe(@TempDir Path folder) throws Exception {
            Path ffprobe = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .map(p -> Path.of(p, "ffprobe")).filter(Files::isExecutable).findFirst().orElse(null);
            org.junit.jupiter.api.Assumptions.assumeTrue(ffprobe != null, "ffprobe is not installed");
            Path mp4 = folder.resolve("a.mp4");
            write(mp4, 2);
            Process probe = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-count_frames", "-select_streams", "v:0",
                    "-show_entries", "stream=codec_name,pix_fmt,width,height,nb_read_frames:format=duration,format_name",
                    "-of", "default=noprint_wrappers=1", mp4.toString()).redirectErrorStream(true).start();
            String text = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS));
            assertTrue(text.contains("codec_name=h264"), text);
            assertTrue(text.contains("pix_fmt=yuv420p"), text);
            assertTrue(text.contains("width=" + W) && text.contains("height=" + H), text);
            assertTrue(text.contains("nb_read_frames=3"), text);
            assertTrue(text.contains("duration=1.500000"), "3 frames at 2 a second: " + text);
            assertTrue(text.contains("format_name=mov,mp4"), text);
        }

        @Test
        @DisplayName("an odd width is refused with the even size to use")
        void odd(@TempDir Path folder) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AnimationWriter.to(folder.resolve("a.mp4"), 641, 360, 4));
            assertTrue(e.getMessage().contains("try 640×360"), e.getMessage());
        }

        @Test
        @DisplayName("closed unfinished (a cancel), it leaves the target as it was and no temporary file in its folder")
        void cancelled(@TempDir Path folder) throws Exception {
            Path mp4 = folder.resolve("a.mp4");
            Files.writeString(mp4, "the user's old file");
            try (AnimationWriter writer = AnimationWriter.to(mp4, W, H, 4)) {
                writer.add(frame(COLOURS[0]));
            }
            assertEquals("the user's old file", Files.readString(mp4));
            try (var files = Files.list(folder)) {
                assertEquals(1, files.count());
            }
        }
    }

    @Nested
    @DisplayName("GIF")
    class Gif {

        @Test
        @DisplayName("reads back as frames that loop for ever, each shown 1/fps s, each with its own colours")
        void readBack(@TempDir Path folder) throws Exception {
            Path gif = folder.resolve("a.gif");
            write(gif, 4);
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
                reader.setInput(in);
                assertEquals(3, reader.getNumImages(true));
                for (int i = 0; i < 3; i++) {
                    BufferedImage image = reader.read(i);
                    assertEquals(W, image.getWidth());
                    assertEquals(H, image.getHeight());
                    assertEquals(COLOURS[i] & 0xffffff, image.getRGB(W / 2, H / 4) & 0xffffff, "frame " + i);
                    assertEquals(0xffffff, image.getRGB(W / 2, 3 * H / 4) & 0xffffff);
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                    IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                    assertEquals("25", control.getAttribute("delayTime"), "4 frames a second: 25 hundredths each");
                    // the first frame's palette is the file's global one, every later frame has its own
                    assertEquals(i == 0 ? 0 : 1, root.getElementsByTagName("LocalColorTable").getLength(), "frame " + i);
                }
                IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
                assertEquals(1, stream.getElementsByTagName("GlobalColorTable").getLength());
                IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
                assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
                assertEquals("2.0", loop.getAttribute("authenticationCode"));
                assertEquals(List.of((byte) 1, (byte) 0, (byte) 0), bytes((byte[]) loop.getUserObject()), "loop count 0: for ever");
            } finally {
                reader.dispose();
            }
        }

        private List<Byte> bytes(byte[] b) {
            List<Byte> list = new ArrayList<>();
            for (byte x : b) {
                list.add(x);
            }
            return list;
        }
    }

    @Nested
    @DisplayName("PNG frames and other targets")
    class Others {

        @Test
        @DisplayName("a folder gets numbered PNG frames, made when missing")
        void pngFrames(@TempDir Path folder) throws Exception {
            Path frames = folder.resolve("frames");
            write(frames, 4);
            try (var files = Files.list(frames)) {
                assertEquals(List.of("frame-00001.png", "frame-00002.png", "frame-00003.png"),
                        files.map(f -> f.getFileName().toString()).sorted().toList());
            }
            assertEquals(COLOURS[2] & 0xffffff, ImageIO.read(frames.resolve("frame-00003.png").toFile()).getRGB(1, 1) & 0xffffff);
        }

        @Test
        @DisplayName("WebM is refused, saying why and what to write instead")
        void webm(@TempDir Path folder) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AnimationWriter.to(folder.resolve("a.webm"), W, H, 4));
            assertTrue(e.getMessage().contains("no pure-Java VP8/VP9 encoder") && e.getMessage().contains(".mp4"), e.getMessage());
            assertFalse(Files.exists(folder.resolve("a.webm")));
        }

        @Test
        @DisplayName("a file of another kind is refused, naming it")
        void otherKind(@TempDir Path folder) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AnimationWriter.to(folder.resolve("a.avi"), W, H, 4));
            assertTrue(e.getMessage().contains("a.avi"), e.getMessage());
        }
    }
}
