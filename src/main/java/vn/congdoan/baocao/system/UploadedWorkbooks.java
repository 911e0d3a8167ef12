package vn.congdoan.baocao.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.function.Function;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx as a hostile file: an old or encrypted workbook is named as such, a cut-off archive
 * is refused, and the parts are measured by what they really inflate to before POI unpacks them (a 5 MB
 * upload can hold gigabytes).
 */
public final class UploadedWorkbooks {

    /** What an upload may unpack to; an indicator table is some 30 KB unpacked, a unit list less. */
    public static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
    private static final int MAX_PARTS = 1000;

    static {
        // the same bound inside POI, in case a part is read that was not measured
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    }

    /**
     * What the user is told, in the words of the upload's own page.
     *
     * @param oldXls         the file is an .xls
     * @param notXlsx        the file is no workbook at all
     * @param unpacksTooLarge the parts inflate past the bound
     */
    public record Texts(String corrupt, String encrypted, String oldXls, String notXlsx, String unpacksTooLarge) {
    }

    private UploadedWorkbooks() {
    }

    /** @param refuse turns a message into the exception the upload's caller answers with */
    public static XSSFWorkbook open(byte[] bytes, Texts texts, Function<String, RuntimeException> refuse) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                if (ole.getRoot().hasEntry("EncryptionInfo")) {
                    throw refuse.apply(texts.encrypted());
                }
            } catch (IOException e) {
                throw refuse.apply(texts.notXlsx());
            }
            throw refuse.apply(texts.oldXls());
        }
        if (magic != FileMagic.OOXML) {
            throw refuse.apply(texts.notXlsx());
        }
        // a streamed read would take a cut-off file for a smaller one: the zip's directory must be whole
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            if (!zip.getEntries().hasMoreElements()) {
                throw refuse.apply(texts.corrupt());
            }
            measureUnpacked(zip, texts);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException userFacing) {
                throw userFacing;
            }
            throw refuse.apply(texts.corrupt());
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (POIXMLException | OpenXML4JRuntimeException | RecordFormatException | IllegalArgumentException
                 | IllegalStateException e) {
            throw refuse.apply(texts.corrupt());
        }
    }

    /** Inflates every part, counting, and stops at the bound: a zip bomb is refused before POI unpacks it. */
    private static void measureUnpacked(ZipFile zip, Texts texts) throws IOException {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (++parts > MAX_PARTS) {
                throw new TooLargeException(texts.unpacksTooLarge());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new TooLargeException(texts.unpacksTooLarge());
                    }
                }
            }
        }
    }
}
