package vn.congdoan.baocao.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.baocao.system.TooLargeException;

/** A list uploaded by an administrator (units, people): the raw body or multipart field "file", at most 5 MB. */
final class ListUploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private ListUploads() {
    }

    static byte[] read(MultipartFile file, String unchanged) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw tooLarge(unchanged);
        }
        return file.getBytes();
    }

    static byte[] read(HttpServletRequest request, String unchanged) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge(unchanged);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge(unchanged);
        }
        return body;
    }

    private static TooLargeException tooLarge(String unchanged) {
        return new TooLargeException("Tệp tải lên quá lớn: tối đa 5 MB (danh sách vài nghìn dòng chỉ vài trăm KB). "
                + unchanged);
    }
}
