package dev.mockndes.admin;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back a QR code drawn by {@link QrCode}: its squares become pixels that ZXing's reader decodes. */
final class QrSvg {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern SQUARE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    private QrSvg() {
    }

    static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in " + svg);
        }
        int size = Integer.parseInt(box.group(1));
        int[] pixels = new int[size * SCALE * size * SCALE];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = SQUARE.matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * size * SCALE + x * SCALE + dx] = 0xFF000000;
                }
            }
        }
        RGBLuminanceSource source = new RGBLuminanceSource(size * SCALE, size * SCALE, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
