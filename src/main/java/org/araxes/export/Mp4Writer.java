// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.transcode.PixelStore;
import org.jcodec.api.transcode.SinkImpl;
import org.jcodec.api.transcode.VideoFrameWithPacket;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;

/**
 * An animation as H.264 (Baseline profile, every frame a key frame) in an MP4 file, with jcodec,
 * in plain Java: what browsers, newsroom tools and {@code ffprobe} read as {@code yuv420p}.
 *
 * <p>The frames are turned into YUV 4:2:0 here, in the limited ("TV") range of BT.601 that a
 * player assumes for a stream that does not say otherwise: jcodec's own conversion gives the full
 * range, which players would show with crushed blacks and whites. Width and height must be even.
 */
final class Mp4Writer implements AnimationWriter {

    private final TemporaryTarget file;
    private final int width;
    private final int height;
    private final int fps;
    private final SeekableByteChannel channel;
    private final SinkImpl sink;
    private final ColorSpace color;
    private int frames;

    Mp4Writer(Path target, int width, int height, int fps) throws IOException {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("an MP4 needs an even width and height, not " + width + "×" + height
                    + "; try " + (width & ~1) + "×" + (height & ~1));
        }
        this.file = new TemporaryTarget(target, ".mp4");
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.channel = NIOUtils.writableChannel(file.temporary().toFile());
        this.sink = SinkImpl.createWithStream(channel, Format.MOV, Codec.H264, null);
        sink.init();
        this.color = sink.getInputColor();
    }

    @Override
    public void add(int[] argb) throws IOException {
        Picture picture = Picture.create(width, height, color);
        toYuv420(argb, width, height, picture.getPlaneData(0), picture.getPlaneData(1), picture.getPlaneData(2));
        // the timestamps count in 1/fps seconds: frame n starts at n/fps s and lasts 1/fps s
        Packet packet = Packet.createPacket(null, frames, fps, 1, frames, Packet.FrameType.KEY, null);
        sink.outputVideoFrame(new VideoFrameWithPacket(packet, new PixelStore.LoanerPicture(picture, 0)));
        frames++;
    }

    /**
     * ARGB pixels into the planes of YUV 4:2:0, BT.601 limited range (Y 16–235, Cb and Cr 16–240),
     * each value stored as jcodec stores it (minus 128, in a signed byte); the chroma of each 2×2
     * block from the block's average colour.
     */
    static void toYuv420(int[] argb, int width, int height, byte[] y, byte[] u, byte[] v) {
        for (int i = 0; i < width * height; i++) {
            int p = argb[i];
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            y[i] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16 - 128); // Y 16–235, stored minus 128
        }
        int chromaWidth = width / 2;
        for (int row = 0; row < height / 2; row++) {
            for (int column = 0; column < chromaWidth; column++) {
                int top = 2 * row * width + 2 * column;
                int r = 0;
                int g = 0;
                int b = 0;
                for (int p : new int[] {argb[top], argb[top + 1], argb[top + width], argb[top + width + 1]}) {
                    r += (p >> 16) & 0xff;
                    g += (p >> 8) & 0xff;
                    b += p & 0xff;
                }
                // the sums are four times the block's average, so >> 10 is the /256 of the formula and the /4;
                // Cb and Cr are 128 plus this, stored minus 128: the value itself
                u[row * chromaWidth + column] = (byte) ((-38 * r - 74 * g + 112 * b + 512) >> 10);
                v[row * chromaWidth + column] = (byte) ((112 * r - 94 * g - 18 * b + 512) >> 10);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        sink.finish();
        channel.close();
        file.putInPlace();
    }

    @Override
    public void close() throws IOException {
        if (!file.placed()) {
            channel.close();
            file.discard();
        }
    }
}
